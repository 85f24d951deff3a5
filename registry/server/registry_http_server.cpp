#include "registry/server/registry_http_server.h"

#include "protocol/wire/api_routes.h"
#include "registry/base/registry_logging.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace thaid::registry {

namespace {

ApiAnswer methodNotAllowed() {
    return {405,
            apiError(ErrorCode::MalformedRequest, QStringLiteral("method not allowed")).toJson()};
}

ApiAnswer noRoute() {
    return {404, apiError(ErrorCode::NotFound, QStringLiteral("no such endpoint")).toJson()};
}

bool isGet(const HttpRequest& r) {
    return r.method == "GET";
}
bool isPost(const HttpRequest& r) {
    return r.method == "POST";
}

// `wait` in seconds, capped; -1 when absent or not a number.
int waitSeconds(const QUrlQuery& q) {
    bool ok = false;
    const int w = q.queryItemValue(QStringLiteral("wait")).toInt(&ok);
    return ok ? std::clamp(w, 0, RegistryHttpServer::kMaxWaitSeconds) : -1;
}

}  // namespace

RegistryHttpServer::RegistryHttpServer(RegistryService& service, Audience audience,
                                       HttpLimits limits, QObject* parent)
    : QObject(parent),
      m_service(service),
      m_audience(audience),
      m_listener(
          limits,
          [this](const QByteArray& method, const QByteArray& path) {
              return bodyLimit(method, path);
          },
          this) {
    connect(&m_service, &RegistryService::sessionChanged, this,
            &RegistryHttpServer::onSessionChanged);
    connect(&m_service, &RegistryService::resync, this, [this] {
        QList<QString> sids;
        for (const Poll& p : m_polls)
            sids.append(p.spec.sid);
        for (const QString& sid : sids)
            onSessionChanged(QByteArray::fromHex(sid.toLatin1()));
    });
    connect(&m_listener, &HttpListener::request, this, &RegistryHttpServer::onRequest);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &RegistryHttpServer::onTick);
    m_tick.start();
}

RegistryHttpServer::~RegistryHttpServer() = default;

quint16 RegistryHttpServer::listen(const QHostAddress& host, quint16 port) {
    return m_listener.open(host, port) ? m_listener.serverPort() : 0;
}

qint64 RegistryHttpServer::bodyLimit(const QByteArray& method, const QByteArray& path) const {
    // Only the requests that carry a captured finger or an audit batch may be larger.
    using namespace protocol::route;
    const QString at = QString::fromLatin1(path);
    const bool post = m_audience == Audience::Kiosk && method == "POST";
    if (post && (matchesPath(kOfficerSignIn, at) || matchesPath(kVerifications, at) ||
                 matchesPath(kExceptions, at)))
        return std::max<qint64>(protocol::kMaxSampleBodyBytes, m_listener.limits().maxBodyBytes);
    if (post && matchesPath(kAuditBatches, at))
        return std::max<qint64>(protocol::kMaxAuditBodyBytes, m_listener.limits().maxBodyBytes);
    return std::min<qint64>(protocol::kMaxBodyBytes, m_listener.limits().maxBodyBytes);
}

void RegistryHttpServer::send(HttpConnection* connection, const ApiAnswer& answer) {
    connection->respond(answer.status, QJsonDocument(answer.body).toJson(QJsonDocument::Compact));
}

void RegistryHttpServer::onRequest(HttpConnection* connection, const HttpRequest& request) {
    std::optional<PollSpec> poll;
    Deferred later;
    // Behind the proxy, only the proxy is served, on every route: a direct connection must not
    // skip the proxy's limits, OpenID Connect's included.
    if (!m_proxyName.isEmpty() && connection->peerCertificate().subjectInfo(
                                      QSslCertificate::CommonName) != QStringList{m_proxyName}) {
        send(connection, ApiAnswer::of(apiError(ErrorCode::Forbidden,
                                                QStringLiteral("only the proxy is served here"))));
        return;
    }
    m_service.takeStorageFailure();
    if (auto web = routeOidc(request)) {
        if (m_service.takeStorageFailure())
            web = WebAnswer::oauthError(503, "temporarily_unavailable",
                                        QStringLiteral("the registry's database is unavailable"));
        connection->respond(web->status, web->body, web->contentType, web->headers);
        return;
    }
    ApiAnswer answer = route(request, connection, poll, later);
    if (m_service.takeStorageFailure()) {
        // An officer's token that could not be read is not "not signed in".
        answer = ApiAnswer::of(apiError(ErrorCode::RegistryUnavailable,
                                        QStringLiteral("the registry's database is unavailable")));
        poll.reset();
        later = nullptr;
    }
    if (later) {
        later([peer = QPointer<HttpConnection>(connection)](const ApiAnswer& a) {
            if (peer)
                send(peer, a);
        });
        return;
    }
    // Too many long polls already: this one is answered now, and the kiosk simply asks again.
    if (poll && m_listener.holdLongPoll(connection)) {
        m_polls.emplace_back(std::move(*poll), connection);
        return;
    }
    send(connection, answer);
}

