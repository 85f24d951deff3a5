#include "registry_client/registry_client.h"

#include "protocol/station_name.h"
#include "protocol/tls_policy.h"
#include "protocol/trusted_keys.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace thaid::app {

using protocol::JsonCall;
using protocol::JsonHttpClient;

namespace {

RegistryError malformed(const QString& what) {
    return {RegistryErrorKind::MalformedAnswer, 200, QStringLiteral("malformed"), what};
}

QDateTime isoTime(const QJsonValue& v) {
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The captured image itself: the registry matches it (FingerSample in registry-api.yaml).
QJsonObject fingerJson(const FingerCapture& f) {
    return {
        {QStringLiteral("finger"), f.finger},
        {QStringLiteral("sample"),
         QJsonObject{{QStringLiteral("width"), f.sample.width},
                     {QStringLiteral("height"), f.sample.height},
                     {QStringLiteral("pixels"), QString::fromLatin1(f.sample.pixels.toBase64())}}}};
}

// Wraps a typed answer parser around a JSON reply.
template <typename T, typename Parse>
JsonHttpClient::Done typed(RegistryClient::Reply<T> done, Parse parse) {
    return [done = std::move(done), parse](const Result<QJsonObject, RegistryError>& r) {
        if (!r)
            return done(r.error());
        done(parse(r.value()));
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

Result<SessionInfo, RegistryError> RegistryClient::parseSession(const QJsonObject& o) {
    static const QRegularExpression sidForm(QStringLiteral("^[0-9a-f]{32}$"));
    SessionInfo s;
    s.sid = o.value(QStringLiteral("sid")).toString();
    const auto state = bindingStateFromName(o.value(QStringLiteral("state")).toString());
    const QJsonValue version = o.value(QStringLiteral("version"));
    s.expiresAt = isoTime(o.value(QStringLiteral("expires_at")));
    if (!sidForm.match(s.sid).hasMatch() || !state || !version.isDouble() ||
        version.toDouble() < 0 || !s.expiresAt.isValid())
        return malformed(QStringLiteral("Session"));
    s.state = *state;
    s.version = version.toInt();
    s.phoneStep = o.value(QStringLiteral("phone_step")).toString();
    s.confirmationAttemptsLeft = o.value(QStringLiteral("confirmation_attempts_left")).toInt(-1);
    return s;
}

Result<CardCheck, RegistryError> RegistryClient::parseCardCheck(const QJsonObject& o) {
    static const QHash<QString, CardStatus> kStatus{
        {QStringLiteral("latest"), CardStatus::Latest},
        {QStringLiteral("superseded"), CardStatus::Superseded},
        {QStringLiteral("revoked"), CardStatus::Revoked},
        {QStringLiteral("unknown"), CardStatus::Unknown}};
    const auto status = kStatus.constFind(o.value(QStringLiteral("status")).toString());
    if (status == kStatus.constEnd())
        return malformed(QStringLiteral("CardCheckResult"));
    CardCheck check{*status, {}};
    const QJsonObject b = o.value(QStringLiteral("binding")).toObject();
    const QString bindingStatus = b.value(QStringLiteral("status")).toString();
    // A card that may register always says whether the citizen has a phone bound.
    if (check.status == CardStatus::Latest && bindingStatus != QLatin1String("none") &&
        bindingStatus != QLatin1String("active"))
        return malformed(QStringLiteral("CardCheckResult.binding"));
    if (bindingStatus != QLatin1String("active"))
        return check;
    static const QRegularExpression idForm(QStringLiteral("^[0-9a-f]{32}$"));
    ExistingBinding e;
    e.bindingId = b.value(QStringLiteral("binding_id")).toString();
    e.boundAt = isoTime(b.value(QStringLiteral("bound_at")));
    e.stationId = static_cast<quint32>(b.value(QStringLiteral("station_id")).toInteger());
    e.assurance = b.value(QStringLiteral("assurance")).toString();
    const QJsonObject office = b.value(QStringLiteral("office")).toObject();
    e.officeTh = office.value(QStringLiteral("th")).toString();
    e.officeEn = office.value(QStringLiteral("en")).toString();
    for (const QJsonValue n : b.value(QStringLiteral("notices")).toArray())
        e.notices.append(n.toString());
    if (!idForm.match(e.bindingId).hasMatch() || !e.boundAt.isValid() || e.stationId == 0)
        return malformed(QStringLiteral("CardCheckResult.binding"));
    check.binding = e;
    return check;
}

Result<QrFrameInfo, RegistryError> RegistryClient::parseQrFrame(const QJsonObject& o) {
    QrFrameInfo f{o.value(QStringLiteral("text")).toString(),
                  isoTime(o.value(QStringLiteral("issued_at"))),
                  isoTime(o.value(QStringLiteral("expires_at"))),
                  isoTime(o.value(QStringLiteral("next_at")))};
    if (f.text.size() != 148 || !f.issuedAt.isValid() || !f.expiresAt.isValid() ||
        !f.nextAt.isValid())
        return malformed(QStringLiteral("QrFrame"));
    return f;
}

void RegistryClient::signIn(const QString& officerCid, const QString& cardRequestNumber,
                            const FingerCapture& finger, QObject* context,
                            Reply<OfficerSession> done) {
    JsonCall call{
        "POST",
        QStringLiteral("/v1/kiosk/officers/sign-in"),
        QStringLiteral("sign-in"),
        QJsonObject{{QStringLiteral("officer_cid"), officerCid},
                    {QStringLiteral("card_request_number"), cardRequestNumber},
                    {QStringLiteral("fingerprint"), fingerJson(finger)},
                    {QStringLiteral("station_id"), static_cast<qint64>(m_endpoint.stationId)}},
        {},
        m_endpoint.timeoutMs,
        2};
    m_http.send(
        std::move(call), context,
        typed<OfficerSession>(
            std::move(done), [](const QJsonObject& o) -> Result<OfficerSession, RegistryError> {
                OfficerSession s{o.value(QStringLiteral("officer_token")).toString(),
                                 o.value(QStringLiteral("display_name")).toString(),
                                 isoTime(o.value(QStringLiteral("expires_at")))};
                if (s.token.isEmpty() || s.token.size() > 128 || !s.expiresAt.isValid())
                    return malformed(QStringLiteral("OfficerSession"));
                return s;
            }));
}

void RegistryClient::signOut(const QString& officerToken, QObject* context, Reply<bool> done) {
    JsonCall call{"POST",
                  QStringLiteral("/v1/kiosk/officers/sign-out"),
                  QStringLiteral("sign-out"),
                  QJsonObject{{QStringLiteral("officer_token"), officerToken}},
                  {},
                  m_endpoint.timeoutMs,
                  2};
    m_http.send(
        std::move(call), context,
        typed<bool>(std::move(done), [](const QJsonObject& o) -> Result<bool, RegistryError> {
            if (!o.value(QStringLiteral("signed_out")).toBool())
                return malformed(QStringLiteral("SignOutResult"));
            return true;
        }));
}

void RegistryClient::checkCard(const QString& cid, const QString& requestNumber,
                               const QString& officerToken, QObject* context,
                               Reply<CardCheck> done) {
    JsonCall call{"POST",
                  QStringLiteral("/v1/kiosk/cards/check"),
                  QStringLiteral("card-check"),
                  QJsonObject{{QStringLiteral("cid"), cid},
                              {QStringLiteral("request_number"), requestNumber},
                              {QStringLiteral("officer_token"), officerToken}},
                  {},
                  m_endpoint.timeoutMs,
                  2};
    m_http.send(std::move(call), context, typed<CardCheck>(std::move(done), parseCardCheck));
}

void RegistryClient::verifyFinger(const QString& cid, const QString& requestNumber,
                                  const QString& officerToken, const FingerCapture& finger,
                                  QObject* context, Reply<FingerMatch> done) {
    JsonCall call{"POST",
                  QStringLiteral("/v1/kiosk/verifications"),
                  QStringLiteral("verify-finger"),
                  QJsonObject{{QStringLiteral("cid"), cid},
                              {QStringLiteral("request_number"), requestNumber},
                              {QStringLiteral("officer_token"), officerToken},
                              {QStringLiteral("fingerprint"), fingerJson(finger)}},
                  {},
                  m_endpoint.timeoutMs,
                  2};
    m_http.send(
        std::move(call), context,
        typed<FingerMatch>(std::move(done),
                           [](const QJsonObject& o) -> Result<FingerMatch, RegistryError> {
                               static const QRegularExpression id(QStringLiteral("^[0-9a-f]{32}$"));
                               FingerMatch m{o.value(QStringLiteral("matched")).toBool(),
                                             o.value(QStringLiteral("verification_id")).toString(),
                                             o.value(QStringLiteral("attempts_left")).toInt(-1)};
                               if (!o.value(QStringLiteral("matched")).isBool() ||
                                   (m.matched && !id.match(m.verificationId).hasMatch()))
                                   return malformed(QStringLiteral("FingerVerification"));
                               return m;
                           }));
}

void RegistryClient::requestException(const ExceptionRequest& r, QObject* context,
                                      Reply<ExceptionGrant> done) {
    JsonCall call{
        "POST",
        QStringLiteral("/v1/kiosk/exceptions"),
        QStringLiteral("exception"),
        QJsonObject{
            {QStringLiteral("cid"), r.cid},
            {QStringLiteral("request_number"), r.requestNumber},
            {QStringLiteral("officer_token"), r.officerToken},
            {QStringLiteral("station_id"), static_cast<qint64>(m_endpoint.stationId)},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("supervisor_cid"), r.supervisorCid},
            {QStringLiteral("supervisor_card_request_number"), r.supervisorCardRequestNumber},
            {QStringLiteral("supervisor_fingerprint"), fingerJson(r.supervisorFinger)}},
        {},
        m_endpoint.timeoutMs,
        2};
    m_http.send(
        std::move(call), context,
        typed<ExceptionGrant>(
            std::move(done), [](const QJsonObject& o) -> Result<ExceptionGrant, RegistryError> {
                static const QRegularExpression id(QStringLiteral("^[0-9a-f]{32}$"));
                ExceptionGrant g{o.value(QStringLiteral("verification_id")).toString(),
                                 o.value(QStringLiteral("exceptions_left_today")).toInt(-1)};
                if (!id.match(g.verificationId).hasMatch())
                    return malformed(QStringLiteral("ExceptionGrant"));
                return g;
            }));
}

void RegistryClient::createSession(const QString& cid, const QString& requestNumber,
                                   const QString& verificationId, const QString& officerToken,
                                   const QString& replacesBinding, QObject* context,
                                   Reply<SessionInfo> done) {
    QJsonObject body{{QStringLiteral("cid"), cid},
                     {QStringLiteral("request_number"), requestNumber},
                     {QStringLiteral("verification_id"), verificationId},
                     {QStringLiteral("officer_token"), officerToken},
                     {QStringLiteral("station_id"), static_cast<qint64>(m_endpoint.stationId)}};
    if (!replacesBinding.isEmpty())
        body.insert(QStringLiteral("replaces_binding"), replacesBinding);
    JsonCall call{"POST",
                  QStringLiteral("/v1/kiosk/sessions"),
                  QStringLiteral("create-session"),
                  body,
                  {},
                  m_endpoint.timeoutMs,
                  2};
    m_http.send(std::move(call), context, typed<SessionInfo>(std::move(done), parseSession));
}

void RegistryClient::session(const QString& sid, int since, int waitSeconds, QObject* context,
                             Reply<SessionInfo> done) {
    QString path = QStringLiteral("/v1/kiosk/sessions/%1").arg(sid);
    if (waitSeconds > 0)
        path += QStringLiteral("?wait=%1&since=%2").arg(waitSeconds).arg(since);
    // A long poll may take its whole wait; the bound is the wait plus the usual timeout.
    JsonCall call{"GET",
                  path,
                  waitSeconds > 0 ? QStringLiteral("session-poll") : QStringLiteral("session"),
                  std::nullopt,
                  {},
                  waitSeconds * 1000 + m_endpoint.timeoutMs,
                  0};
    m_http.send(std::move(call), context, typed<SessionInfo>(std::move(done), parseSession));
}

void RegistryClient::status(QObject* context, Reply<RegistryStatus> done) {
    JsonCall call{"GET",
                  QStringLiteral("/v1/kiosk/status"),
                  QStringLiteral("status"),
                  std::nullopt,
                  {},
                  m_endpoint.timeoutMs,
                  0};
    m_http.send(
        std::move(call), context,
        typed<RegistryStatus>(
            std::move(done), [](const QJsonObject& o) -> Result<RegistryStatus, RegistryError> {
                const QJsonValue id = o.value(QStringLiteral("station_id"));
                const QDateTime time = QDateTime::fromString(
                    o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
                if (!id.isDouble() || id.toDouble() < 1 || !time.isValid())
                    return malformed(QStringLiteral("KioskStatus"));
                return RegistryStatus{static_cast<quint32>(id.toDouble()), time};
            }));
}

void RegistryClient::qrFrame(const QString& sid, QObject* context, Reply<QrFrameInfo> done) {
    JsonCall call{"GET",
                  QStringLiteral("/v1/kiosk/sessions/%1/qr").arg(sid),
                  QStringLiteral("qr-frame"),
                  std::nullopt,
                  {},
                  m_endpoint.timeoutMs,
                  2};
    m_http.send(std::move(call), context, typed<QrFrameInfo>(std::move(done), parseQrFrame));
}

void RegistryClient::confirm(const QString& sid, const QString& code, QObject* context,
                             Reply<SessionInfo> done) {
    JsonCall call{"POST",
                  QStringLiteral("/v1/kiosk/sessions/%1/confirmation").arg(sid),
                  QStringLiteral("confirm"),
                  QJsonObject{{QStringLiteral("code"), code}},
                  {},
                  m_endpoint.timeoutMs,
                  1};
    m_http.send(std::move(call), context, typed<SessionInfo>(std::move(done), parseSession));
}

void RegistryClient::cancel(const QString& sid, const QString& reason, QObject* context,
                            Reply<SessionInfo> done) {
    JsonCall call{"POST",
                  QStringLiteral("/v1/kiosk/sessions/%1/cancel").arg(sid),
                  QStringLiteral("cancel"),
                  QJsonObject{{QStringLiteral("reason"), reason}},
                  {},
                  m_endpoint.timeoutMs,
                  3};
    m_http.send(std::move(call), context, typed<SessionInfo>(std::move(done), parseSession));
}

void RegistryClient::uploadAudit(const QJsonArray& rows, QObject* context, Reply<AuditAck> done) {
    JsonCall call{
        "POST",
        QStringLiteral("/v1/kiosk/audit/batches"),
        QStringLiteral("audit"),
        QJsonObject{{QStringLiteral("station_id"), static_cast<qint64>(m_endpoint.stationId)},
                    {QStringLiteral("rows"), rows}},
        {},
        m_endpoint.timeoutMs,
        0};
    m_http.send(std::move(call), context,
                typed<AuditAck>(
                    std::move(done), [](const QJsonObject& o) -> Result<AuditAck, RegistryError> {
                        static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
                        const QJsonValue v = o.value(QStringLiteral("acknowledged_seq"));
                        const QString hash =
                            o.value(QStringLiteral("acknowledged_hash")).toString();
                        if (!v.isDouble() || v.toDouble() < 0 ||
                            (v.toDouble() > 0 && !hex64.match(hash).hasMatch()))
                            return malformed(QStringLiteral("AuditAck"));
                        return AuditAck{static_cast<qint64>(v.toDouble()), hash};
                    }));
}

}  // namespace thaid::app
