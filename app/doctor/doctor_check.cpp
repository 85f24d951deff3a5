#include "doctor/doctor_check.h"

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

QJsonObject toJson(const DoctorCheck& check) {
    QJsonObject o{{QStringLiteral("id"), check.id},
                  {QStringLiteral("status"), checkStatusId(check.status)},
                  {QStringLiteral("summary"), check.summary},
                  {QStringLiteral("details"), QJsonArray::fromStringList(check.details)}};
    if (!check.remedy.isEmpty())
        o.insert(QStringLiteral("remedy"), check.remedy);
    return o;
}

}  // namespace thaid::app