ApiAnswer RegistryHttpServer::route(const HttpRequest& request, HttpConnection* connection,
                                    std::optional<PollSpec>& poll, Deferred& later) {
    if (m_audience == Audience::Phone)
        return routePhone(request, poll);
    if (!request.url.path().startsWith(QLatin1String("/v1/kiosk/")))
        return noRoute();
    // The handshake already refused anyone without a certificate from the registry CA; this
    // maps the certificate to its station.
    const QSslCertificate peer = stationCertificate(request, connection);
    const QStringList names = peer.subjectInfo(QSslCertificate::CommonName);
    const quint32 station =
        names.size() == 1 ? protocol::stationIdFromCommonName(names.first()) : 0;
    if (station == 0)
        return ApiAnswer::of(apiError(ErrorCode::ClientCertificateRequired,
                                      QStringLiteral("a station certificate is required")));
    // A station provisioned again has one certificate: the one before it, and its key, are done.
    if (!m_service.isCurrentCertificate(station, peer))
        return ApiAnswer::of(apiError(ErrorCode::CertificateNotCurrent,
                                      QStringLiteral("this station has a newer certificate")));
    return routeKiosk(request, station, peer.toDer(), poll, later);
}

ApiAnswer RegistryHttpServer::routeKiosk(const HttpRequest& request, quint32 station,
                                         const QByteArray& certificateDer,
                                         std::optional<PollSpec>& poll, Deferred& later) {
    using namespace protocol::route;
    const QString path = request.url.path();
    const QByteArray& body = request.body;
    QString sid;
    const auto at = [&](const protocol::ApiRoute& r) { return matchesPath(r, path, &sid); };
    // A known path asked with another method is refused as such, not as an unknown path.
    const auto wrongMethod = [&](const protocol::ApiRoute& r) {
        return request.method != r.method;
    };
    if (at(kKioskStatus))
        return wrongMethod(kKioskStatus) ? methodNotAllowed() : m_service.status(station);
    if (at(kOfficerSignIn) || at(kVerifications)) {
        const bool signIn = at(kOfficerSignIn);
        if (wrongMethod(kOfficerSignIn))
            return methodNotAllowed();
        later = [this, station, body, signIn](RegistryService::Reply reply) {
            if (signIn)
                m_service.officerSignIn(station, body, std::move(reply));
            else
                m_service.verifyFinger(station, body, std::move(reply));
        };
        return {};
    }
    if (at(kExceptions)) {
        if (wrongMethod(kExceptions))
            return methodNotAllowed();
        later = [this, station, body](RegistryService::Reply reply) {
            m_service.grantException(station, body, std::move(reply));
        };
        return {};
    }
    if (at(kOfficerSignOut))
        return wrongMethod(kOfficerSignOut) ? methodNotAllowed()
                                            : m_service.officerSignOut(station, body);
    if (at(kCardCheck))
        return wrongMethod(kCardCheck) ? methodNotAllowed() : m_service.checkCard(station, body);
    if (at(kAuditBatches))
        return wrongMethod(kAuditBatches) ? methodNotAllowed()
                                          : m_service.auditBatch(station, body, certificateDer);
    if (at(kCreateSession))
        return wrongMethod(kCreateSession) ? methodNotAllowed()
                                           : m_service.createSession(station, body);
    if (at(kKioskSession)) {
        if (wrongMethod(kKioskSession))
            return methodNotAllowed();
        poll = holdIfUnchanged(request, {sid, 0, station, {}, 0});
        return m_service.session(station, sid);
    }
    if (at(kSessionQr))
        return wrongMethod(kSessionQr) ? methodNotAllowed() : m_service.qrFrame(station, sid);
    if (at(kConfirmation))
        return wrongMethod(kConfirmation) ? methodNotAllowed()
                                          : m_service.confirm(station, sid, body);
    if (at(kCancel))
        return wrongMethod(kCancel) ? methodNotAllowed() : m_service.cancel(station, sid, body);
    return noRoute();
}

