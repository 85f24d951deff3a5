#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace thaid::app {

enum class CheckStatus { Ok, Warn, Fail };

// The same values for QML, so the maintenance screen compares with CheckStatus.Fail.
namespace CheckStatusForQml {
Q_NAMESPACE
enum Value {
    Ok = static_cast<int>(CheckStatus::Ok),
    Warn = static_cast<int>(CheckStatus::Warn),
    Fail = static_cast<int>(CheckStatus::Fail)
};
Q_ENUM_NS(Value)
}  // namespace CheckStatusForQml

// One line of `thaid-kioskctl doctor`: what was checked, how it went, and for IT what to do
// about it in plain words. Texts are in the officer's language; ids are stable for scripts.
struct DoctorCheck {
    QString id;  // config, pcscd, card, scanners, registry, certificate, clock, audit_trail,
                 // audit, disk
    CheckStatus status = CheckStatus::Ok;
    QString summary;
    QStringList details;
    QString remedy;  // empty when ok

    static DoctorCheck ok(QString id, QString summary, QStringList details = {}) {
        return {std::move(id), CheckStatus::Ok, std::move(summary), std::move(details), {}};
    }
    static DoctorCheck warn(QString id, QString summary, QString remedy, QStringList details = {}) {
        return {std::move(id), CheckStatus::Warn, std::move(summary), std::move(details),
                std::move(remedy)};
    }
    static DoctorCheck fail(QString id, QString summary, QString remedy, QStringList details = {}) {
        return {std::move(id), CheckStatus::Fail, std::move(summary), std::move(details),
                std::move(remedy)};
    }
};

QString checkStatusId(CheckStatus status);  // "ok", "warn", "fail"
// "Registry", "Clock", … in the officer's language.
QString checkTitle(const QString& id);
QJsonObject toJson(const DoctorCheck& check);

}  // namespace thaid::app
