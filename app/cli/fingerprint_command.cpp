#include "cli/fingerprint_command.h"

#include "adapters/scanner_run.h"
#include "cli/usage_text.h"
#include "common/secure_wipe.h"
#include "fingerprint/libfprint_scanner.h"
#include "fingerprint/print_vault.h"
#include "text/fingerprint_text.h"

#include <functional>

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>

namespace thaid::app::cli {

namespace {

using namespace thaid::fingerprint;

// Exit codes of `fingerprint`, documented in its --help and the README.
enum FingerprintExit : int {
    kMatch = 0,
    kNoMatch = 1,
    kNoScanner = 2,
    kTimeout = 3,
    kCancelled = 4,
    kUnplugged = 5,
    kDeviceError = 6,
    kCorruptPrint = 7,
    kWrongKey = 8,
    kIncompatiblePrint = 9,
    kKeyFileError = 10,
    kBusy = 11,
    kUsage = kExitUsage,
};

int exitFor(FingerprintErrorCode code) {
    switch (code) {
        case FingerprintErrorCode::NoScanner:
            return kNoScanner;
        case FingerprintErrorCode::Timeout:
            return kTimeout;
        case FingerprintErrorCode::Cancelled:
            return kCancelled;
        case FingerprintErrorCode::Unplugged:
            return kUnplugged;
        case FingerprintErrorCode::DeviceError:
            return kDeviceError;
        case FingerprintErrorCode::CorruptPrint:
            return kCorruptPrint;
        case FingerprintErrorCode::WrongKey:
            return kWrongKey;
        case FingerprintErrorCode::IncompatiblePrint:
            return kIncompatiblePrint;
        case FingerprintErrorCode::KeyFileError:
            return kKeyFileError;
        case FingerprintErrorCode::Busy:
            return kBusy;
    }
    return kDeviceError;
}

// The key path comes from the kiosk configuration ([fingerprint] print_key_file in
// /etc/thaid-kiosk/kiosk.conf, or the file THAID_CONFIG names); --key overrides it.
QString defaultKeyPath() {
    const QString conf = qEnvironmentVariableIsSet("THAID_CONFIG")
                             ? qEnvironmentVariable("THAID_CONFIG")
                             : QStringLiteral("/etc/thaid-kiosk/kiosk.conf");
    return QSettings(conf, QSettings::IniFormat)
        .value(QStringLiteral("fingerprint/print_key_file"),
               QStringLiteral("/var/lib/thaid-kiosk/print.key"))
        .toString();
}

int report(const FingerprintError& e, bool json, QTextStream& out, QTextStream& err) {
    if (json) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("error"), fingerprintErrorId(e.code)},
                               {QStringLiteral("message"), FingerprintText::forError(e.code)},
                               {QStringLiteral("detail"), e.detail}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        err << FingerprintText::forError(e.code) << QStringLiteral(" [")
            << fingerprintErrorId(e.code) << QStringLiteral(": ") << e.detail << QStringLiteral("]")
            << Qt::endl;
    }
    return exitFor(e.code);
}

template <typename Signal, typename Handler>
int runOperation(int waitMs, bool json, QTextStream& out, QTextStream& err, Signal done,
                 Handler onDone, const std::function<void(LibfprintScanner&)>& start) {
    return runScannerOperation(
        waitMs, err, done, onDone,
        [&](const FingerprintError& e) { return report(e, json, out, err); }, start);
}

struct Common {
    QCommandLineOption json{QStringLiteral("json"), FingerprintCommand::tr("Print JSON.")};
    QCommandLineOption key{QStringLiteral("key"),
                           FingerprintCommand::tr("Key file for prints at rest (AES-256-GCM)."),
                           QStringLiteral("FILE"), defaultKeyPath()};
    QCommandLineOption scanner{QStringLiteral("scanner"),
                               FingerprintCommand::tr("Use this scanner (id from 'list')."),
                               QStringLiteral("ID")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               FingerprintCommand::tr("Seconds to wait for a finger."),
                               QStringLiteral("S"), QStringLiteral("30")};
    QCommandLineOption wait{QStringLiteral("wait"),
                            FingerprintCommand::tr("Seconds to wait for a scanner."),
                            QStringLiteral("S"), QStringLiteral("5")};
};