ApiAnswer RegistryHttpServer::routePhone(const HttpRequest& request,
                                         std::optional<PollSpec>& poll) {
    using namespace protocol::route;
    const QString path = request.url.path();
    const QByteArray& body = request.body;
    QString id;
    const auto at = [&](const protocol::ApiRoute& r) { return matchesPath(r, path, &id); };
    const auto wrongMethod = [&](const protocol::ApiRoute& r) {
        return request.method != r.method;
    };
    if (at(kClaims))
        return wrongMethod(kClaims) ? methodNotAllowed() : m_service.claim(body);
    const QByteArray method = isGet(request) ? "GET" : isPost(request) ? "POST" : "OTHER";
    DeviceProof proof{QByteArray::fromBase64(request.header("x-device-signature")),
                      method + ' ' + path.toUtf8() + '\n' + body};
    if (at(kDevice))
        return wrongMethod(kDevice)
                   ? methodNotAllowed()
                   : m_service.device(QByteArray::fromBase64(request.header("x-device-key")),
                                      proof);
    if ((at(kLoginScan) || at(kLoginDecision)) && m_oidc)
        return wrongMethod(kLoginScan) ? methodNotAllowed()
                                       : routeLogin(request, id, at(kLoginScan), proof);
    if (at(kPhoneSession)) {
        if (wrongMethod(kPhoneSession))
            return methodNotAllowed();
        ApiAnswer now = m_service.phoneStatus(id, proof);
        if (now.status == 200)
            poll = holdIfUnchanged(request, {id, 0, 0, proof, 0});
        return now;
    }
    if (at(kBind))
        return wrongMethod(kBind) ? methodNotAllowed() : m_service.bind(id, proof, body);
    if (at(kComplete))
        return wrongMethod(kComplete) ? methodNotAllowed() : m_service.complete(id, proof, body);
    return noRoute();
}

QSslCertificate RegistryHttpServer::stationCertificate(const HttpRequest& request,
                                                       const HttpConnection* connection) const {
    if (m_proxyName.isEmpty())
        return connection->peerCertificate();
    const QByteArray pem = QByteArray::fromPercentEncoding(request.header("x-client-certificate"));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    return certs.size() == 1 ? certs.first() : QSslCertificate();
}

std::optional<RegistryHttpServer::PollSpec> RegistryHttpServer::holdIfUnchanged(
    const HttpRequest& request, PollSpec spec) {
    const QUrlQuery q(request.url);
    const int wait = waitSeconds(q);
    bool hasSince = false;
    spec.since = q.queryItemValue(QStringLiteral("since")).toInt(&hasSince);
    spec.waitMs = wait * 1000;
    const auto version = pollVersion(spec);
    if (version && wait > 0 && hasSince && *version == spec.since)
        return spec;
    return std::nullopt;
}

std::optional<int> RegistryHttpServer::pollVersion(const PollSpec& poll) {
    return m_audience == Audience::Kiosk ? m_service.sessionVersion(poll.station, poll.sid)
                                         : m_service.phoneSessionVersion(poll.sid);
}

ApiAnswer RegistryHttpServer::pollAnswer(const PollSpec& poll) {
    return m_audience == Audience::Kiosk ? m_service.session(poll.station, poll.sid)
                                         : m_service.phoneStatus(poll.sid, poll.proof);
}

void RegistryHttpServer::onSessionChanged(const QByteArray& sid) {
    const QString hex = QString::fromLatin1(sid.toHex());
    for (auto it = m_polls.begin(); it != m_polls.end();) {
        if (it->spec.sid != hex) {
            ++it;
            continue;
        }
        const auto version = pollVersion(it->spec);
        if (version && *version == it->spec.since) {
            ++it;
            continue;
        }
        Poll poll = std::move(*it);
        it = m_polls.erase(it);
        if (poll.connection)
            send(poll.connection, pollAnswer(poll.spec));
    }
}

void RegistryHttpServer::onTick() {
    for (auto it = m_polls.begin(); it != m_polls.end();) {
        if (!it->connection) {
            it = m_polls.erase(it);  // the client went away
        } else if (it->deadline.hasExpired()) {
            Poll poll = std::move(*it);
            it = m_polls.erase(it);
            send(poll.connection, pollAnswer(poll.spec));
        } else {
            ++it;
        }
    }
}

}  // namespace thaid::registry
