#pragma once

#include "registry/http/http_connection.h"

#include <QHash>
#include <QSocketNotifier>
#include <QSslConfiguration>
#include <QTcpServer>

namespace thaid::registry {

// The registry's TLS listener. It takes every connection itself (no pending-connection queue
// that a burst can fill), refuses a client over its share at once, starts TLS with a
// handshake deadline, and resumes accepting after any accept error (out of descriptors
// included), so no burst stops a port.
//
// QTcpServer binds the port, but the accepting is done here: Qt 6.4 keeps only the first
// error of a socket engine, so after one harmless EAGAIN it never reports EMFILE again and
// spins a core calling accept() until a descriptor frees.
class HttpListener : public QTcpServer {
    Q_OBJECT
public:
    HttpListener(const HttpLimits& limits, HttpRequestParser::BodyLimit bodyLimit,
                 QObject* parent = nullptr);
    // Binds and starts accepting; false when the address cannot be bound.
    bool open(const QHostAddress& host, quint16 port);
    void setTls(const QSslConfiguration& tls) { m_tls = tls; }
    const HttpLimits& limits() const { return m_limits; }
    // A held request became or stopped being a long poll; it may be refused if there are too
    // many. Returns false when the poll cannot be held.
    bool holdLongPoll(HttpConnection* connection);
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

Q_SIGNALS:
    void request(thaid::registry::HttpConnection* connection,
                 const thaid::registry::HttpRequest& request);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void acceptWaiting();
    int countFrom(const QHostAddress& peer, bool longPolls) const;

    HttpLimits m_limits;
    HttpRequestParser::BodyLimit m_bodyLimit;
    QSslConfiguration m_tls;
    QList<HttpConnection*> m_connections;
    QSocketNotifier* m_waiting = nullptr;
    int m_failedAccepts = 0;
};

}  // namespace thaid::registry
