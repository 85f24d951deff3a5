#pragma once

#include <functional>

#include <QHostAddress>
#include <QTcpServer>

namespace thaid::app {

// GET /metrics on a loopback port, HTTP/1.0, one answer per connection: enough for Prometheus
// and curl, with nothing else exposed.
class MetricsServer : public QObject {
    Q_OBJECT
public:
    MetricsServer(std::function<QByteArray()> render, QObject* parent = nullptr);
    // "127.0.0.1:9477" (validated by the configuration); false when it cannot listen.
    bool listen(const QString& hostPort);
    quint16 port() const { return m_server.serverPort(); }

private:
    void onConnection();

    std::function<QByteArray()> m_render;
    QTcpServer m_server;
};

}  // namespace thaid::app
