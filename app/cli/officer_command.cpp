#include "cli/officer_command.h"

#include "adapters/scanner_run.h"
#include "cli/usage_text.h"
#include "common/secure_wipe.h"
#include "config/kiosk_config.h"
#include "officers/officer_store.h"
#include "smartcard/pcsc/pcsc_card_access.h"
#include "smartcard/thai_id_reader.h"
#include "storage/state_owner.h"
#include "text/card_error_text.h"
#include "text/fingerprint_text.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thaid::app::cli {

namespace {

enum OfficerExit {
    kOk = 0,
    kUsage = kExitUsage,
    kCard = 2,
    kFinger = 3,
    kStore = 4,
    kNotFound = 5
};

void addCommon(QCommandLineParser& p) {
    p.addHelpOption();
    p.addOption({QStringLiteral("config"), OfficerCommand::tr("Kiosk configuration."),
                 QStringLiteral("FILE"), KioskConfig::defaultPath()});
}

// The officers database and print key named by the configuration; files need not all exist
// yet (enrolment creates them).
Result<std::unique_ptr<OfficerStore>, QString> openStore(const QCommandLineParser& p,
                                                         bool createKey) {
    auto config = KioskConfig::load(p.value(QStringLiteral("config")), false);
    if (!config)
        return config.error().join(QLatin1Char('\n'));
    const KioskConfig& c = config.value();
    auto store = OfficerStore::open(c.officersDatabase(), c.printKeyFile(), createKey);
    storage::handToStateOwner(c.stateDir, {c.officersDatabase(), c.printKeyFile()});
    return store;
}

}  // namespace

QString OfficerCommand::summary() {
    return tr("Enrol, list or remove the officers who may sign in on this kiosk.");
}

int OfficerCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    const QString sub = args.value(1);
    if (sub == QLatin1String("enroll"))
        return enroll(args.mid(1), out, err);
    if (sub == QLatin1String("list"))
        return list(args.mid(1), out, err);
    if (sub == QLatin1String("remove"))
        return remove(args.mid(1), out, err);
    err << tr("Usage: thaid-kioskctl officer enroll|list|remove [options]") << Qt::endl;
    return kUsage;
}

