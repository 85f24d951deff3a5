#pragma once

#include "registry/http/http_request_parser.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

namespace thaid::registry {

// One client connection of the registry: TLS, then requests one at a time, each framed by
// HttpRequestParser under the limits, with a deadline for every phase (handshake, headers,
// body, idle). A request is answered at once or held (a long poll, a fingerprint match) and
// answered later with respond(). Nothing more is read from a client while its request waits.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QSslSocket* socket, const HttpLimits& limits,
                   HttpRequestParser::BodyLimit bodyLimit, QObject* parent = nullptr);
    ~HttpConnection() override;

    void respond(int status, const QByteArray& json);
    // Any other kind of answer (the OpenID Connect pages and redirects). Header values must
    // not hold CR or LF; the callers build them from checked parts only.
    void respond(int status, const QByteArray& body, const QByteArray& contentType,
                 const HttpHeaders& headers);
    // The request is a long poll: counted as one, not as an ordinary connection.
    void setLongPoll(bool poll) { m_longPoll = poll; }
    bool isLongPoll() const { return m_longPoll; }
    QHostAddress peer() const { return m_peer; }
    QSslCertificate peerCertificate() const;
    void close();

Q_SIGNALS:
    void request(thaid::registry::HttpConnection* connection,
                 const thaid::registry::HttpRequest& request);
    void closed(thaid::registry::HttpConnection* connection);

private:
    void onReadyRead();
    void parseBuffered();
    void refuse(int status, const QByteArray& reason);
    void arm(int ms);

    QSslSocket* m_socket;
    HttpLimits m_limits;
    HttpRequestParser m_parser;
    QHostAddress m_peer;
    QByteArray m_buffer;  // read but not yet parsed: the next request's start
    QTimer m_deadline;
    bool m_waiting = false;  // a request is with the server
    bool m_keepAlive = true;
    bool m_longPoll = false;
    bool m_closing = false;  // no more requests: answering the last, or gone
    bool m_closed = false;
};

}  // namespace thaid::registry
