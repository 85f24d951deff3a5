#include "registry/http/http_connection.h"

#include "protocol/error_code.h"
#include "registry/base/registry_logging.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/err.h>

namespace thaid::registry {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 302:
            return "Found";
        case 303:
            return "See Other";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 408:
            return "Request Timeout";
        case 409:
            return "Conflict";
        case 410:
            return "Gone";
        case 413:
            return "Content Too Large";
        case 414:
            return "URI Too Long";
        case 422:
            return "Unprocessable Content";
        case 429:
            return "Too Many Requests";
        case 431:
            return "Request Header Fields Too Large";
        case 503:
            return "Service Unavailable";
        default:
            return status >= 500 ? "Internal Server Error" : "Error";
    }
}

// Bytes read per pass: a client cannot make one pass hold the only thread for long.
constexpr qint64 kReadChunk = 16 * 1024;

}  // namespace

HttpConnection::HttpConnection(QSslSocket* socket, const HttpLimits& limits,
                               HttpRequestParser::BodyLimit bodyLimit, QObject* parent)
    : QObject(parent),
      m_socket(socket),
      m_limits(limits),
      m_parser(limits, std::move(bodyLimit)),
      m_peer(socket->peerAddress()) {
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadChunk);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_parser.started() && !m_waiting && !m_closing)
            refuse(408, "request too slow");
        else
            close();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] { arm(m_limits.idleTimeoutMs); });
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::close);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] { close(); });
    arm(m_limits.handshakeTimeoutMs);
}

HttpConnection::~HttpConnection() = default;

QSslCertificate HttpConnection::peerCertificate() const {
    return m_socket->peerCertificate();
}

void HttpConnection::arm(int ms) {
    m_deadline.start(ms);
}

void HttpConnection::onReadyRead() {
    if (m_waiting || m_closing)
        return;  // read again once the pending request has been answered
    m_buffer += m_socket->read(kReadChunk);
    parseBuffered();
    // More may have arrived than one pass reads; come back without starving other clients.
    if (!m_waiting && !m_closing && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::parseBuffered() {
    if (m_buffer.isEmpty())
        return;
    const bool wasStarted = m_parser.started();
    const qsizetype used = m_parser.feed(m_buffer.constData(), m_buffer.size());
    m_buffer.remove(0, used);
    switch (m_parser.state()) {
        case HttpRequestParser::State::Failed:
            refuse(m_parser.errorStatus(), m_parser.errorReason());
            return;
        case HttpRequestParser::State::Complete: {
            m_deadline.stop();
            m_waiting = true;
            m_keepAlive = m_parser.keepAlive();
            HttpRequest r = m_parser.take();
            m_parser.reset();
            Q_EMIT request(this, r);
            return;
        }
        case HttpRequestParser::State::HeadersDone:
            if (!m_deadline.isActive() || m_deadline.interval() != m_limits.bodyTimeoutMs)
                arm(m_limits.bodyTimeoutMs);
            return;
        case HttpRequestParser::State::Reading:
            if (!wasStarted && m_parser.started())
                arm(m_limits.headerTimeoutMs);
            return;
    }
}

void HttpConnection::respond(int status, const QByteArray& json) {
    respond(status, json, "application/json", {});
}

void HttpConnection::respond(int status, const QByteArray& body, const QByteArray& contentType,
                             const HttpHeaders& headers) {
    if (m_closing || !m_waiting)
        return;
    m_waiting = false;
    m_longPoll = false;
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: " + contentType +
        "\r\nCache-Control: no-store\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += body;
    // Whatever a handler left on OpenSSL's error queue must not fail this TLS write (see
    // DeviceKey): the answer is owed in any case.
    ERR_clear_error();
    m_socket->write(out);
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();    // after the answer is flushed; disconnected closes
        arm(m_limits.handshakeTimeoutMs);  // a peer that never reads is cut off anyway
        return;
    }
    arm(m_limits.idleTimeoutMs);
    // A pipelined request may already be waiting in the buffer or the socket.
    QMetaObject::invokeMethod(
        this,
        [this] {
            parseBuffered();
            if (!m_waiting && !m_closing && m_socket->bytesAvailable() > 0)
                onReadyRead();
        },
        Qt::QueuedConnection);
}

void HttpConnection::refuse(int status, const QByteArray& reason) {
    qCInfo(lcRegistry).noquote() << "http: refused" << status << reason << "from"
                                 << m_peer.toString();
    const protocol::ErrorCode code = status == 413   ? protocol::ErrorCode::BodyTooLarge
                                     : status == 408 ? protocol::ErrorCode::RequestTimeout
                                                     : protocol::ErrorCode::MalformedRequest;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), protocol::errorCodeName(code)},
                                  {QStringLiteral("message"), QString::fromLatin1(reason)}})
            .toJson(QJsonDocument::Compact);
    // A request that broke the framing cannot be trusted to have ended where it seems to.
    m_keepAlive = false;
    m_waiting = true;
    respond(status, body);
}

void HttpConnection::close() {
    if (m_closed)
        return;
    m_closed = true;
    m_closing = true;
    m_deadline.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    Q_EMIT closed(this);
    deleteLater();
}

}  // namespace thaid::registry
