#include "doctor/kiosk_diagnostics.h"

#include "doctor/local_checks.h"
#include "doctor/registry_checks.h"

namespace thaid::app {

KioskDiagnostics::KioskDiagnostics(KioskConfig config, StationKey key, FingerPort& finger,
                                   RegistryClient& registry, QObject* parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_key(std::move(key)),
      m_finger(finger),
      m_registry(registry) {}

void KioskDiagnostics::run() {
    const quint64 run = ++m_run;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<DoctorCheck> local{
        LocalChecks::readers(m_config.preferredReader),
        LocalChecks::scannersFrom(m_finger.scanners(), m_config.preferredScanner),
        LocalChecks::certificate(m_config, &m_key, now),
        LocalChecks::auditQueue(m_config, now),
        LocalChecks::disk(m_config),
    };
    RegistryChecks::run(m_registry, m_config.auditDatabase(), this,
                        [this, run, local](const QList<DoctorCheck>& remote) {
                            if (run != m_run)
                                return;  // a newer run is under way
                            Q_EMIT finished(remote + local);
                        });
}

}  // namespace thaid::app