bool parse(QCommandLineParser& p, const QStringList& args, QTextStream& out, QTextStream& err) {
    const QString command = QStringLiteral("fingerprint ") + args.value(0);
    p.addHelpOption();
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, command);
        return false;
    }
    return true;
}

QString exitCodeHelp() {
    return FingerprintCommand::tr(
        "Exit codes: 0 match (or done), 1 no match, 2 no scanner, 3 no finger in time, 4 "
        "cancelled, "
        "5 scanner unplugged, 6 scanner error, 7 print file damaged, 8 print encrypted with "
        "another key, "
        "9 print not usable on this scanner, 10 key file missing or unsafe, 11 scanner busy, 64 "
        "wrong usage.");
}

}  // namespace

QString FingerprintCommand::summary() {
    return tr("List fingerprint scanners, enrol a finger, or verify one against a stored print.");
}

int FingerprintCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return list(rest, out, err);
    if (sub == QLatin1String("enroll"))
        return enroll(rest, out, err);
    if (sub == QLatin1String("verify"))
        return verify(rest, out, err);
    err << tr("Usage: thaid-kioskctl fingerprint list|enroll|verify [options]") << Qt::endl
        << summary() << Qt::endl
        << exitCodeHelp() << Qt::endl;
    return sub == QLatin1String("--help") ? 0 : kUsage;
}

