#include "registry/http/http_listener.h"

#include "registry/registry_logging.h"

#include <QTimer>

namespace thaid::registry {

HttpListener::HttpListener(const HttpLimits& limits, HttpRequestParser::BodyLimit bodyLimit,
                           QObject* parent)
    : QTcpServer(parent), m_limits(limits), m_bodyLimit(std::move(bodyLimit)) {
    // Qt pauses accepting after an error such as EMFILE and never resumes by itself.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError e) {
        qCWarning(lcRegistry) << "http: accept failed" << e << "- accepting again in 100 ms";
        QTimer::singleShot(100, this, [this] { resumeAccepting(); });
    });
}

int HttpListener::countFrom(const QHostAddress& peer, bool longPolls) const {
    int n = 0;
    for (const HttpConnection* c : m_connections) {
        if (c->isLongPoll() == longPolls && (peer.isNull() || c->peer() == peer))
            ++n;
    }
    return n;
}

void HttpListener::incomingConnection(qintptr descriptor) {
    auto* socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (countFrom({}, false) >= m_limits.maxConnections ||
        countFrom(peer, false) >= m_limits.maxConnectionsPerAddress) {
        // Over its share: closed before TLS, which costs the registry nothing more.
        qCInfo(lcRegistry).noquote() << "http: too many connections from" << peer.toString();
        socket->abort();
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    auto* c = new HttpConnection(socket, m_limits, m_bodyLimit, this);
    m_connections.append(c);
    connect(c, &HttpConnection::closed, this,
            [this](HttpConnection* gone) { m_connections.removeOne(gone); });
    connect(c, &HttpConnection::request, this, &HttpListener::request);
    socket->startServerEncryption();
}

bool HttpListener::holdLongPoll(HttpConnection* connection) {
    if (countFrom({}, true) >= m_limits.maxLongPolls ||
        countFrom(connection->peer(), true) >= m_limits.maxLongPollsPerAddress)
        return false;
    connection->setLongPoll(true);
    return true;
}

}  // namespace thaid::registry
