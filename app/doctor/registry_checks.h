#pragma once

#include "config/kiosk_config.h"
#include "doctor/doctor_check.h"
#include "station_key/station_key.h"

#include <functional>

namespace thaid::app {

class RegistryClient;

// The registry as this kiosk reaches it: the network path, both TLS handshakes and the station
// certificate (GET /v1/kiosk/status), then the clock against the registry's.
class RegistryChecks {
    Q_DECLARE_TR_FUNCTIONS(Doctor)
public:
    static constexpr int kMaxClockSkewS = 60;
    // Three checks: "registry", "clock" and "audit_trail", with the station key loaded already
    // (null: it could not be). Waits for the answer.
    static QList<DoctorCheck> run(const KioskConfig& config, const StationKey* key);
    // The same through a client the caller keeps (the running kiosk's), for the trail at
    // `auditDatabase`; `done` runs on its thread when the registry has answered or failed.
    static void run(RegistryClient& client, const QString& auditDatabase, QObject* context,
                    std::function<void(QList<DoctorCheck>)> done);

    // The trail's last row against the last row the registry acknowledged from this station.
    static DoctorCheck trailAgainstRegistry(qint64 trailEnd, qint64 acknowledged);

    // The clock check from one exchange: when it was sent and answered, and the registry's time.
    static DoctorCheck clockFrom(const QDateTime& sent, const QDateTime& received,
                                 const QDateTime& registryTime);

private:
    static DoctorCheck clockNotChecked();
    static DoctorCheck trailNotChecked(const QString& why);
};

}  // namespace thaid::app
