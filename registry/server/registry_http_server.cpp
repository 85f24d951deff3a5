#include "registry/server/registry_http_server.h"

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
    if (m_audience == Audience::Kiosk && method == "POST" &&
        (path == "/v1/kiosk/officers/sign-in" || path == "/v1/kiosk/verifications" ||
         path == "/v1/kiosk/exceptions"))
        return std::max<qint64>(protocol::kMaxSampleBodyBytes, m_listener.limits().maxBodyBytes);
    if (m_audience == Audience::Kiosk && method == "POST" && path == "/v1/kiosk/audit/batches")
        return std::max<qint64>(protocol::kMaxAuditBodyBytes, m_listener.limits().maxBodyBytes);
    return std::min<qint64>(protocol::kMaxBodyBytes, m_listener.limits().maxBodyBytes);
}

void RegistryHttpServer::send(HttpConnection* connection, const ApiAnswer& answer) {
    connection->respond(answer.status, QJsonDocument(answer.body).toJson(QJsonDocument::Compact));
}

void RegistryHttpServer::onRequest(HttpConnection* connection, const HttpRequest& request) {
    std::optional<PollSpec> poll;
    Deferred later;
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
    const QStringList path = request.url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!m_proxyName.isEmpty() && connection->peerCertificate().subjectInfo(
                                      QSslCertificate::CommonName) != QStringList{m_proxyName})
        return ApiAnswer::of(
            apiError(ErrorCode::Forbidden, QStringLiteral("only the proxy is served here")));
    if (path.size() < 2 || path[0] != QLatin1String("v1"))
        return noRoute();
    if (m_audience == Audience::Phone)
        return path[1] == QLatin1String("phone") ? routePhone(request, path.mid(2), poll)
                                                 : noRoute();
    if (path[1] != QLatin1String("kiosk"))
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
    return routeKiosk(request, station, peer.toDer(), path.mid(2), poll, later);
}

ApiAnswer RegistryHttpServer::routeKiosk(const HttpRequest& request, quint32 station,
                                         const QByteArray& certificateDer, const QStringList& path,
                                         std::optional<PollSpec>& poll, Deferred& later) {
    const QByteArray& body = request.body;
    const auto is = [&](std::initializer_list<const char*> parts) {
        if (static_cast<qsizetype>(parts.size()) != path.size())
            return false;
        qsizetype i = 0;
        for (const char* p : parts) {
            if (qstrcmp(p, "*") != 0 && path[i] != QLatin1String(p))
                return false;
            ++i;
        }
        return true;
    };
    if (is({"status"}))
        return isGet(request) ? m_service.status(station) : methodNotAllowed();
    if (is({"officers", "sign-in"}) || is({"verifications"})) {
        if (!isPost(request))
            return methodNotAllowed();
        const bool signIn = path[0] == QLatin1String("officers");
        later = [this, station, body, signIn](RegistryService::Reply reply) {
            if (signIn)
                m_service.officerSignIn(station, body, std::move(reply));
            else
                m_service.verifyFinger(station, body, std::move(reply));
        };
        return {};
    }
    if (is({"exceptions"})) {
        if (!isPost(request))
            return methodNotAllowed();
        later = [this, station, body](RegistryService::Reply reply) {
            m_service.grantException(station, body, std::move(reply));
        };
        return {};
    }
    if (is({"officers", "sign-out"}))
        return isPost(request) ? m_service.officerSignOut(station, body) : methodNotAllowed();
    if (is({"cards", "check"}))
        return isPost(request) ? m_service.checkCard(station, body) : methodNotAllowed();
    if (is({"audit", "batches"}))
        return isPost(request) ? m_service.auditBatch(station, body, certificateDer)
                               : methodNotAllowed();
    if (is({"sessions"}))
        return isPost(request) ? m_service.createSession(station, body) : methodNotAllowed();
    if (is({"sessions", "*"})) {
        if (!isGet(request))
            return methodNotAllowed();
        poll = holdIfUnchanged(request, {path[1], 0, station, {}, 0});
        return m_service.session(station, path[1]);
    }
    if (is({"sessions", "*", "qr"}))
        return isGet(request) ? m_service.qrFrame(station, path[1]) : methodNotAllowed();
    if (is({"sessions", "*", "confirmation"}))
        return isPost(request) ? m_service.confirm(station, path[1], body) : methodNotAllowed();
    if (is({"sessions", "*", "cancel"}))
        return isPost(request) ? m_service.cancel(station, path[1], body) : methodNotAllowed();
    return noRoute();
}

ApiAnswer RegistryHttpServer::routePhone(const HttpRequest& request, const QStringList& path,
                                         std::optional<PollSpec>& poll) {
    const QByteArray& body = request.body;
    if (path.size() == 1 && path[0] == QLatin1String("claims"))
        return isPost(request) ? m_service.claim(body) : methodNotAllowed();
    const QByteArray method = isGet(request) ? "GET" : isPost(request) ? "POST" : "OTHER";
    DeviceProof proof{QByteArray::fromBase64(request.header("x-device-signature")),
                      method + ' ' + request.url.path().toUtf8() + '\n' + body};
    if (path.size() == 1 && path[0] == QLatin1String("device"))
        return isGet(request)
                   ? m_service.device(QByteArray::fromBase64(request.header("x-device-key")), proof)
                   : methodNotAllowed();
    if (path.size() == 3 && path[0] == QLatin1String("logins") && m_oidc)
        return isPost(request) ? routeLogin(request, path, proof) : methodNotAllowed();
    if (path.size() < 2 || path.size() > 3 || path[0] != QLatin1String("sessions"))
        return noRoute();
    if (path.size() == 2) {
        if (!isGet(request))
            return methodNotAllowed();
        ApiAnswer now = m_service.phoneStatus(path[1], proof);
        if (now.status == 200)
            poll = holdIfUnchanged(request, {path[1], 0, 0, proof, 0});
        return now;
    }
    if (!isPost(request))
        return methodNotAllowed();
    if (path[2] == QLatin1String("bind"))
        return m_service.bind(path[1], proof, body);
    if (path[2] == QLatin1String("complete"))
        return m_service.complete(path[1], proof, body);
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
