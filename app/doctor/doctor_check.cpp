#include "doctor/doctor_check.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace thaid::app {

QString checkStatusId(CheckStatus status) {
    switch (status) {
        case CheckStatus::Ok:
            return QStringLiteral("ok");
        case CheckStatus::Warn:
            return QStringLiteral("warn");
        case CheckStatus::Fail:
            return QStringLiteral("fail");
    }
    return {};
}

QString checkTitle(const QString& id) {
    static const QHash<QString, const char*> titles{
        {QStringLiteral("config"), QT_TRANSLATE_NOOP("Doctor", "Configuration")},
        {QStringLiteral("pcscd"), QT_TRANSLATE_NOOP("Doctor", "Card service")},
        {QStringLiteral("card"), QT_TRANSLATE_NOOP("Doctor", "Card")},
        {QStringLiteral("scanners"), QT_TRANSLATE_NOOP("Doctor", "Fingerprint scanners")},
        {QStringLiteral("registry"), QT_TRANSLATE_NOOP("Doctor", "Registry")},
        {QStringLiteral("clock"), QT_TRANSLATE_NOOP("Doctor", "Clock")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("Doctor", "Station key")},
        {QStringLiteral("certificate"), QT_TRANSLATE_NOOP("Doctor", "Station certificate")},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("Doctor", "Audit queue")},
        {QStringLiteral("disk"), QT_TRANSLATE_NOOP("Doctor", "Disk")}};
    const char* t = titles.value(id);
    return t ? QCoreApplication::translate("Doctor", t) : id;
}

QJsonObject toJson(const DoctorCheck& check) {
    QJsonObject o{{QStringLiteral("id"), check.id},
                  {QStringLiteral("title"), checkTitle(check.id)},
                  {QStringLiteral("status"), checkStatusId(check.status)},
                  {QStringLiteral("summary"), check.summary},
                  {QStringLiteral("details"), QJsonArray::fromStringList(check.details)}};
    if (!check.remedy.isEmpty())
        o.insert(QStringLiteral("remedy"), check.remedy);
    return o;
}

}  // namespace thaid::app
