#pragma once

#include "audit/audit_trail.h"
#include "registry_client/registry_client.h"

#include <QTimer>

namespace thaid::app {

// Sends the audit rows the registry has not acknowledged, in batches of at most 50, every
// interval and right after a session ends. Rows stay in the trail until the registry
// acknowledges them, so a lost answer only means they are sent again (at least once).
class AuditUploader : public QObject {
    Q_OBJECT
public:
    static constexpr int kBatchRows = 50;

    AuditUploader(AuditTrail& trail, RegistryClient& client, int intervalSeconds,
                  QObject* parent = nullptr);
    void start();
    void uploadNow();

Q_SIGNALS:
    void uploaded(qint64 acknowledgedSeq);
    void failed(const thaid::app::RegistryError& error);

private:
    AuditTrail& m_trail;
    RegistryClient& m_client;
    QTimer m_timer;
    bool m_busy = false;
};

protocol::AuditRow auditRow(const AuditEntry& e);

}  // namespace thaid::app
