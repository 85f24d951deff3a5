#pragma once

#include "sim/citizen/citizen_script.h"
#include "sim/citizen/phone_api.h"

namespace thaid::sim {

// A phone that has ThaiD opens it: the passcode unseals the device key kept from its
// registration, and the registry says whether that key is still the citizen's active binding.
// With the key of a replaced phone this is how tests show the registry's device_revoked.
class DeviceCheck : public QObject {
    Q_OBJECT
public:
    DeviceCheck(PhoneApi& api, QString keyFile, QString passcode, CitizenScript::Report report,
                QObject* parent = nullptr);
    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void end(int code, const QString& event, const QJsonObject& fields, const QString& line);

    PhoneApi& m_api;
    QString m_keyFile;
    QString m_passcode;
    CitizenScript::Report m_report;
};

}  // namespace thaid::sim
