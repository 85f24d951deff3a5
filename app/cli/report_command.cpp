#include "cli/report_command.h"

#include "audit/audit_trail.h"
#include "cli/usage_text.h"
#include "config/kiosk_config.h"
#include "report/day_report.h"
#include "report/report_html.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>

namespace thaid::app::cli {

namespace {

enum ReportExit { kOk = 0, kUsage = kExitUsage, kUnreadable = 3 };

QString seconds(std::optional<qint64> ms) {
    return ms ? QString::number(static_cast<double>(*ms) / 1000.0, 'f', 1) + QStringLiteral(" s")
              : QStringLiteral("-");
}

}  // namespace

QString ReportCommand::summary() {
    return tr("A day's registrations from the audit trail, as text, JSON or a printable page.");
}

int ReportCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "The day's registrations at this kiosk, from its audit trail: counts by outcome "
        "(completed, referred, cancelled) and by reason, p50 and p90 from the card going in to the "
        "completed registration, the supervisor exceptions and the re-registrations. People "
        "appear only as HMACs.\n\nExit codes: 0 done, 3 the trail cannot be read, 64 wrong "
        "usage."));
    p.addHelpOption();
    p.addOption({QStringLiteral("config"), tr("Kiosk configuration."), QStringLiteral("FILE"),
                 KioskConfig::defaultPath()});
    p.addOption({QStringLiteral("db"), tr("Audit database (default: from the configuration)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("day"), tr("The day, YYYY-MM-DD in local time (default: today)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("html"),
                 tr("Also write the printable page, with registrations per hour, to FILE."),
                 QStringLiteral("FILE")});
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, QStringLiteral("report"));
        return kOk;
    }
    const QDate day = p.isSet(QStringLiteral("day"))
                          ? QDate::fromString(p.value(QStringLiteral("day")), Qt::ISODate)
                          : QDate::currentDate();
    if (!day.isValid()) {
        err << tr("--day needs a date as YYYY-MM-DD, not \"%1\"")
                   .arg(p.value(QStringLiteral("day")))
            << Qt::endl;
        return kUsage;
    }
    QString database = p.value(QStringLiteral("db"));
    quint32 station = 0;
    if (auto config = KioskConfig::load(p.value(QStringLiteral("config")), false)) {
        station = config.value().stationId;
        if (database.isEmpty())
            database = config.value().auditDatabase();
    } else if (database.isEmpty()) {
        for (const QString& problem : config.error())
            err << problem << Qt::endl;
        return kUsage;
    }
    // From the day before: the officer who signed in then may serve this day's first citizen.
    const auto rows =
        AuditTrail::rowsSince(database, QDateTime(day.addDays(-1), QTime(0, 0)).toUTC());
    if (!rows) {
        err << tr("Cannot read %1: %2").arg(database, rows.error()) << Qt::endl;
        return kUnreadable;
    }
    const DayReport report = DayReport::fromRows(rows.value(), day);
    if (p.isSet(QStringLiteral("html"))) {
        QSaveFile page(p.value(QStringLiteral("html")));
        if (!page.open(QIODevice::WriteOnly) ||
            page.write(ReportHtml::render(report, station).toUtf8()) < 0 || !page.commit()) {
            err << tr("Cannot write %1: %2").arg(page.fileName(), page.errorString()) << Qt::endl;
            return kUnreadable;
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        return kOk;
    }
    out << tr("ThaiD registrations on %1, station %2").arg(day.toString(Qt::ISODate)).arg(station)
        << '\n';
    for (const QString& outcome :
         {QStringLiteral("completed"), QStringLiteral("referred"), QStringLiteral("cancelled")})
        out << "  " << ReportHtml::outcomeName(outcome) << ": " << report.byOutcome.value(outcome)
            << '\n';
    for (auto it = report.byReason.begin(); it != report.byReason.end(); ++it)
        out << "    " << it.key() << ": " << it.value() << '\n';
    out << tr("  card in to completion: p50 %1, p90 %2")
               .arg(seconds(report.p50Ms), seconds(report.p90Ms))
        << '\n';
    out << tr("  supervisor exceptions: %1").arg(report.exceptions().size()) << '\n';
    for (const ReportSession& s : report.exceptions())
        out << "    " << s.cardInAt.toLocalTime().toString(QStringLiteral("HH:mm")) << ' '
            << s.exception << ' ' << tr("supervisor %1").arg(s.supervisorHmac.left(12)) << '\n';
    out << tr("  re-registrations (a new phone): %1").arg(report.reRegistrations().size()) << '\n';
    if (p.isSet(QStringLiteral("html")))
        out << tr("Printable page: %1").arg(p.value(QStringLiteral("html"))) << '\n';
    return kOk;
}

}  // namespace thaid::app::cli
