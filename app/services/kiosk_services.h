#pragma once

#include "audit/audit_trail.h"
#include "config/kiosk_config.h"
#include "doctor/kiosk_diagnostics.h"
#include "fingerprint/libfprint_scanner.h"
#include "metrics/kiosk_metrics.h"
#include "metrics/metrics_server.h"
#include "officers/officer_store.h"
#include "upload/audit_uploader.h"
#include "workflow/kiosk_workflow.h"
#include "workflow/thaid_check_port.h"

#include <memory>

namespace thaid::app {

// Everything the kiosk runs on, built from its configuration: the real card, scanner and
// registry ports, the officer store, the audit trail and the workflow over them.
class KioskServices {
public:
    static Result<std::unique_ptr<KioskServices>, QString> create(const KioskConfig& config);
    ~KioskServices();

    KioskWorkflow& workflow() { return *m_workflow; }
    AuditTrail& audit() { return *m_audit; }
    AuditUploader& uploader() { return *m_uploader; }
    KioskDiagnostics& diagnostics() { return *m_diagnostics; }

private:
    KioskServices() = default;
    std::unique_ptr<CardPort> m_card;
    std::unique_ptr<fingerprint::LibfprintScanner> m_scanner;
    std::unique_ptr<FingerPort> m_finger;
    std::unique_ptr<RegistryPort> m_registry;
    std::unique_ptr<ThaidCheckPort> m_thaidCheck;
    std::unique_ptr<OfficerStore> m_officers;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<KioskWorkflow> m_workflow;
    std::unique_ptr<RegistryClient> m_auditClient;
    std::unique_ptr<AuditUploader> m_uploader;
    std::unique_ptr<KioskDiagnostics> m_diagnostics;
    std::unique_ptr<KioskMetrics> m_metrics;
    std::unique_ptr<MetricsServer> m_metricsServer;
};

// The per-station secret under which citizen IDs become HMACs in the audit trail; created
// (mode 0600) on first use.
Result<QByteArray, QString> loadOrCreateSecret(const QString& path);

}  // namespace thaid::app
