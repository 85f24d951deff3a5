#include "metrics/metrics_server.h"

#include "logging/app_logging.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace thaid::app {

namespace {
constexpr qsizetype kMaxRequestBytes = 8192;
}

MetricsServer::MetricsServer(std::function<QByteArray()> render, QObject* parent)
    : QObject(parent), m_render(std::move(render)) {
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::onConnection);
}

bool MetricsServer::listen(const QString& hostPort) {
    QString host = hostPort.section(QLatin1Char(':'), 0, -2);
    const quint16 port = static_cast<quint16>(hostPort.section(QLatin1Char(':'), -1).toUInt());
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    if (!m_server.listen(QHostAddress(host), port)) {
        qCWarning(lcWorkflow) << "metrics: cannot listen on" << hostPort << m_server.errorString();
        return false;
    }
    qCInfo(lcWorkflow) << "metrics on" << hostPort;
    return true;
}

void MetricsServer::onConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its request is dropped.
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray head = socket->peek(kMaxRequestBytes);
            if (!head.contains("\r\n\r\n") && head.size() < kMaxRequestBytes)
                return;
            const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
            const bool metrics = line.size() == 3 && line[0] == "GET" &&
                                 (line[1] == "/metrics" || line[1].startsWith("/metrics?"));
            const QByteArray body = metrics ? m_render() : QByteArrayLiteral("not found\n");
            socket->write((metrics ? "HTTP/1.0 200 OK\r\n" : "HTTP/1.0 404 Not Found\r\n") +
                          QByteArrayLiteral("Content-Type: ") +
                          (metrics ? "text/plain; version=0.0.4; charset=utf-8"
                                   : "text/plain; charset=utf-8") +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}

}  // namespace thaid::app
