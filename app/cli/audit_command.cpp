#include "cli/audit_command.h"

#include "audit/audit_trail.h"
#include "cli/usage_text.h"
#include "config/kiosk_config.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace thaid::app::cli {

namespace {

enum AuditExit { kOk = 0, kUsage = kExitUsage, kTampered = 2, kUnreadable = 3 };

struct Paths {
    QString database;
    QString certificate;
};

// --db and --certificate, or the kiosk configuration's audit database and station certificate.
std::optional<Paths> paths(const QCommandLineParser& p, QTextStream& err) {
    Paths out{p.value(QStringLiteral("db")), p.value(QStringLiteral("certificate"))};
    if (out.database.isEmpty() || out.certificate.isEmpty()) {
        auto config = KioskConfig::load(p.value(QStringLiteral("config")), false);
        if (!config) {
            for (const QString& problem : config.error())
                err << problem << Qt::endl;
            return std::nullopt;
        }
        if (out.database.isEmpty())
            out.database = config.value().auditDatabase();
        if (out.certificate.isEmpty())
            out.certificate = config.value().stationCertificate;
    }
    return out;
}

void addCommon(QCommandLineParser& p) {
    p.addHelpOption();
    p.addOption({QStringLiteral("config"), AuditCommand::tr("Kiosk configuration."),
                 QStringLiteral("FILE"), KioskConfig::defaultPath()});
    p.addOption({QStringLiteral("db"),
                 AuditCommand::tr("Audit database (default: from the configuration)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("json"), AuditCommand::tr("Print JSON.")});
}

QJsonObject rowJson(const AuditEntry& e) {
    QJsonObject o{{QStringLiteral("seq"), e.seq},   {QStringLiteral("at"), e.at},
                  {QStringLiteral("kind"), e.kind}, {QStringLiteral("detail"), e.detail},
                  {QStringLiteral("hash"), e.hash}, {QStringLiteral("prev_hash"), e.prevHash}};
    o.insert(QStringLiteral("citizen_hmac"),
             e.citizenHmac.isEmpty() ? QJsonValue() : QJsonValue(e.citizenHmac));
    return o;
}

}  // namespace

QString AuditCommand::summary() {
    return tr("Verify the audit trail, or export its rows.");
}

int AuditCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    const QString sub = args.value(1);
    if (sub == QLatin1String("verify"))
        return verify(args.mid(1), out, err);
    if (sub == QLatin1String("export"))
        return exportRows(args.mid(1), out, err);
    err << tr("Usage: thaid-kioskctl audit verify|export [options]") << Qt::endl;
    return kUsage;
}

int AuditCommand::verify(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Checks every row of the audit trail: the sequence has no gap, each row is chained to "
           "the one before, and each carries a valid checkpoint signed with the station key.\n\n"
           "Exit codes: 0 intact, 1 wrong usage, 2 altered, removed or reordered rows, "
           "3 the trail or certificate cannot be read."));
    addCommon(p);
    p.addOption({QStringLiteral("certificate"),
                 tr("Station certificate whose key signs the checkpoints (default: from the "
                    "configuration)."),
                 QStringLiteral("FILE")});
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, QStringLiteral("audit verify"));
        return kOk;
    }
    const auto where = paths(p, err);
    if (!where)
        return kUsage;
    QFile cert(where->certificate);
    if (!QFileInfo::exists(where->database) || !cert.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1 or %2").arg(where->database, where->certificate) << Qt::endl;
        return kUnreadable;
    }
    auto verifier = StationSigner::fromCertificatePem(cert.readAll());
    if (!verifier) {
        err << where->certificate << ": " << verifier.error() << Qt::endl;
        return kUnreadable;
    }
    const AuditVerification v = AuditTrail::verify(where->database, verifier.value());
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), v.ok},
                                         {QStringLiteral("rows"), v.rows},
                                         {QStringLiteral("first_bad_seq"), v.firstBadSeq},
                                         {QStringLiteral("problem"), v.problem}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else if (v.ok) {
        out << tr("Audit trail intact: %n row(s), chain and signatures valid.", nullptr,
                  static_cast<int>(v.rows))
            << Qt::endl;
    } else {
        out << tr("Audit trail NOT intact: %1").arg(v.problem) << Qt::endl;
    }
    if (v.ok)
        return kOk;
    return v.firstBadSeq > 0 ? kTampered : kUnreadable;
}

int AuditCommand::exportRows(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Prints audit rows as JSON lines (one object per row), oldest first."));
    addCommon(p);
    p.addOption(
        {QStringLiteral("since"),
         tr("Only rows at or after this time (ISO 8601, e.g. 2026-11-27 or 2026-11-27T08:00:00Z)."),
         QStringLiteral("TIME")});
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, QStringLiteral("audit export"));
        return kOk;
    }
    QDateTime since = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    if (p.isSet(QStringLiteral("since"))) {
        const QString text = p.value(QStringLiteral("since"));
        since = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!since.isValid())
            since = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
        if (!since.isValid()) {
            err << tr("--since needs an ISO 8601 date or time, not \"%1\"").arg(text) << Qt::endl;
            return kUsage;
        }
    }
    const auto where = paths(p, err);
    if (!where)
        return kUsage;
    if (!QFileInfo::exists(where->database)) {
        err << tr("Cannot read %1").arg(where->database) << Qt::endl;
        return kUnreadable;
    }
    // Read-only and keyless: exporting needs neither the station key nor write access.
    const QString name = QStringLiteral("audit-export");
    int rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(where->database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open() ||
            !q.prepare(QStringLiteral("SELECT seq, at, kind, citizen_hmac, detail, prev_hash, hash "
                                      "FROM audit WHERE at >= ? ORDER BY seq"))) {
            err << tr("Cannot read %1").arg(where->database) << Qt::endl;
            return kUnreadable;
        }
        q.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
        q.exec();
        while (q.next()) {
            const AuditEntry e{q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(),   q.value(3).toString(),
                               q.value(4).toString(),   q.value(5).toString(),
                               q.value(6).toString(),   {}};
            out << QJsonDocument(rowJson(e)).toJson(QJsonDocument::Compact) << '\n';
            ++rows;
        }
    }
    QSqlDatabase::removeDatabase(name);
    out.flush();
    err << tr("%n row(s) exported.", nullptr, rows) << Qt::endl;
    return kOk;
}

}  // namespace thaid::app::cli
