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

JsonCall RegistryClient::call(const protocol::ApiRoute& route, const QString& label,
                              std::optional<QJsonObject> body, int retries,
                              const QString& parameter) const {
    return {route.method, apiPath(route, parameter), label,  std::move(body),
            {},           m_endpoint.timeoutMs,      retries};
}

void RegistryClient::signIn(const QString& officerCid, const QString& cardRequestNumber,
                            const FingerCapture& finger, QObject* context,
                            Reply<OfficerSession> done) {
    const protocol::OfficerSignInRequest body{officerCid, cardRequestNumber, wireFinger(finger),
                                              m_endpoint.stationId};
    m_http.send(call(route::kOfficerSignIn, QStringLiteral("sign-in"), protocol::toJson(body), 2),
                context, typed(std::move(done), protocol::decodeOfficerSession));
}

void RegistryClient::signOut(const QString& officerToken, QObject* context, Reply<bool> done) {
    m_http.send(
        call(route::kOfficerSignOut, QStringLiteral("sign-out"),
             protocol::toJson(protocol::OfficerSignOutRequest{officerToken}), 2),
        context,
        typed<protocol::SignOutResult>(
            [done = std::move(done)](const Result<protocol::SignOutResult, RegistryError>& r) {
                if (!r)
                    return done(r.error());
                done(r.value().signedOut);
            },
            protocol::decodeSignOutResult));
}

void RegistryClient::checkCard(const QString& cid, const QString& requestNumber,
                               const QString& officerToken, QObject* context,
                               Reply<CardCheck> done) {
    const protocol::CardCheckRequest body{cid, requestNumber, officerToken};
    m_http.send(call(route::kCardCheck, QStringLiteral("card-check"), protocol::toJson(body), 2),
                context, typed(std::move(done), protocol::decodeCardCheckResult));
}

void RegistryClient::verifyFinger(const QString& cid, const QString& requestNumber,
                                  const QString& officerToken, const FingerCapture& finger,
                                  QObject* context, Reply<FingerMatch> done) {
    const protocol::VerificationRequest body{cid, requestNumber, officerToken, wireFinger(finger)};
    m_http.send(
        call(route::kVerifications, QStringLiteral("verify-finger"), protocol::toJson(body), 2),
        context, typed(std::move(done), protocol::decodeVerificationResult));
}

void RegistryClient::requestException(const ExceptionRequest& r, QObject* context,
                                      Reply<ExceptionGrant> done) {
    ExceptionRequest body = r;
    body.stationId = m_endpoint.stationId;
    m_http.send(call(route::kExceptions, QStringLiteral("exception"), protocol::toJson(body), 2),
                context, typed(std::move(done), protocol::decodeExceptionGrant));
}

void RegistryClient::createSession(const QString& cid, const QString& requestNumber,
                                   const QString& verificationId, const QString& officerToken,
                                   const QString& replacesBinding, QObject* context,
                                   Reply<SessionInfo> done) {
    const protocol::CreateSessionRequest body{cid,          requestNumber,        verificationId,
                                              officerToken, m_endpoint.stationId, replacesBinding};
    m_http.send(
        call(route::kCreateSession, QStringLiteral("create-session"), protocol::toJson(body), 2),
        context, typed(std::move(done), protocol::decodeSession));
}

void RegistryClient::session(const QString& sid, int since, int waitSeconds, QObject* context,
                             Reply<SessionInfo> done) {
    JsonCall poll =
        call(route::kKioskSession,
             waitSeconds > 0 ? QStringLiteral("session-poll") : QStringLiteral("session"),
             std::nullopt, 0, sid);
    if (waitSeconds > 0) {
        poll.path += QStringLiteral("?wait=%1&since=%2").arg(waitSeconds).arg(since);
        // A long poll may take its whole wait; the bound is the wait plus the usual timeout.
        poll.timeoutMs += waitSeconds * 1000;
    }
    m_http.send(std::move(poll), context, typed(std::move(done), protocol::decodeSession));
}

void RegistryClient::status(QObject* context, Reply<RegistryStatus> done) {
    m_http.send(call(route::kKioskStatus, QStringLiteral("status"), std::nullopt, 0), context,
                typed(std::move(done), protocol::decodeKioskStatus));
}

void RegistryClient::qrFrame(const QString& sid, QObject* context, Reply<QrFrameInfo> done) {
    m_http.send(call(route::kSessionQr, QStringLiteral("qr-frame"), std::nullopt, 2, sid), context,
                typed(std::move(done), protocol::decodeSessionQr));
}

void RegistryClient::confirm(const QString& sid, const QString& code, QObject* context,
                             Reply<SessionInfo> done) {
    m_http.send(call(route::kConfirmation, QStringLiteral("confirm"),
                     protocol::toJson(protocol::ConfirmationRequest{code}), 1, sid),
                context, typed(std::move(done), protocol::decodeSession));
}

void RegistryClient::cancel(const QString& sid, protocol::CancelReason reason, QObject* context,
                            Reply<SessionInfo> done) {
    m_http.send(call(route::kCancel, QStringLiteral("cancel"),
                     protocol::toJson(protocol::CancelRequest{reason}), 3, sid),
                context, typed(std::move(done), protocol::decodeSession));
}

void RegistryClient::uploadAudit(const QList<protocol::AuditRow>& rows, QObject* context,
                                 Reply<AuditAck> done) {
    const protocol::AuditBatch body{m_endpoint.stationId, rows};
    m_http.send(call(route::kAuditBatches, QStringLiteral("audit"), protocol::toJson(body), 0),
                context, typed(std::move(done), protocol::decodeAuditAck));
}

}  // namespace thaid::app