int OfficerCommand::enroll(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Reads the officer's own ID card, then enrols their index finger; the template is "
           "stored sealed with AES-256-GCM under the kiosk's print key.\n\n"
           "Exit codes: 0 enrolled, 1 wrong usage, 2 card problem, 3 fingerprint problem, "
           "4 storage problem."));
    addCommon(p);
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("Name shown at sign-in (default: the name on the card)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption reader(QStringLiteral("reader"), tr("Use this reader only."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption scanner(QStringLiteral("scanner"),
                                     tr("Use this scanner (id from 'fingerprint list')."),
                                     QStringLiteral("ID"));
    const QCommandLineOption finger(QStringLiteral("finger"), tr("right-index or left-index."),
                                    QStringLiteral("FINGER"), QStringLiteral("right-index"));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("Seconds to wait for the card and the scanner."),
                                  QStringLiteral("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        tr("officer, or supervisor: may sign off another officer's citizen when their fingers "
           "cannot be verified (the registry must give the same role)."),
        QStringLiteral("ROLE"), QStringLiteral("officer"));
    p.addOptions({name, reader, scanner, finger, wait, role});
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, QStringLiteral("officer enroll"));
        return kOk;
    }
    if (p.value(role) != QLatin1String("officer") && p.value(role) != QLatin1String("supervisor")) {
        err << tr("--role must be officer or supervisor") << Qt::endl;
        return kUsage;
    }
    const auto whichFinger = fingerprint::parseFinger(p.value(finger));
    if (!whichFinger || (*whichFinger != fingerprint::Finger::RightIndex &&
                         *whichFinger != fingerprint::Finger::LeftIndex)) {
        err << tr("--finger must be right-index or left-index") << Qt::endl;
        return kUsage;
    }
    auto store = openStore(p, true);
    if (!store) {
        err << store.error() << Qt::endl;
        return kStore;
    }
    const int waitMs = p.value(wait).toInt() * 1000;

    err << tr("Insert the officer's own ID card.") << Qt::endl;
    card::pcsc::PcscCardAccess access;
    auto presence = access.waitForCard(p.value(reader), std::chrono::milliseconds(waitMs));
    auto connection =
        presence ? access.connect(presence.value().reader)
                 : Result<std::unique_ptr<card::pcsc::PcscCardConnection>, card::CardError>(
                       presence.error());
    if (!connection) {
        err << CardErrorText::forError(connection.error().code) << Qt::endl;
        return kCard;
    }
    auto read = card::ThaiIdReader(*connection.value()).read();
    if (!read) {
        err << CardErrorText::forError(read.error().code) << Qt::endl;
        return kCard;
    }
    card::ThaiIdRecord record = std::move(read).value();
    if (record.hasFatalIssue() || record.isExpiredOn(QDate::currentDate())) {
        err << tr("This card cannot be used: it is expired or its data is invalid.") << Qt::endl;
        record.wipe();
        return kCard;
    }
    Officer officer{record.identity.citizenId,
                    record.identity.requestNumber,
                    p.isSet(name) ? p.value(name) : record.identity.nameTh.fullName(),
                    p.value(finger),
                    {},
                    p.value(role)};
    record.wipe();
    err << tr("Card read: %1. Now the finger.").arg(officer.displayName) << Qt::endl;

    return runScannerOperation(
        waitMs, err, &fingerprint::LibfprintScanner::enrolled,
        [&](const QByteArray& print) {
            QByteArray copy = print;
            auto stored = store.value()->enroll(officer, copy);
            secureWipe(copy);
            if (!stored) {
                err << stored.error() << Qt::endl;
                return static_cast<int>(kStore);
            }
            out << tr("Officer enrolled: %1").arg(officer.displayName) << Qt::endl;
            return static_cast<int>(kOk);
        },
        [&](const fingerprint::FingerprintError& e) {
            err << FingerprintText::forError(e.code) << Qt::endl;
            return static_cast<int>(kFinger);
        },
        [&](fingerprint::LibfprintScanner& s) {
            s.enroll(p.value(scanner), *whichFinger, waitMs);
        });
}

int OfficerCommand::list(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the officers enrolled on this kiosk."));
    addCommon(p);
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, QStringLiteral("officer list"));
        return kOk;
    }
    auto store = openStore(p, false);
    if (!store) {
        err << store.error() << Qt::endl;
        return kStore;
    }
    const QList<Officer> officers = store.value()->list();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Officer& o : officers)
            a.append(
                QJsonObject{{QStringLiteral("cid"), o.cid},
                            {QStringLiteral("name"), o.displayName},
                            {QStringLiteral("finger"), o.finger},
                            {QStringLiteral("role"), o.role},
                            {QStringLiteral("enrolled_at"), o.enrolledAt.toString(Qt::ISODate)}});
        out << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
        return kOk;
    }
    for (const Officer& o : officers)
        out << o.cid << "  " << o.displayName << "  " << o.finger << "  " << o.role << "  "
            << o.enrolledAt.toString(Qt::ISODate) << Qt::endl;
    err << tr("%n officer(s) enrolled.", nullptr, static_cast<int>(officers.size())) << Qt::endl;
    return kOk;
}

int OfficerCommand::remove(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.setApplicationDescription(tr("Removes an officer and their fingerprint template."));
    addCommon(p);
    p.addPositionalArgument(QStringLiteral("cid"), tr("The officer's 13-digit citizen ID."));
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        return kUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, QStringLiteral("officer remove"));
        return kOk;
    }
    const QString cid = p.positionalArguments().value(1);
    if (cid.isEmpty()) {
        err << tr("Name the officer's citizen ID.") << Qt::endl;
        return kUsage;
    }
    auto store = openStore(p, false);
    if (!store) {
        err << store.error() << Qt::endl;
        return kStore;
    }
    if (!store.value()->remove(cid)) {
        err << tr("No officer with that ID is enrolled here.") << Qt::endl;
        return kNotFound;
    }
    out << tr("Officer removed.") << Qt::endl;
    return kOk;
}

}  // namespace thaid::app::cli
