#include "registry/registration/registry_service.h"

#include "protocol/device_key.h"
#include "protocol/qr_frame.h"
#include "registry/base/registry_logging.h"
#include "registry/base/registry_support.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace thaid::registry {

namespace {

QString phoneStep(SessionState state) {
    switch (state) {
        case SessionState::Created:
            return QStringLiteral("waiting");
        case SessionState::Claimed:
            return QStringLiteral("claimed");
        case SessionState::Confirmed:
            return QStringLiteral("confirmed");
        case SessionState::Bound:
            return QStringLiteral("passcode_set");
        case SessionState::Completed:
            return QStringLiteral("consented");
        default:
            return {};
    }
}

ApiError notFound() {
    return apiError(ErrorCode::NotFound, QStringLiteral("no such session"));
}

}  // namespace

RegistryService::RegistryService(RegistryStore& store, SampleMatcher& matcher,
                                 protocol::Ed25519Key signingKey, Clock clockMs, QObject* parent)
    : QObject(parent),
      m_store(store),
      m_matcher(matcher),
      m_signingKey(std::move(signingKey)),
      m_clock(std::move(clockMs)),
      m_book(store, m_clock, randomBytes),
      m_verdicts(store, m_clock, randomBytes) {
    // A change made through another registry process reaches the long polls held here.
    const bool shared = m_store.listenForSessionChanges([this](const QByteArray& sid) {
        qCDebug(lcRegistry) << "session" << sid.toHex().left(8)
                            << "changed through another process";
        Q_EMIT sessionChanged(sid);
    });
    if (m_store.dialect() == SqlDialect::Postgres && !shared)
        qCWarning(lcRegistry) << "cannot listen for other processes' session changes";
    // Expiry must reach long-polling kiosks even when nobody touches the session.
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &RegistryService::expireDue);
    m_expiry.start();
}

void RegistryService::expireDue() {
    // Once a second anyway: the database is checked here too, and connected again if it went.
    switch (m_store.checkConnection()) {
        case RegistryStore::Connection::Fine:
            if (m_databaseLost) {
                m_databaseLost = false;
                qCInfo(lcRegistry) << "database reachable again";
            }
            break;
        case RegistryStore::Connection::Reconnected:
            m_databaseLost = false;
            qCWarning(lcRegistry) << "database connection was lost; connected again";
            // What changed meanwhile was not heard: every held poll looks again.
            Q_EMIT resync();
            break;
        case RegistryStore::Connection::Lost:
            if (!std::exchange(m_databaseLost, true))
                qCWarning(lcRegistry) << "database unreachable; trying again every second";
            return;
    }
    m_book.expireDue();
    flush();
}

void RegistryService::flush() {
    const QList<Transition> transitions = m_book.takeTransitions();
    QList<QByteArray> changed;
    // The book stored each transition with its session; this logs them and tells.
    for (const Transition& t : transitions) {
        qCInfo(lcRegistry).noquote()
            << "session" << t.sid.toHex().left(8) << sessionStateName(t.from) << "->"
            << sessionStateName(t.to) << t.reason;
        if (!changed.contains(t.sid))
            changed.append(t.sid);
    }
    for (const QByteArray& sid : changed)
        Q_EMIT sessionChanged(sid);
}

ApiAnswer RegistryService::stored(const Result<SessionRecord, ApiError>& result, int okStatus) {
    // Failed calls can still move the session (third wrong code, second claim), and any call
    // can find a session past its lifetime.
    flush();
    if (!result)
        return ApiAnswer::of(result.error());
    return {okStatus, sessionJson(result.value())};
}

QJsonObject RegistryService::sessionJson(const SessionRecord& s) const {
    Session answer{QString::fromLatin1(s.sid.toHex()),
                   s.state,
                   s.version,
                   phoneStep(s.state),
                   -1,
                   utcTime(s.expiresAtMs),
                   protocol::errorCodeFromName(s.endCode)};
    if (s.state == SessionState::Claimed)
        answer.confirmationAttemptsLeft = SessionBook::kMaxCodeAttempts - s.codeAttempts;
    return toJson(answer);
}

QJsonObject RegistryService::phoneJson(const SessionRecord& s) const {
    return toJson(PhoneSessionStatus{QString::fromLatin1(s.sid.toHex()), s.state, s.version});
}

