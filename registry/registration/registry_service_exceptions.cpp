// A supervisor's exception (issue 14): another officer with the supervisor role signs off, with
// their own card and finger, for a citizen whose fingers cannot be verified; the registry keeps a
// daily limit per station and grants a one-use verification of lower assurance.
#include "registry/base/registry_logging.h"
#include "registry/base/registry_support.h"
#include "registry/registration/registry_service.h"

namespace thaid::registry {

void RegistryService::grantException(quint32 station, const QByteArray& body, Reply reply) {
    auto req = protocol::decodeExceptionRequest(body);
    if (!req)
        return reply(ApiAnswer::of(req.error()));
    ExceptionRequest r = std::move(req).value();
    if (r.stationId != station)
        return reply(ApiAnswer::of(
            apiError(ErrorCode::Forbidden, QStringLiteral("station_id is not this station's"))));
    auto officer = officerFor(station, r.officerToken);
    if (!officer)
        return reply(ApiAnswer::of(officer.error()));
    // A second person with the role, never the officer serving the citizen.
    const auto supervisor = m_store.officer(r.supervisorCid);
    if (r.supervisorCid == officer.value().officerCid || !supervisor ||
        supervisor->role != QLatin1String("supervisor") ||
        supervisor->requestNumber != r.supervisorCardRequestNumber ||
        supervisor->referencePrint.isEmpty())
        return reply(ApiAnswer::of(
            apiError(ErrorCode::NotASupervisor, QStringLiteral("the sign-off needs another officer "
                                                               "with the supervisor role"))));
    const auto c = m_store.citizen(r.cid);
    if (!c || c->requestNumber != r.requestNumber || c->cardStatus != QLatin1String("latest"))
        return reply(ApiAnswer::of(
            apiError(ErrorCode::CardNotLatest,
                     QStringLiteral("the card is not the citizen's latest valid card"))));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock());
    const qint64 dayStartMs = QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch();
    // The slot is taken before the finger is matched, so that grants racing on this process or
    // another never pass the limit between them; a failed finger gives it back.
    const ExceptionSlot slot = m_store.reserveException(
        {station, r.cid, officer.value().officerCid, r.supervisorCid, r.reason, m_clock()},
        dayStartMs, m_exceptionsPerDay);
    if (slot.outcome == ExceptionSlot::Outcome::LimitReached)
        return reply(ApiAnswer::of(
            apiError(ErrorCode::ExceptionLimitReached,
                     QStringLiteral("this station has used its %1 exceptions for today")
                         .arg(m_exceptionsPerDay))));
    if (slot.outcome == ExceptionSlot::Outcome::Failed)
        return reply(
            ApiAnswer::of(apiError(ErrorCode::InternalError, QStringLiteral("storage failed"))));
    FingerVerdict pending;
    pending.cid = r.cid;
    pending.requestNumber = r.requestNumber;
    pending.officerCid = officer.value().officerCid;
    pending.stationId = station;
    pending.method = QStringLiteral("supervisor_exception");
    pending.exceptionReason = r.reason;
    pending.supervisorCid = r.supervisorCid;
    Reply giveBack = [this, id = slot.id, reply](const ApiAnswer& refused) {
        m_store.releaseException(id);
        reply(refused);
    };
    matchOfficerFinger(*supervisor, r.supervisorFingerprint.sample, station, std::move(giveBack),
                       [this, reply = std::move(reply),
                        left = std::max(0, m_exceptionsPerDay - slot.usedBefore - 1),
                        pending = std::move(pending)](const Reply&) {
                           qCInfo(lcRegistry).noquote()
                               << "supervisor exception at station" << pending.stationId << "reason"
                               << pending.exceptionReason;
                           reply({200, toJson(ExceptionGrant{m_verdicts.record(pending), left})});
                       });
    r.supervisorFingerprint.sample.wipe();
}

}  // namespace thaid::registry
