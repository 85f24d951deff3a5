#include "registry_client/registry_client.h"

#include "protocol/station_name.h"
#include "protocol/tls_policy.h"
#include "protocol/trusted_keys.h"
#include "protocol/wire/api_routes.h"

#include <QFile>
#include <QHash>

namespace thaid::app {

using protocol::apiPath;
using protocol::JsonCall;
namespace route = protocol::route;
using protocol::JsonHttpClient;

namespace {

// Wraps a contract decoder around a JSON reply.
template <typename T>
JsonHttpClient::Done typed(RegistryClient::Reply<T> done,
                           Result<T, protocol::WireError> (*decode)(const QJsonObject&)) {
    return [done = std::move(done), decode](const Result<QJsonObject, RegistryError>& r) {
        done(protocol::decodeAnswer(r, decode));
    };
}

// How the kiosk calls each route: the name its metrics give the call, and how often a call that
// did not reach the registry is tried again. A confirmation is tried once more at most (a code
// must not be spent twice by a retry), a cancel three times (nothing else ends the session as
// early), an audit batch never (the uploader tries again on its own clock).
struct CallPolicy {
    const protocol::ApiRoute* route;
    const char* label;
    int retries;
};

constexpr CallPolicy kPolicies[] = {
    {&route::kKioskStatus, "status", 0},
    {&route::kOfficerSignIn, "sign-in", 2},
    {&route::kOfficerSignOut, "sign-out", 2},
    {&route::kCardCheck, "card-check", 2},
    {&route::kVerifications, "verify-finger", 2},
    {&route::kExceptions, "exception", 2},
    {&route::kCreateSession, "create-session", 2},
    {&route::kKioskSession, "session", 0},
    {&route::kSessionQr, "qr-frame", 2},
    {&route::kConfirmation, "confirm", 1},
    {&route::kCancel, "cancel", 3},
    {&route::kAuditBatches, "audit", 0},
};

// A route without a policy of its own is named by its path and never retried.
CallPolicy policyFor(const protocol::ApiRoute& route) {
    for (const CallPolicy& p : kPolicies) {
        if (p.route == &route)
            return p;
    }
    return {&route, route.path, 0};
}

QByteArray readFile(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

}  // namespace

Result<RegistryEndpoint, QString> RegistryEndpoint::fromFiles(const QUrl& url, const QString& ca,
                                                              const QString& cert,
                                                              const QSslKey& key,
                                                              const QString& signingKeys) {
    QString error;
    RegistryEndpoint e;
    e.url = url;
    e.caCertificates = QSslCertificate::fromData(readFile(ca, &error));
    e.stationCertificate = QSslCertificate(readFile(cert, &error));
    e.stationKey = key;
    if (!error.isEmpty())
        return error;
    if (!url.isValid() || url.scheme() != QLatin1String("https"))
        return QStringLiteral("the registry URL must be https://");
    if (e.caCertificates.isEmpty())
        return QStringLiteral("%1 holds no CA certificate").arg(ca);
    if (e.stationCertificate.isNull() || e.stationKey.isNull())
        return QStringLiteral("the station certificate or key cannot be read");
    const QString cn = e.stationCertificate.subjectInfo(QSslCertificate::CommonName).value(0);
    e.stationId = protocol::stationIdFromCommonName(cn);
    if (e.stationId == 0)
        return QStringLiteral("the station certificate's CN is not station-<id>");
    auto keys = protocol::readTrustedKeys(signingKeys);
    if (!keys)
        return keys.error();
    e.trustedSigningKeys = keys.value();
    return e;
}

RegistryClient::RegistryClient(RegistryEndpoint endpoint, QObject* parent)
    : QObject(parent),
      m_http(
          endpoint.url,
          [&] {
              QSslConfiguration tls =
                  protocol::withProtocolTls(QSslConfiguration::defaultConfiguration());
              tls.setCaCertificates(endpoint.caCertificates);
              tls.setLocalCertificate(endpoint.stationCertificate);
              tls.setPrivateKey(endpoint.stationKey);
              tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
              return tls;
          }(),
          this),
      m_endpoint(std::move(endpoint)) {
    connect(&m_http, &JsonHttpClient::exchanged, this, &RegistryClient::exchanged);
}

JsonCall RegistryClient::call(const protocol::ApiRoute& route, std::optional<QJsonObject> body,
                              const QString& parameter) const {
    const CallPolicy policy = policyFor(route);
    return {route.method,
            apiPath(route, parameter),
            QLatin1String(policy.label),
            std::move(body),
            {},
            m_endpoint.timeoutMs,
            policy.retries};
}

void RegistryClient::exchange(const protocol::ApiRoute& route, const QString& parameter,
                              QJsonObject body, QObject* context, Reply<QJsonObject> done) {
    m_http.send(call(route, std::move(body), parameter), context, std::move(done));
}

void RegistryClient::session(const QString& sid, int since, int waitSeconds, QObject* context,
                             Reply<SessionInfo> done) {
    JsonCall poll = call(route::kKioskSession, std::nullopt, sid);
    if (waitSeconds > 0) {
        poll.label = QStringLiteral("session-poll");
        poll.retries = 0;
        poll.path += QStringLiteral("?wait=%1&since=%2").arg(waitSeconds).arg(since);
        // A long poll may take its whole wait; the bound is the wait plus the usual timeout.
        poll.timeoutMs += waitSeconds * 1000;
    }
    m_http.send(std::move(poll), context, typed(std::move(done), protocol::decodeSession));
}

void RegistryClient::status(QObject* context, Reply<RegistryStatus> done) {
    m_http.send(call(route::kKioskStatus, std::nullopt), context,
                typed(std::move(done), protocol::decodeKioskStatus));
}

void RegistryClient::qrFrame(const QString& sid, QObject* context, Reply<QrFrameInfo> done) {
    m_http.send(call(route::kSessionQr, std::nullopt, sid), context,
                typed(std::move(done), protocol::decodeSessionQr));
}

}  // namespace thaid::app
