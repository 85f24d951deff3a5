// Kiosks' audit rows, taken only as a verified continuation of each station's chain.
#include "protocol/audit_chain.h"
#include "registry/base/registry_logging.h"
#include "registry/base/registry_support.h"
#include "registry/registration/registry_service.h"

namespace thaid::registry {

ApiAnswer RegistryService::auditBatch(quint32 station, const QByteArray& body,
                                      const QByteArray& stationCertificateDer) {
    auto req = protocol::decodeAuditBatch(body);
    if (!req)
        return ApiAnswer::of(req.error());
    if (req.value().stationId != station)
        return ApiAnswer::of(
            apiError(ErrorCode::Forbidden, QStringLiteral("station_id is not this station's")));
    auto [seq, hash] = m_store.auditHead(station);
    QList<AuditRow> fresh;
    for (const AuditRow& r : req.value().rows) {
        if (r.seq <= seq) {
            // Sent again: it must be the very row already held, or the trail was rewritten.
            if (m_store.auditHash(station, r.seq) != r.hash) {
                qCWarning(lcRegistry) << "audit: station" << station << "re-sent row" << r.seq
                                      << "with other content";
                return ApiAnswer::of(apiError(
                    ErrorCode::AuditConflict,
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
            return ApiAnswer::of(apiError(ErrorCode::AuditRejected,
                                          QStringLiteral("row %1 %2").arg(r.seq).arg(problem)));
        }
        fresh.append(r);
        seq = r.seq;
        hash = r.hash;
    }
    if (!fresh.isEmpty() && !m_store.appendAuditRows(station, fresh))
        return ApiAnswer::of(apiError(ErrorCode::InternalError, QStringLiteral("storage failed")));
    return {200, toJson(AuditAck{seq, seq > 0 ? hash : QString()})};
}

}  // namespace thaid::registry
