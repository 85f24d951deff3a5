// The registry's decisions about people (docs/protocol.md): officers signed in and out, the card
// check, and the citizen's finger matched by the registry itself.
#include "registry/base/registry_logging.h"
#include "registry/base/registry_support.h"
#include "registry/registration/registry_service.h"

namespace thaid::registry {

void RegistryService::officerSignIn(quint32 station, const QByteArray& body, Reply reply) {
    auto req = protocol::decodeOfficerSignInRequest(body);
    if (!req)
        return reply(ApiAnswer::of(req.error()));
    OfficerSignInRequest r = std::move(req).value();
    if (r.stationId != station)
        return reply(ApiAnswer::of(
            apiError(ErrorCode::Forbidden, QStringLiteral("station_id is not this station's"))));
    const auto officer = m_store.officer(r.officerCid);
    // The card's printed data alone says nothing: the finger decides, and an officer without a
    // print on record cannot sign in.
    if (!officer || officer->requestNumber != r.cardRequestNumber ||
        officer->referencePrint.isEmpty())
        return reply(ApiAnswer::of(
            apiError(ErrorCode::Forbidden, QStringLiteral("not a registered officer card"))));
    matchOfficerFinger(*officer, r.fingerprint.sample, station, std::move(reply),
                       [this, station, officer = *officer](const Reply& answer) {
                           // One station at a time: signing in here ends the officer's token
                           // everywhere else.
                           const OfficerToken token{QString::fromLatin1(randomBytes(24).toHex()),
                                                    officer.cid, station,
                                                    m_clock() + kOfficerTokenMs};
                           if (!m_store.dropOfficerTokens(officer.cid) || !m_store.putToken(token))
                               return answer(ApiAnswer::of(apiError(
                                   ErrorCode::InternalError, QStringLiteral("storage failed"))));
                           qCInfo(lcRegistry) << "officer signed in at station" << station;
                           answer({200, toJson(OfficerSession{token.token, officer.displayName,
                                                              utcTime(token.expiresAtMs)})});
                       });
    r.fingerprint.sample.wipe();
}

QString RegistryService::officerFailureKey(const QString& officerCid, quint32 station) const {
    // Failed fingers (a sign-in or a supervisor's sign-off) count against the officer only from
    // the station where the officer is signed in. From anywhere else they count against the
    // officer at that station: printed card data used at another counter locks out that
    // counter, never the officer everywhere.
    if (m_store.officerSignedInAt(officerCid, station, m_clock()))
        return QStringLiteral("officer:") + officerCid;
    return QStringLiteral("officer:%1@%2").arg(officerCid).arg(station);
}

void RegistryService::matchOfficerFinger(const OfficerEntry& officer,
                                         const protocol::FingerImage& sample, quint32 station,
                                         Reply reply, std::function<void(const Reply&)> onMatch) {
    const QString who = officerFailureKey(officer.cid, station);
    if (m_verdicts.failuresLeft(who) == 0)
        return reply(
            ApiAnswer::of(apiError(ErrorCode::TooManyAttempts,
                                   QStringLiteral("too many failed fingers; try again later"))));
    const qint64 started = m_clock();
    m_matcher.match(
        officer.referencePrint, sample,
        [this, station, who, started, reply = std::move(reply),
         onMatch = std::move(onMatch)](const Result<SampleMatcher::Verdict, QString>& verdict) {
            if (!verdict)
                return reply(ApiAnswer::of(
                    apiError(ErrorCode::InternalError, QStringLiteral("the matcher failed"))));
            qCInfo(lcRegistry).noquote()
                << "officer finger at station" << station << verdictName(verdict.value()) << "in"
                << m_clock() - started << "ms";
            if (verdict.value() == SampleMatcher::Verdict::Unusable)
                return reply(ApiAnswer::of(
                    apiError(ErrorCode::SampleUnusable,
                             QStringLiteral("the scan shows too little of the finger"),
                             m_verdicts.failuresLeft(who))));
            if (verdict.value() == SampleMatcher::Verdict::NoMatch) {
                m_verdicts.failed(who);
                return reply(ApiAnswer::of(apiError(ErrorCode::FingerprintNotVerified,
                                                    QStringLiteral("the finger did not match"),
                                                    m_verdicts.failuresLeft(who))));
            }
            m_verdicts.matched(who);
            onMatch(reply);
        });
}

ApiAnswer RegistryService::officerSignOut(quint32 station, const QByteArray& body) {
    auto req = protocol::decodeOfficerSignOutRequest(body);
    if (!req)
        return ApiAnswer::of(req.error());
    auto officer = officerFor(station, req.value().officerToken);
    if (!officer)
        return ApiAnswer::of(officer.error());
    if (!m_store.dropToken(req.value().officerToken))
        return ApiAnswer::of(apiError(ErrorCode::InternalError, QStringLiteral("storage failed")));
    qCInfo(lcRegistry) << "officer signed out at station" << station;
    return {200, toJson(SignOutResult{true})};
}

ApiAnswer RegistryService::checkCard(quint32 station, const QByteArray& body) {
    auto req = protocol::decodeCardCheckRequest(body);
    if (!req)
        return ApiAnswer::of(req.error());
    auto officer = officerFor(station, req.value().officerToken);
    if (!officer)
        return ApiAnswer::of(officer.error());
    // Both lookups always run: an ID on record and one that is not take the same work, and
    // without the card's request number they answer the same "unknown".
    const auto c = m_store.citizen(req.value().cid);
    const bool superseded = m_store.isSupersededCard(req.value().cid, req.value().requestNumber);
    CardCheckResult answer;
    if (c && c->requestNumber == req.value().requestNumber)
        answer.status = protocol::cardStatusFromName(c->cardStatus).value_or(CardStatus::Unknown);
    else if (superseded)
        answer.status = CardStatus::Superseded;
    // Only a card that may register learns about the citizen's phone.
    if (answer.status == CardStatus::Latest)
        answer.binding = boundPhone(station, req.value().cid);
    return {200, toJson(answer)};
}

void RegistryService::verifyFinger(quint32 station, const QByteArray& body, Reply reply) {
    auto req = protocol::decodeVerificationRequest(body);
    if (!req)
        return reply(ApiAnswer::of(req.error()));
    VerificationRequest r = std::move(req).value();
    auto officer = officerFor(station, r.officerToken);
    if (!officer)
        return reply(ApiAnswer::of(officer.error()));
    const auto c = m_store.citizen(r.cid);
    const bool rightCard = c && c->requestNumber == r.requestNumber;
    // Only a finger offered with the citizen's own card counts against the citizen: printed data
    // with a made-up request number must not lock a citizen out. Anything else counts against
    // the card as presented, and is matched against a decoy.
    const QString who = rightCard ? QStringLiteral("citizen:") + r.cid
                                  : QStringLiteral("card:%1/%2").arg(r.cid, r.requestNumber);
    if (m_verdicts.failuresLeft(who) == 0)
        return reply(
            ApiAnswer::of(apiError(ErrorCode::TooManyAttempts,
                                   QStringLiteral("too many failed fingers; try again later"))));
    const QByteArray held =
        rightCard ? m_store.citizenPrint(*c, r.fingerprint.finger) : QByteArray();
    const bool onRecord = !held.isEmpty();
    // An ID not on record, or a finger the registry holds no print of, is matched against
    // someone's print and refused whatever it says, so it costs the same time and gives the same
    // answer as a finger that does not match.
    const QByteArray reference = onRecord ? held : m_store.decoyPrint();
    if (reference.isEmpty())
        return reply({200, toJson(VerificationResult{false, {}, m_verdicts.failuresLeft(who)})});
    const qint64 started = m_clock();
    FingerVerdict pending;
    pending.cid = r.cid;
    pending.requestNumber = r.requestNumber;
    pending.officerCid = officer.value().officerCid;
    pending.finger = r.fingerprint.finger;
    pending.stationId = station;
    m_matcher.match(
        reference, r.fingerprint.sample,
        [this, onRecord, who, started, pending = std::move(pending),
         reply = std::move(reply)](const Result<SampleMatcher::Verdict, QString>& verdict) {
            if (!verdict)
                return reply(ApiAnswer::of(
                    apiError(ErrorCode::InternalError, QStringLiteral("the matcher failed"))));
            qCInfo(lcRegistry).noquote()
                << "citizen finger at station" << pending.stationId << verdictName(verdict.value())
                << "in" << m_clock() - started << "ms";
            if (verdict.value() == SampleMatcher::Verdict::Unusable)
                return reply(ApiAnswer::of(
                    apiError(ErrorCode::SampleUnusable,
                             QStringLiteral("the scan shows too little of the finger"),
                             m_verdicts.failuresLeft(who))));
            if (verdict.value() != SampleMatcher::Verdict::Match || !onRecord) {
                m_verdicts.failed(who);
                return reply(
                    {200, toJson(VerificationResult{false, {}, m_verdicts.failuresLeft(who)})});
            }
            m_verdicts.matched(who);
            const QString id = m_verdicts.record(pending);
            reply({200, toJson(VerificationResult{true, id, m_verdicts.failuresLeft(who)})});
        });
    r.fingerprint.sample.wipe();
}

}  // namespace thaid::registry
