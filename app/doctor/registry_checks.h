#pragma once

#include "config/kiosk_config.h"
#include "doctor/doctor_check.h"

namespace thaid::app {

// The registry as this kiosk reaches it: the network path, both TLS handshakes and the station
// certificate (GET /v1/kiosk/status), then the clock against the registry's.
class RegistryChecks {
    Q_DECLARE_TR_FUNCTIONS(Doctor)
public:
    static constexpr int kMaxClockSkewS = 60;
    // Two checks: "registry" and "clock".
    static QList<DoctorCheck> run(const KioskConfig& config);
};

}  // namespace thaid::app
