#pragma once

#include "config/kiosk_config.h"
#include "doctor/doctor_check.h"
#include "station_key/station_key.h"
#include "workflow/finger_port.h"

#include <QObject>

namespace thaid::app {

class RegistryClient;

// doctor, condensed, inside the running kiosk (the maintenance screen): the same checks, but
// through the kiosk's own scanner and registry client, and without reading a card, so nothing
// competes with the devices the kiosk holds.
class KioskDiagnostics : public QObject {
    Q_OBJECT
public:
    KioskDiagnostics(KioskConfig config, StationKey key, FingerPort& finger,
                     RegistryClient& registry, QObject* parent = nullptr);
    void run();

Q_SIGNALS:
    void finished(const QList<thaid::app::DoctorCheck>& checks);

private:
    KioskConfig m_config;
    StationKey m_key;
    FingerPort& m_finger;
    RegistryClient& m_registry;
    quint64 m_run = 0;
};

}  // namespace thaid::app
