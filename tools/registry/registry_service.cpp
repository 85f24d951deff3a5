#include "registry/registry_service.h"

#include "protocol/audit_chain.h"
#include "protocol/device_key.h"
#include "protocol/qr_frame.h"
#include "registry/registry_logging.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <openssl/rand.h>

namespace thaid::registry {

namespace {

QByteArray randomBytes(int n) {
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), n) != 1)
        qFatal("OpenSSL RAND_bytes failed");
    return out;
}

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

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
    return apiError("not_found", QStringLiteral("no such session"));
}

}  // namespace

RegistryService::RegistryService(RegistryStore& store, SampleMatcher& matcher,
                                 protocol::Ed25519Key signingKey, Clock clockMs, QObject* parent)
    : QObject(parent),
      m_store(store),
      m_matcher(matcher),
      m_signingKey(std::move(signingKey)),
      m_clock(std::move(clockMs)),
      m_book(m_clock, randomBytes),
      m_verdicts(m_clock, randomBytes) {
    // Expiry must reach long-polling kiosks even when nobody touches the session.
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &RegistryService::expireDue);
    m_expiry.start();
}

void RegistryService::expireDue() {
    m_book.expireDue();
    flush();
}

void RegistryService::flush() {
    const QList<Transition> transitions = m_book.takeTransitions();
    QList<QByteArray> changed;
    for (const Transition& t : transitions) {
        if (!m_store.appendTransition(t))
            qCWarning(lcRegistry) << "could not store a transition";
        qCInfo(lcRegistry).noquote()
            << "session" << t.sid.toHex().left(8) << sessionStateName(t.from) << "->"
            << sessionStateName(t.to) << t.reason;
        if (!changed.contains(t.sid))
            changed.append(t.sid);
    }
    for (const QByteArray& sid : changed) {
        const SessionRecord* s = m_book.find(sid);
        if (s && !m_store.saveSession(*s))
            qCWarning(lcRegistry) << "could not store a session";
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
    QJsonObject o{{QStringLiteral("sid"), QString::fromLatin1(s.sid.toHex())},
                  {QStringLiteral("state"), sessionStateName(s.state)},
                  {QStringLiteral("version"), s.version},
                  {QStringLiteral("expires_at"), isoTime(s.expiresAtMs)}};
    const QString step = phoneStep(s.state);
    if (!step.isEmpty())
        o.insert(QStringLiteral("phone_step"), step);
    if (s.state == SessionState::Claimed)
        o.insert(QStringLiteral("confirmation_attempts_left"),
                 SessionBook::kMaxCodeAttempts - s.codeAttempts);
    return o;
}

QJsonObject RegistryService::phoneJson(const SessionRecord& s) const {
    return {{QStringLiteral("sid"), QString::fromLatin1(s.sid.toHex())},
            {QStringLiteral("state"), sessionStateName(s.state)},
            {QStringLiteral("version"), s.version}};
}

Result<OfficerToken, ApiError> RegistryService::officerFor(quint32 station, const QString& token) {
    auto t = m_store.token(token);
    if (!t || t->stationId != station || t->expiresAtMs <= m_clock())
        return apiError("forbidden",
                        QStringLiteral("the officer is not signed in at this station"));
    return *t;
}

void RegistryService::officerSignIn(quint32 station, const QByteArray& body, Reply reply) {
    auto req = parseOfficerSignIn(body);
    if (!req)
        return reply(ApiAnswer::of(req.error()));
    OfficerSignInRequest r = std::move(req).value();
    if (r.stationId != station)
        return reply(ApiAnswer::of(
            apiError("forbidden", QStringLiteral("station_id is not this station's"))));
    const auto officer = m_store.officer(r.officerCid);
    // The card's printed data alone says nothing: the finger decides, and an officer without a
    // print on record cannot sign in.
    if (!officer || officer->requestNumber != r.cardRequestNumber ||
        officer->referencePrint.isEmpty())
        return reply(
            ApiAnswer::of(apiError("forbidden", QStringLiteral("not a registered officer card"))));
    const QString who = QStringLiteral("officer:") + r.officerCid;
    if (m_verdicts.failuresLeft(who) == 0)
        return reply(ApiAnswer::of(apiError(
            "too_many_attempts", QStringLiteral("too many failed fingers; try again later"))));
    const qint64 started = m_clock();
    m_matcher.match(
        officer->referencePrint, r.fingerprint.sample,
        [this, station, officer = *officer, who, started,
         reply = std::move(reply)](const Result<SampleMatcher::Verdict, QString>& verdict) {
            if (!verdict)
                return reply(ApiAnswer::of(
                    apiError("internal_error", QStringLiteral("the matcher failed"))));
            qCInfo(lcRegistry).noquote()
                << "officer finger at station" << station << verdictName(verdict.value()) << "in"
                << m_clock() - started << "ms";
            if (verdict.value() == SampleMatcher::Verdict::Unusable)
                return reply(ApiAnswer::of(apiError(
                    "sample_unusable", QStringLiteral("the scan shows too little of the finger"),
                    m_verdicts.failuresLeft(who))));
            if (verdict.value() == SampleMatcher::Verdict::NoMatch) {
                m_verdicts.failed(who);
                return reply(ApiAnswer::of(apiError("fingerprint_not_verified",
                                                    QStringLiteral("the finger did not match"),
                                                    m_verdicts.failuresLeft(who))));
            }
            m_verdicts.matched(who);
            // One station at a time: signing in here ends the officer's token everywhere else.
            const OfficerToken token{QString::fromLatin1(randomBytes(24).toHex()), officer.cid,
                                     station, m_clock() + kOfficerTokenMs};
            if (!m_store.dropOfficerTokens(officer.cid) || !m_store.putToken(token))
                return reply(
                    ApiAnswer::of(apiError("internal_error", QStringLiteral("storage failed"))));
            qCInfo(lcRegistry) << "officer signed in at station" << station;
            reply({200,
                   {{QStringLiteral("officer_token"), token.token},
                    {QStringLiteral("display_name"), officer.displayName},
                    {QStringLiteral("expires_at"), isoTime(token.expiresAtMs)}}});
        });
    r.fingerprint.sample.wipe();
}

ApiAnswer RegistryService::officerSignOut(quint32 station, const QByteArray& body) {
    auto req = parseOfficerSignOut(body);
    if (!req)
        return ApiAnswer::of(req.error());
    auto officer = officerFor(station, req.value().officerToken);
    if (!officer)
        return ApiAnswer::of(officer.error());
    if (!m_store.dropToken(req.value().officerToken))
        return ApiAnswer::of(apiError("internal_error", QStringLiteral("storage failed")));
    qCInfo(lcRegistry) << "officer signed out at station" << station;
    return {200, {{QStringLiteral("signed_out"), true}}};
}

ApiAnswer RegistryService::checkCard(quint32 station, const QByteArray& body) {
    auto req = parseCardCheck(body);
    if (!req)
        return ApiAnswer::of(req.error());
    auto officer = officerFor(station, req.value().officerToken);
    if (!officer)
        return ApiAnswer::of(officer.error());
    // Both lookups always run: an ID on record and one that is not take the same work, and
    // without the card's request number they answer the same "unknown".
    const auto c = m_store.citizen(req.value().cid);
    const bool superseded = m_store.isSupersededCard(req.value().cid, req.value().requestNumber);
    QString status = QStringLiteral("unknown");
    if (c && c->requestNumber == req.value().requestNumber)
        status = c->cardStatus;
    else if (superseded)
        status = QStringLiteral("superseded");
    return {200, {{QStringLiteral("status"), status}}};
}

void RegistryService::verifyFinger(quint32 station, const QByteArray& body, Reply reply) {
    auto req = parseVerification(body);
    if (!req)
        return reply(ApiAnswer::of(req.error()));
    VerificationRequest r = std::move(req).value();
    auto officer = officerFor(station, r.officerToken);
    if (!officer)
        return reply(ApiAnswer::of(officer.error()));
    const QString who = QStringLiteral("citizen:") + r.cid;
    if (m_verdicts.failuresLeft(who) == 0)
        return reply(ApiAnswer::of(apiError(
            "too_many_attempts", QStringLiteral("too many failed fingers; try again later"))));
    const auto c = m_store.citizen(r.cid);
    const bool onRecord =
        c && c->requestNumber == r.requestNumber && c->finger == r.fingerprint.finger;
    // An ID not on record is matched against someone's print and refused whatever it says, so
    // it costs the same time and gives the same answer as a finger that does not match.
    const QByteArray reference = onRecord ? c->referencePrint : m_store.decoyPrint();
    if (reference.isEmpty())
        return reply({200,
                      {{QStringLiteral("matched"), false},
                       {QStringLiteral("attempts_left"), m_verdicts.failuresLeft(who)}}});
    const qint64 started = m_clock();
    FingerVerdict pending{
        r.cid, r.requestNumber, officer.value().officerCid, r.fingerprint.finger, station, 0};
    m_matcher.match(
        reference, r.fingerprint.sample,
        [this, onRecord, who, started, pending = std::move(pending),
         reply = std::move(reply)](const Result<SampleMatcher::Verdict, QString>& verdict) {
            if (!verdict)
                return reply(ApiAnswer::of(
                    apiError("internal_error", QStringLiteral("the matcher failed"))));
            qCInfo(lcRegistry).noquote()
                << "citizen finger at station" << pending.stationId << verdictName(verdict.value())
                << "in" << m_clock() - started << "ms";
            if (verdict.value() == SampleMatcher::Verdict::Unusable)
                return reply(ApiAnswer::of(apiError(
                    "sample_unusable", QStringLiteral("the scan shows too little of the finger"),
                    m_verdicts.failuresLeft(who))));
            if (verdict.value() != SampleMatcher::Verdict::Match || !onRecord) {
                m_verdicts.failed(who);
                return reply({200,
                              {{QStringLiteral("matched"), false},
                               {QStringLiteral("attempts_left"), m_verdicts.failuresLeft(who)}}});
            }
            m_verdicts.matched(who);
            reply({200,
                   {{QStringLiteral("matched"), true},
                    {QStringLiteral("verification_id"), m_verdicts.record(pending)},
                    {QStringLiteral("attempts_left"), m_verdicts.failuresLeft(who)}}});
        });
    r.fingerprint.sample.wipe();
}

ApiAnswer RegistryService::createSession(quint32 station, const QByteArray& body) {
    auto req = parseCreateSession(body);
    if (!req)
        return ApiAnswer::of(req.error());
    const CreateSessionRequest& r = req.value();
    if (r.stationId != station)
        return ApiAnswer::of(
            apiError("forbidden", QStringLiteral("station_id is not this station's")));
    auto officer = officerFor(station, r.officerToken);
    if (!officer)
        return ApiAnswer::of(officer.error());
    // The registry's own verdict, for this card, from this station and officer, used once.
    const auto verdict = m_verdicts.take(r.verificationId);
    if (!verdict || verdict->cid != r.cid || verdict->requestNumber != r.requestNumber ||
        verdict->stationId != station || verdict->officerCid != officer.value().officerCid)
        return ApiAnswer::of(apiError("fingerprint_not_verified",
                                      QStringLiteral("the registry has not verified this "
                                                     "citizen's finger for this session")));
    const auto c = m_store.citizen(r.cid);
    if (!c || c->requestNumber != r.requestNumber || c->cardStatus != QLatin1String("latest"))
        return ApiAnswer::of(apiError(
            "card_not_latest", QStringLiteral("the card is not the citizen's latest valid card")));
    auto created =
        m_book.create(r.cid, r.requestNumber, station, officer.value().officerCid,
                      {QStringLiteral("registry_fingerprint"), verdict->finger, verdict->atMs});
    return stored(created, 201);
}

Result<SessionRecord, ApiError> RegistryService::stationSession(quint32 station, QStringView sid) {
    const auto id = parseSessionId(sid);
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
            apiError(s.state == SessionState::Expired ? "expired" : "wrong_state",
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
    return {200,
            {{QStringLiteral("text"), text},
             {QStringLiteral("issued_at"), isoTime(frame.issuedAt * 1000LL)},
             {QStringLiteral("expires_at"), isoTime(frame.expiresAt() * 1000LL)},
             {QStringLiteral("next_at"), isoTime((frame.issuedAt + kFrameEverySeconds) * 1000LL)}}};
}

ApiAnswer RegistryService::confirm(quint32 station, QStringView sid, const QByteArray& body) {
    auto s = stationSession(station, sid);
    if (!s)
        return ApiAnswer::of(s.error());
    auto req = parseConfirmation(body);
    if (!req)
        return ApiAnswer::of(req.error());
    return stored(m_book.confirm(s.value().sid, req.value().code));
}

ApiAnswer RegistryService::status(quint32 station) const {
    return {200,
            {{QStringLiteral("station_id"), static_cast<qint64>(station)},
             {QStringLiteral("time"), isoTime(m_clock())}}};
}

ApiAnswer RegistryService::cancel(quint32 station, QStringView sid, const QByteArray& body) {
    auto s = stationSession(station, sid);
    if (!s)
        return ApiAnswer::of(s.error());
    auto req = parseCancel(body);
    if (!req)
        return ApiAnswer::of(req.error());
    return stored(m_book.cancel(s.value().sid, req.value().reason));
}

ApiAnswer RegistryService::auditBatch(quint32 station, const QByteArray& body,
                                      const QByteArray& stationCertificateDer) {
    auto req = parseAuditBatch(body);
    if (!req)
        return ApiAnswer::of(req.error());
    if (req.value().stationId != station)
        return ApiAnswer::of(
            apiError("forbidden", QStringLiteral("station_id is not this station's")));
    auto [seq, hash] = m_store.auditHead(station);
    QList<AuditRow> fresh;
    for (const AuditRow& r : req.value().rows) {
        if (r.seq <= seq) {
            // Sent again: it must be the very row already held, or the trail was rewritten.
            if (m_store.auditHash(station, r.seq) != r.hash) {
                qCWarning(lcRegistry) << "audit: station" << station << "re-sent row" << r.seq
                                      << "with other content";
                return ApiAnswer::of(apiError(
                    "audit_conflict",
                    QStringLiteral("row %1 differs from the row already acknowledged").arg(r.seq)));
            }
            continue;
        }
        if (r.seq != seq + 1)
            break;  // a gap: what follows is sent again after the missing rows
        const QString problem =
            r.prevHash != hash ? QStringLiteral("does not follow row %1").arg(seq)
            : protocol::auditRowHash(r.prevHash, r.seq, r.at, r.kind, r.citizenHmac, r.detail) !=
                    r.hash
                ? QStringLiteral("does not match its hash")
            : !protocol::verifyWithCertificate(stationCertificateDer,
                                               protocol::auditCheckpointMessage(r.seq, r.hash),
                                               r.signature)
                ? QStringLiteral("is not signed by this station's key")
                : QString();
        if (!problem.isEmpty()) {
            qCWarning(lcRegistry).noquote()
                << "audit: station" << station << "row" << r.seq << problem;
            return ApiAnswer::of(
                apiError("audit_rejected", QStringLiteral("row %1 %2").arg(r.seq).arg(problem)));
        }
        fresh.append(r);
        seq = r.seq;
        hash = r.hash;
    }
    if (!fresh.isEmpty() && !m_store.appendAuditRows(station, fresh))
        return ApiAnswer::of(apiError("internal_error", QStringLiteral("storage failed")));
    return {200,
            {{QStringLiteral("acknowledged_seq"), seq},
             {QStringLiteral("acknowledged_hash"), seq > 0 ? hash : QString()}}};
}

ApiAnswer RegistryService::claim(const QByteArray& body) {
    auto req = parseClaim(body);
    if (!req)
        return ApiAnswer::of(req.error());
    const ClaimRequest& r = req.value();
    const auto frame =
        protocol::verifyQrFrame(r.qrText, {m_signingKey}, static_cast<quint32>(m_clock() / 1000));
    if (!frame) {
        qCInfo(lcRegistry).noquote() << "claim refused:" << protocol::qrFrameErrorId(frame.error());
        return ApiAnswer::of(
            ApiError{protocol::qrFrameErrorId(frame.error()),
                     QStringLiteral("the QR code is not a valid, current registry code")});
    }
    // The frame must name the station that opened the session.
    if (const SessionRecord* opened = m_book.find(frame.value().sid);
        opened && opened->stationId != frame.value().stationId) {
        qCInfo(lcRegistry) << "claim refused: the frame names another station";
        return ApiAnswer::of(ApiError{protocol::qrFrameErrorId(protocol::QrFrameError::BadStation),
                                      QStringLiteral("the QR code names another station")});
    }
    if (!protocol::DeviceKey::isP256PublicKey(r.devicePublicKey))
        return ApiAnswer::of(
            apiError("invalid_field", QStringLiteral("device_public_key is not a P-256 key")));
    auto claimed = m_book.claim(frame.value().sid, r.typedCid, r.termsVersion, r.devicePublicKey);
    ApiAnswer answer = stored(claimed);
    if (!claimed)
        return answer;
    const SessionRecord& s = claimed.value();
    return {200,
            {{QStringLiteral("sid"), QString::fromLatin1(s.sid.toHex())},
             {QStringLiteral("server_nonce"), QString::fromLatin1(s.serverNonce.toBase64())},
             {QStringLiteral("state"), sessionStateName(s.state)}}};
}

Result<SessionRecord, ApiError> RegistryService::provenSession(QStringView sid,
                                                               const DeviceProof& proof) {
    const auto id = parseSessionId(sid);
    if (!id)
        return notFound();
    auto s = m_book.get(*id);
    if (!s)
        return s;
    if (s.value().devicePublicKey.isEmpty() ||
        !protocol::DeviceKey::verify(s.value().devicePublicKey, proof.signedMessage,
                                     proof.signature))
        return apiError("forbidden", QStringLiteral("not signed by the claiming device"));
    return s;
}

ApiAnswer RegistryService::phoneStatus(QStringView sid, const DeviceProof& proof) {
    auto s = provenSession(sid, proof);
    if (!s)
        return ApiAnswer::of(s.error());
    return {200, phoneJson(s.value())};
}

std::optional<int> RegistryService::phoneSessionVersion(QStringView sid) {
    const auto id = parseSessionId(sid);
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
    auto req = parseBind(body);
    if (!req)
        return ApiAnswer::of(req.error());
    auto bound = m_book.bind(s.value().sid, req.value().devicePublicKey);
    ApiAnswer answer = stored(bound);
    return bound ? ApiAnswer{200, phoneJson(bound.value())} : answer;
}

ApiAnswer RegistryService::complete(QStringView sid, const DeviceProof& proof,
                                    const QByteArray& body) {
    auto s = provenSession(sid, proof);
    if (!s)
        return ApiAnswer::of(s.error());
    auto req = parseComplete(body);
    if (!req)
        return ApiAnswer::of(req.error());
    auto done = m_book.complete(s.value().sid);
    ApiAnswer answer = stored(done);
    return done ? ApiAnswer{200, phoneJson(done.value())} : answer;
}

}  // namespace thaid::registry