int FingerprintCommand::list(const QStringList& args, QTextStream& out, QTextStream& err) {
    Common c;
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists fingerprint scanners and what each can do."));
    p.addOptions({c.json, c.wait});
    if (!parse(p, args, out, err))
        return p.isSet(QStringLiteral("help")) ? 0 : kUsage;
    LibfprintScanner scanner;
    waitForScanners(scanner, p.value(c.wait).toInt() * 1000);
    QJsonArray list;
    for (const ScannerInfo& s : scanner.scanners()) {
        QJsonArray features;
        if (s.canCapture)
            features << QStringLiteral("capture");
        if (s.canVerify)
            features << QStringLiteral("verify");
        if (s.canIdentify)
            features << QStringLiteral("identify");
        if (s.hasStorage)
            features << QStringLiteral("storage");
        list << QJsonObject{{QStringLiteral("id"), s.id},
                            {QStringLiteral("name"), s.name},
                            {QStringLiteral("driver"), s.driver},
                            {QStringLiteral("features"), features},
                            {QStringLiteral("enroll_stages"), s.enrollStages},
                            {QStringLiteral("can_verify_citizens"), s.canVerifyExternalPrints}};
        if (!p.isSet(c.json)) {
            out << s.id << QStringLiteral("  ") << s.name << QStringLiteral(" (") << s.driver
                << QStringLiteral(")") << Qt::endl
                << QStringLiteral("    ")
                << (s.canVerifyExternalPrints
                        ? tr("image scanner: verifies citizens against registry prints and signs "
                             "officers in")
                        : tr("match-on-chip sensor: signs officers in only; cannot verify citizens "
                             "against registry prints"))
                << Qt::endl;
        }
    }
    if (p.isSet(c.json)) {
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (list.isEmpty()) {
        err << FingerprintText::forError(FingerprintErrorCode::NoScanner) << Qt::endl;
    }
    return list.isEmpty() ? kNoScanner : 0;
}

int FingerprintCommand::enroll(const QStringList& args, QTextStream& out, QTextStream& err) {
    Common c;
    QCommandLineParser p;
    p.setApplicationDescription(tr("Enrols one finger and writes its print, encrypted, to FILE.") +
                                QLatin1Char('\n') + exitCodeHelp());
    const QCommandLineOption outOpt(QStringLiteral("out"), tr("Where to write the print."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption fingerOpt(QStringLiteral("finger"),
                                       tr("Which finger (right-index, left-index, ...)."),
                                       QStringLiteral("NAME"), QStringLiteral("right-index"));
    p.addOptions({outOpt, fingerOpt, c.key, c.scanner, c.timeout, c.wait, c.json});
    if (!parse(p, args, out, err))
        return p.isSet(QStringLiteral("help")) ? 0 : kUsage;
    const auto finger = parseFinger(p.value(fingerOpt));
    if (!p.isSet(outOpt) || !finger) {
        err << tr("enroll needs --out FILE and a valid --finger") << Qt::endl;
        return kUsage;
    }
    const bool json = p.isSet(c.json);
    auto vault = PrintVault::open(p.value(c.key), true);
    if (!vault)
        return report(vault.error(), json, out, err);
    return runOperation(
        p.value(c.wait).toInt() * 1000, json, out, err, &LibfprintScanner::enrolled,
        [&](const QByteArray& print) {
            QByteArray copy = print;
            auto written = vault.value().writeFile(p.value(outOpt), copy);
            secureWipe(copy);
            if (!written)
                return report(written.error(), json, out, err);
            if (json) {
                out << QJsonDocument(QJsonObject{{QStringLiteral("enrolled"), true},
                                                 {QStringLiteral("file"), p.value(outOpt)}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
            } else {
                out << tr("Enrolled; print written to %1").arg(p.value(outOpt)) << Qt::endl;
            }
            return static_cast<int>(kMatch);
        },
        [&](LibfprintScanner& scanner) {
            scanner.enroll(p.value(c.scanner), *finger, p.value(c.timeout).toInt() * 1000);
        });
}

int FingerprintCommand::verify(const QStringList& args, QTextStream& out, QTextStream& err) {
    Common c;
    QCommandLineParser p;
    p.setApplicationDescription(tr("Verifies a finger 1:1 against a stored print.") +
                                QLatin1Char('\n') + exitCodeHelp());
    const QCommandLineOption printOpt(QStringLiteral("print"), tr("The stored print."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption attemptsOpt(QStringLiteral("attempts"),
                                         tr("Failed matches before the final no-match."),
                                         QStringLiteral("N"), QStringLiteral("3"));
    p.addOptions({printOpt, attemptsOpt, c.key, c.scanner, c.timeout, c.wait, c.json});
    if (!parse(p, args, out, err))
        return p.isSet(QStringLiteral("help")) ? 0 : kUsage;
    if (!p.isSet(printOpt)) {
        err << tr("verify needs --print FILE") << Qt::endl;
        return kUsage;
    }
    const bool json = p.isSet(c.json);
    auto vault = PrintVault::open(p.value(c.key), false);
    if (!vault)
        return report(vault.error(), json, out, err);
    auto print = vault.value().readFile(p.value(printOpt));
    if (!print)
        return report(print.error(), json, out, err);
    const int code = runOperation(
        p.value(c.wait).toInt() * 1000, json, out, err, &LibfprintScanner::verified,
        [&](const VerifyResult& r) {
            if (json) {
                out << QJsonDocument(QJsonObject{{QStringLiteral("match"), r.match},
                                                 {QStringLiteral("score"),
                                                  r.score ? QJsonValue(*r.score) : QJsonValue()},
                                                 {QStringLiteral("attempts"), r.attempts},
                                                 {QStringLiteral("ms"), r.ms}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
            } else {
                out << (r.match ? tr("Match (attempt %1, %2 ms).").arg(r.attempts).arg(r.ms)
                                : FingerprintText::noMatchFinal())
                    << Qt::endl;
            }
            return static_cast<int>(r.match ? kMatch : kNoMatch);
        },
        [&](LibfprintScanner& scanner) {
            scanner.verify(
                p.value(c.scanner), print.value(),
                MatchOptions{p.value(attemptsOpt).toInt(), p.value(c.timeout).toInt() * 1000});
        });
    secureWipe(print.value());
    return code;
}

}  // namespace thaid::app::cli
