#include "registry/http/http_listener.h"

#include "registry/base/registry_logging.h"

#include <cerrno>
#include <cstring>

#include <QTimer>

#include <sys/socket.h>

namespace thaid::registry {

HttpListener::HttpListener(const HttpLimits& limits, HttpRequestParser::BodyLimit bodyLimit,
                           QObject* parent)
    : QTcpServer(parent), m_limits(limits), m_bodyLimit(std::move(bodyLimit)) {}

bool HttpListener::open(const QHostAddress& host, quint16 port) {
    // A proxy opens hundreds of connections at once when kiosks come back (a long poll each):
    // beyond Qt's backlog of 50 the kernel drops their SYNs, and each waits a second or more.
    setListenBacklogSize(4096);
    if (!listen(host, port))
        return false;
    pauseAccepting();  // Qt's own notifier stays off; ours accepts.
    m_waiting = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_waiting, &QSocketNotifier::activated, this, &HttpListener::acceptWaiting);
    return true;
}

void HttpListener::acceptWaiting() {
    // A bounded batch, so one burst cannot keep the thread from serving the others.
    for (int i = 0; i < 64; ++i) {
        const int fd = ::accept4(static_cast<int>(socketDescriptor()), nullptr, nullptr,
                                 SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd >= 0) {
            if (m_failedAccepts > 0) {
                qCInfo(lcRegistry)
                    << "http: accepting again after" << m_failedAccepts << "failed attempts";
                m_failedAccepts = 0;
            }
            incomingConnection(fd);
            continue;
        }
        const int error = errno;
        if (error == EAGAIN || error == EWOULDBLOCK)
            return;
        if (error == EINTR || error == ECONNABORTED)
            continue;
        // Out of descriptors or memory: wait for connections to end instead of spinning.
        if (m_failedAccepts++ == 0)
            qCWarning(lcRegistry).noquote()
                << "http: accept failed:" << std::strerror(error) << "- trying again every 100 ms";
        m_waiting->setEnabled(false);
        QTimer::singleShot(100, this, [this] { m_waiting->setEnabled(true); });
        return;
    }
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
