#include "sim/citizen/device_check.h"

#include <QFile>

namespace thaid::sim {

DeviceCheck::DeviceCheck(PhoneApi& api, QString keyFile, QString passcode,
                         CitizenScript::Report report, QObject* parent)
    : QObject(parent),
      m_api(api),
      m_keyFile(std::move(keyFile)),
      m_passcode(std::move(passcode)),
      m_report(std::move(report)) {}

void DeviceCheck::end(int code, const QString& event, const QJsonObject& fields,
                      const QString& line) {
    m_report(event, fields, line);
    Q_EMIT finished(code);
}

void DeviceCheck::run() {
    QFile f(m_keyFile);
    if (!f.open(QIODevice::ReadOnly))
        return end(kUsage, QStringLiteral("key_error"), {},
                   QStringLiteral("Cannot read %1: %2").arg(m_keyFile, f.errorString()));
    const auto key = protocol::DeviceKey::unseal(f.readAll(), m_passcode);
    if (!key)
        return end(kUsage, QStringLiteral("unlock_failed"), {},
                   QStringLiteral("The passcode does not open the device key"));
    m_report(QStringLiteral("unlocked"), {},
             QStringLiteral("Opened ThaiD: the passcode unsealed the device key"));
    m_api.device(*key, [this](const Result<DeviceStatus, protocol::RegistryError>& r) {
        if (!r) {
            const bool network = r.error().kind != protocol::RegistryErrorKind::Rejected;
            return end(network ? kNetwork : kRegistryRefused, QStringLiteral("device_refused"),
                       {{QStringLiteral("code"), r.error().code}},
                       QStringLiteral("The registry refused this phone: %1").arg(r.error().code));
        }
        end(kCompleted, QStringLiteral("device_active"),
            {{QStringLiteral("bound_at"), r.value().boundAt.toString(Qt::ISODate)},
             {QStringLiteral("assurance"), r.value().assurance}},
            QStringLiteral("The registry says this phone's ThaiD is active (bound %1, "
                           "assurance %2)")
                .arg(r.value().boundAt.toString(Qt::ISODate), r.value().assurance));
    });
}

}  // namespace thaid::sim
