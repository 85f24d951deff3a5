#pragma once

#include "audit/audit_trail.h"
#include "metrics/histogram.h"
#include "registry_client/registry_client.h"
#include "workflow/card_port.h"
#include "workflow/kiosk_workflow.h"

#include <map>

#include <QElapsedTimer>

namespace thaid::app {

// What office IT graphs (Prometheus text format): registrations completed and failed by
// reason, card read time, fingerprint attempts, registry latency per call and the audit
// backlog. Counts and timings only; nothing about a citizen.
class KioskMetrics : public QObject {
    Q_OBJECT
public:
    KioskMetrics(KioskWorkflow& workflow, CardPort& card, AuditTrail& trail,
                 QObject* parent = nullptr);
    void observe(RegistryClient& client);
    QByteArray render() const;

private:
    void onSessionEnded(const SessionOutcome& outcome);

    AuditTrail& m_audit;
    quint64 m_completed = 0;
    std::map<QString, quint64> m_failed;  // by reason
    Histogram m_cardRead{{0.5, 1, 1.5, 2, 3, 5, 10}};
    QElapsedTimer m_cardClock;
    quint64 m_fingerMatched = 0;
    quint64 m_fingerNotMatched = 0;
    std::map<QString, Histogram> m_registry;  // by call
    std::map<QString, quint64> m_registryFailures;
};

}  // namespace thaid::app
