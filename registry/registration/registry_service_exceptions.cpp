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
    const int used = m_store.exceptionCount(station, dayStartMs);
    if (used >= m_exceptionsPerDay)
        return reply(ApiAnswer::of(
            apiError(ErrorCode::ExceptionLimitReached,
                     QStringLiteral("this station has used its %1 exceptions for today")
                         .arg(m_exceptionsPerDay))));
    FingerVerdict pending;
    pending.cid = r.cid;
    pending.requestNumber = r.requestNumber;
    pending.officerCid = officer.value().officerCid;
    pending.stationId = station;
    pending.method = QStringLiteral("supervisor_exception");
    pending.exceptionReason = r.reason;
    pending.supervisorCid = r.supervisorCid;
    matchOfficerFinger(
        *supervisor, r.supervisorFingerprint.sample, station, std::move(reply),
        [this, used, pending = std::move(pending)](const Reply& answer) {
            if (!m_store.putException({pending.stationId, pending.cid, pending.officerCid,
                                       pending.supervisorCid, pending.exceptionReason, m_clock()}))
                return answer(ApiAnswer::of(
                    apiError(ErrorCode::InternalError, QStringLiteral("storage failed"))));
            qCInfo(lcRegistry).noquote() << "supervisor exception at station" << pending.stationId
                                         << "reason" << pending.exceptionReason;
            answer({200, toJson(ExceptionGrant{m_verdicts.record(pending),
                                               std::max(0, m_exceptionsPerDay - used - 1)})});
        });
    r.supervisorFingerprint.sample.wipe();
}

}  // namespace thaid::registry
