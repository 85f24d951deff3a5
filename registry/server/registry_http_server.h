#pragma once

#include "protocol/station_name.h"
#include "registry/http/http_listener.h"
#include "registry/oidc/oidc_provider.h"
#include "registry/registration/registry_service.h"

#include <list>

#include <QDeadlineTimer>
#include <QPointer>
#include <QTimer>

namespace thaid::registry {

// One HTTPS listener of the registry. The kiosk listener demands a station certificate during
// the TLS handshake (VerifyPeer against the registry CA) and takes the station ID from its CN;
// the phone listener is server-authenticated only. Framing, limits and timeouts are
// HttpListener's (Qt HttpServer 6.4 buffers whole bodies before any limit and its TLS server
// stops accepting after a burst). Requests go to RegistryService; long polls (`?wait=`) are
// held here and answered when the session changes or the wait runs out.
class RegistryHttpServer : public QObject {
    Q_OBJECT
public:
    enum class Audience { Kiosk, Phone };
    static constexpr int kMaxWaitSeconds = 25;

    RegistryHttpServer(RegistryService& service, Audience audience, HttpLimits limits = {},
                       QObject* parent = nullptr);
    ~RegistryHttpServer() override;

    void sslSetup(const QSslConfiguration& tls) { m_listener.setTls(tls); }
    // Behind a reverse proxy: only a peer whose certificate (from the registry CA) is named
    // `proxyName` is served, and a kiosk's station certificate is the one the proxy verified
    // and passed on in X-Client-Certificate (nginx's $ssl_client_escaped_cert). The header is
    // believed from that peer only.
    void trustProxy(const QString& proxyName) { m_proxyName = proxyName; }
    // The port listened on (port 0 picks one), or 0 if it cannot listen.
    quint16 listen(const QHostAddress& host, quint16 port);
    HttpListener& listener() { return m_listener; }
    // The phone listener also serves agencies: discovery, the authorization page and the
    // token endpoints under /oidc, and the phone's login calls under /v1/phone/logins.
    void serveOidc(OidcProvider* provider) { m_oidc = provider; }

private:
    struct PollSpec {
        QString sid;
        int since = 0;
        quint32 station = 0;
        DeviceProof proof;
        int waitMs = 0;
    };
    struct Poll {
        Poll(PollSpec s, HttpConnection* peer)
            : spec(std::move(s)), deadline(spec.waitMs), connection(peer) {}
        PollSpec spec;
        QDeadlineTimer deadline;
        QPointer<HttpConnection> connection;
    };

    // A call answered later (the fingerprint matcher): it is given the reply to call.
    using Deferred = std::function<void(RegistryService::Reply)>;
    void onRequest(HttpConnection* connection, const HttpRequest& request);
    ApiAnswer route(const HttpRequest& request, HttpConnection* connection,
                    std::optional<PollSpec>& poll, Deferred& later);
    // certificateDer: the station's client certificate (audit rows are verified with it).
    ApiAnswer routeKiosk(const HttpRequest& request, quint32 station,
                         const QByteArray& certificateDer, std::optional<PollSpec>& poll,
                         Deferred& later);
    ApiAnswer routePhone(const HttpRequest& request, std::optional<PollSpec>& poll);
    // An OpenID Connect endpoint's answer, or nothing when the path is not one.
    std::optional<WebAnswer> routeOidc(const HttpRequest& request);
    ApiAnswer routeLogin(const HttpRequest& request, const QString& requestId, bool scan,
                         const DeviceProof& proof);
    // A long poll to hold: the request asks to wait and the session is still at `since`.
    std::optional<PollSpec> holdIfUnchanged(const HttpRequest& request, PollSpec spec);
    qint64 bodyLimit(const QByteArray& method, const QByteArray& path) const;
    ApiAnswer pollAnswer(const PollSpec& poll);
    std::optional<int> pollVersion(const PollSpec& poll);
    void onSessionChanged(const QByteArray& sid);
    void onTick();
    static void send(HttpConnection* connection, const ApiAnswer& answer);

    // The station's certificate: the peer's own, or the one the trusted proxy passed on; null
    // when neither.
    QSslCertificate stationCertificate(const HttpRequest& request,
                                       const HttpConnection* connection) const;

    RegistryService& m_service;
    Audience m_audience;
    QString m_proxyName;
    OidcProvider* m_oidc = nullptr;
    HttpListener m_listener;
    std::list<Poll> m_polls;
    QTimer m_tick;
};

}  // namespace thaid::registry