bool RegistryService::isCurrentCertificate(quint32 station,
                                           const QSslCertificate& certificate) const {
    // Read on every request, never cached: a re-provisioned station's old certificate is
    // refused at once by every registry process sharing the database.
    const auto pinned = m_store.pinnedCertificate(station);
    return !pinned ||
           *pinned == QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

Result<OfficerToken, ApiError> RegistryService::officerFor(quint32 station, const QString& token) {
    auto t = m_store.token(token);
    if (!t || t->stationId != station || t->expiresAtMs <= m_clock())
        return apiError(ErrorCode::Forbidden,
                        QStringLiteral("the officer is not signed in at this station"));
    return *t;
}

ApiAnswer RegistryService::createSession(quint32 station, const QByteArray& body) {
    auto req = protocol::decodeCreateSessionRequest(body);
    if (!req)
        return ApiAnswer::of(req.error());
    const protocol::CreateSessionRequest& r = req.value();
    if (r.stationId != station)
        return ApiAnswer::of(
            apiError(ErrorCode::Forbidden, QStringLiteral("station_id is not this station's")));
    auto officer = officerFor(station, r.officerToken);
    if (!officer)
        return ApiAnswer::of(officer.error());
    // The registry's own verdict, for this card, from this station and officer, used once.
    const auto verdict = m_verdicts.take(r.verificationId);
    if (!verdict || verdict->cid != r.cid || verdict->requestNumber != r.requestNumber ||
        verdict->stationId != station || verdict->officerCid != officer.value().officerCid)
        return ApiAnswer::of(apiError(ErrorCode::FingerprintNotVerified,
                                      QStringLiteral("the registry has not verified this "
                                                     "citizen's finger for this session")));
    const auto c = m_store.citizen(r.cid);
    if (!c || c->requestNumber != r.requestNumber || c->cardStatus != QLatin1String("latest"))
        return ApiAnswer::of(
            apiError(ErrorCode::CardNotLatest,
                     QStringLiteral("the card is not the citizen's latest valid card")));
    // A citizen with a bound phone gets a new one only when the officer has said so, for the
    // binding the registry showed.
    if (const auto active = m_store.activeBinding(r.cid);
        active && active->bindingId != r.replacesBinding)
        return ApiAnswer::of(apiError(ErrorCode::BindingExists,
                                      QStringLiteral("the citizen has ThaiD on another phone; "
                                                     "the officer must confirm its replacement")));
    auto created = m_book.create(r.cid, r.requestNumber, station, officer.value().officerCid,
                                 {verdict->method, verdict->finger, verdict->atMs,
                                  verdict->exceptionReason, verdict->supervisorCid},
                                 r.replacesBinding);
    return stored(created, 201);
}

Result<SessionRecord, ApiError> RegistryService::stationSession(quint32 station, QStringView sid) {
    const auto id = protocol::decodeSessionId(sid);
    if (!id)
        return notFound();
    auto s = m_book.get(*id);
    // Another station's session looks the same as none at all.
    if (!s || s.value().stationId != station)
        return notFound();
    return s;
}

ApiAnswer RegistryService::session(quint32 station, QStringView sid) {
    auto s = stationSession(station, sid);
    return stored(s);
}

std::optional<int> RegistryService::sessionVersion(quint32 station, QStringView sid) {
    auto s = stationSession(station, sid);
    if (!s)
        return std::nullopt;
    return s.value().version;
}

ApiAnswer RegistryService::qrFrame(quint32 station, QStringView sid) {
    auto found = stationSession(station, sid);
    if (!found)
        return ApiAnswer::of(found.error());
    const SessionRecord& s = found.value();
    if (s.state != SessionState::Created)
        return ApiAnswer::of(
            apiError(s.state == SessionState::Expired ? ErrorCode::Expired : ErrorCode::WrongState,
                     QStringLiteral("the session is %1").arg(sessionStateName(s.state))));
    // Frames follow a fixed 20-second grid from the session's start, so every kiosk request in
    // one slot gets the same frame and the registry keeps no frame state.
    const qint64 nowS = m_clock() / 1000;
    const qint64 startS = s.createdAtMs / 1000;
    const qint64 slot = (nowS - startS) / kFrameEverySeconds;
    protocol::QrFrame frame;
    frame.sid = s.sid;
    frame.stationId = s.stationId;
    frame.issuedAt = static_cast<quint32>(startS + slot * kFrameEverySeconds);
    frame.ttlSeconds = kFrameValidSeconds;
    const qint64 sessionEndS = s.expiresAtMs / 1000;
    const qint64 expiresS = std::min<qint64>(frame.issuedAt + kFrameValidSeconds, sessionEndS);
    frame.ttlSeconds = static_cast<quint16>(std::max<qint64>(expiresS - frame.issuedAt, 1));
    const QString text = protocol::signQrFrame(frame, m_signingKey);
    return {200, toJson(SessionQr{text, utcTime(frame.issuedAt * 1000LL),
                                  utcTime(frame.expiresAt() * 1000LL),
                                  utcTime((frame.issuedAt + kFrameEverySeconds) * 1000LL)})};
}

ApiAnswer RegistryService::confirm(quint32 station, QStringView sid, const QByteArray& body) {
    auto s = stationSession(station, sid);
    if (!s)
        return ApiAnswer::of(s.error());
    auto req = protocol::decodeConfirmationRequest(body);
    if (!req)
        return ApiAnswer::of(req.error());
    return stored(m_book.confirm(s.value().sid, req.value().code));
}

ApiAnswer RegistryService::status(quint32 station) const {
    return {200,
            toJson(KioskStatus{station, utcTime(m_clock()), m_store.auditHead(station).first})};
}

ApiAnswer RegistryService::cancel(quint32 station, QStringView sid, const QByteArray& body) {
    auto s = stationSession(station, sid);
    if (!s)
        return ApiAnswer::of(s.error());
    auto req = protocol::decodeCancelRequest(body);
    if (!req)
        return ApiAnswer::of(req.error());
    return stored(m_book.cancel(s.value().sid, protocol::cancelReasonName(req.value().reason)));
}

ApiAnswer RegistryService::claim(const QByteArray& body) {
    auto req = protocol::decodeClaimRequest(body);
    if (!req)
        return ApiAnswer::of(req.error());
    const protocol::ClaimRequest& r = req.value();
    const auto frame =
        protocol::verifyQrFrame(r.qrText, {m_signingKey}, static_cast<quint32>(m_clock() / 1000));
    if (!frame) {
        qCInfo(lcRegistry).noquote() << "claim refused:" << protocol::qrFrameErrorId(frame.error());
        return ApiAnswer::of(
            apiError(protocol::qrFrameErrorCode(frame.error()),
                     QStringLiteral("the QR code is not a valid, current registry code")));
    }
    // The frame must name the station that opened the session.
    if (const auto opened = m_book.find(frame.value().sid);
        opened && opened->stationId != frame.value().stationId) {
        qCInfo(lcRegistry) << "claim refused: the frame names another station";
        return ApiAnswer::of(apiError(ErrorCode::QrWrongStation,
                                      QStringLiteral("the QR code names another station")));
    }
    if (!protocol::DeviceKey::isP256PublicKey(r.devicePublicKey))
        return ApiAnswer::of(apiError(ErrorCode::InvalidField,
                                      QStringLiteral("device_public_key is not a P-256 key")));
    if (const auto refused = refusedDevice(r.devicePublicKey))
        return ApiAnswer::of(*refused);
    // One key, one citizen: a key already bound, or holding another citizen's claim, would make
    // a second completion fail after the phone was told everything was fine.
    const auto opened = m_book.find(frame.value().sid);
    if (m_store.bindingForDevice(r.devicePublicKey) ||
        (opened && m_store.deviceHoldsLiveClaim(r.devicePublicKey, opened->cid, m_clock())))
        return ApiAnswer::of(apiError(ErrorCode::DeviceKeyInUse,
                                      QStringLiteral("this device key is already in use")));
    auto claimed = m_book.claim(frame.value().sid, r.typedCid, r.termsVersion, r.devicePublicKey);
    ApiAnswer answer = stored(claimed);
    if (!claimed)
        return answer;
    const SessionRecord& s = claimed.value();
    return {200, toJson(ClaimResult{QString::fromLatin1(s.sid.toHex()), s.serverNonce, s.state})};
}

Result<SessionRecord, ApiError> RegistryService::provenSession(QStringView sid,
                                                               const DeviceProof& proof) {
    const auto id = protocol::decodeSessionId(sid);
    if (!id)
        return notFound();
    auto s = m_book.get(*id);
    if (!s)
        return s;
    if (s.value().devicePublicKey.isEmpty() ||
        !protocol::DeviceKey::verify(s.value().devicePublicKey, proof.signedMessage,
                                     proof.signature))
        return apiError(ErrorCode::Forbidden, QStringLiteral("not signed by the claiming device"));
    if (const auto refused = refusedDevice(s.value().devicePublicKey))
        return *refused;
    return s;
}

ApiAnswer RegistryService::phoneStatus(QStringView sid, const DeviceProof& proof) {
    auto s = provenSession(sid, proof);
    if (!s)
        return ApiAnswer::of(s.error());
    return {200, phoneJson(s.value())};
}

std::optional<int> RegistryService::phoneSessionVersion(QStringView sid) {
    const auto id = protocol::decodeSessionId(sid);
    if (!id)
        return std::nullopt;
    auto s = m_book.get(*id);
    if (!s)
        return std::nullopt;
    return s.value().version;
}

ApiAnswer RegistryService::bind(QStringView sid, const DeviceProof& proof, const QByteArray& body) {
    auto s = provenSession(sid, proof);
    if (!s)
        return ApiAnswer::of(s.error());
    auto req = protocol::decodeBindRequest(body);
    if (!req)
        return ApiAnswer::of(req.error());
    if (const auto refused = refusedDevice(req.value().devicePublicKey))
        return ApiAnswer::of(*refused);
    auto bound = m_book.bind(s.value().sid, req.value().devicePublicKey);
    ApiAnswer answer = stored(bound);
    return bound ? ApiAnswer{200, phoneJson(bound.value())} : answer;
}

ApiAnswer RegistryService::complete(QStringView sid, const DeviceProof& proof,
                                    const QByteArray& body) {
    auto s = provenSession(sid, proof);
    if (!s)
        return ApiAnswer::of(s.error());
    auto req = protocol::decodeCompleteRequest(body);
    if (!req)
        return ApiAnswer::of(req.error());
    const BindingEntry binding = bindingFor(s.value());
    auto done = m_book.complete(s.value().sid, binding);
    ApiAnswer answer = stored(done);
    if (!done)
        return answer;
    logBinding(binding, s.value().replacesBinding);
    return {200, phoneJson(done.value())};
}

}  // namespace thaid::registry
