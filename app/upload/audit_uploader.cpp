#include "upload/audit_uploader.h"

#include "logging/app_logging.h"

namespace thaid::app {

protocol::AuditRow auditRow(const AuditEntry& e) {
    // The API takes 500 characters of detail; the kiosk's own trail keeps all of it.
    return {e.seq,      e.at,   e.kind,     e.citizenHmac, e.detail.left(500),
            e.prevHash, e.hash, e.signature};
}

AuditUploader::AuditUploader(AuditTrail& trail, RegistryClient& client, int intervalSeconds,
                             QObject* parent)
    : QObject(parent), m_trail(trail), m_client(client) {
    m_timer.setInterval(intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AuditUploader::uploadNow);
}

void AuditUploader::start() {
    m_timer.start();
    uploadNow();
}

void AuditUploader::uploadNow() {
    if (m_busy)
        return;
    const QList<AuditEntry> rows = m_trail.after(m_trail.acknowledgedSeq(), kBatchRows);
    if (rows.isEmpty())
        return;
    QList<protocol::AuditRow> batch;
    for (const AuditEntry& e : rows)
        batch.append(auditRow(e));
    m_busy = true;
    const qint64 last = rows.last().seq;
    m_client.send(protocol::AuditBatch{.rows = batch}, this,
                  [this, last](const Result<AuditAck, RegistryError>& r) {
                      m_busy = false;
                      if (!r) {
                          qCInfo(lcWorkflow)
                              << "audit upload deferred:" << registryErrorKindId(r.error().kind);
                          Q_EMIT failed(r.error());
                          return;
                      }
                      m_trail.acknowledge(r.value().seq, r.value().hash);
                      Q_EMIT uploaded(r.value().seq);
                      // More waiting, and the registry took this batch: keep going.
                      if (r.value().seq >= last && m_trail.pendingCount() > 0)
                          uploadNow();
                  });
}

}  // namespace thaid::app
