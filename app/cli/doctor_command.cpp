#include "cli/doctor_command.h"

#include "cli/usage_text.h"
#include "config/kiosk_config.h"
#include "doctor/local_checks.h"
#include "doctor/registry_checks.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace thaid::app::cli {

namespace {

constexpr int kAllPassed = 0;
constexpr int kUsage = kExitUsage;
constexpr int kSomethingFailed = 2;

QString mark(CheckStatus s) {
    switch (s) {
        case CheckStatus::Ok:
            return DoctorCommand::tr("[ ok ]");
        case CheckStatus::Warn:
            return DoctorCommand::tr("[warn]");
        case CheckStatus::Fail:
            return DoctorCommand::tr("[FAIL]");
    }
    return {};
}

}  // namespace

QString DoctorCommand::summary() {
    return tr(
        "Check the configuration, card reader, scanners, registry, certificate, clock, "
        "audit queue and disk.");
}

int DoctorCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Exit codes: 0 nothing failed (warnings allowed), 1 wrong usage, 2 a check failed."));
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption config(QStringLiteral("config"), tr("Configuration file."),
                                    QStringLiteral("FILE"), KioskConfig::defaultPath());
    const QCommandLineOption wait(QStringLiteral("scanner-wait"),
                                  tr("Seconds to wait for fingerprint scanners to appear."),
                                  QStringLiteral("SECONDS"), QStringLiteral("2"));
    p.addOptions({json, config, wait});
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, QStringLiteral("doctor"));
        return kAllPassed;
    }

    const QString path = p.value(config);
    const auto loaded = KioskConfig::load(path);
    // Without a valid file the device checks still run, with the defaults.
    const KioskConfig cfg = loaded ? loaded.value() : KioskConfig{};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<DoctorCheck> checks{LocalChecks::configuration(path, loaded)};
    checks << LocalChecks::cardService(cfg.preferredReader);
    checks << LocalChecks::scanners(cfg.preferredScanner, p.value(wait).toInt() * 1000);
    if (loaded) {
        // Loaded once: a TPM simulator serves one connection at a time.
        const auto key = StationKey::load(cfg.stationKeyLocation());
        const StationKey* usable = key ? &key.value() : nullptr;
        checks << RegistryChecks::run(cfg, usable);
        checks << LocalChecks::stationKey(cfg, key);
        checks << LocalChecks::certificate(cfg, usable, now);
    } else {
        const QString why = tr("Not checked: the configuration is not valid.");
        const QString remedy = tr("Fix the configuration first.");
        for (const char* id : {"registry", "clock", "key", "certificate"})
            checks << DoctorCheck::warn(QLatin1String(id), why, remedy);
    }
    checks << LocalChecks::auditQueue(cfg, now);
    checks << LocalChecks::disk(cfg);

    const bool failed = std::any_of(checks.cbegin(), checks.cend(), [](const DoctorCheck& c) {
        return c.status == CheckStatus::Fail;
    });
    if (p.isSet(json)) {
        QJsonArray list;
        for (const DoctorCheck& c : checks)
            list << toJson(c);
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("ok"), !failed}, {QStringLiteral("checks"), list}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const DoctorCheck& c : checks) {
            out << mark(c.status) << QLatin1Char(' ') << checkTitle(c.id) << QStringLiteral(": ")
                << c.summary << Qt::endl;
            for (const QString& d : c.details)
                out << QStringLiteral("       ") << d << Qt::endl;
            if (!c.remedy.isEmpty())
                out << QStringLiteral("       → ") << c.remedy << Qt::endl;
        }
    }
    return failed ? kSomethingFailed : kAllPassed;
}

}  // namespace thaid::app::cli
