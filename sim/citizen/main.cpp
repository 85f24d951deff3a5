// thaid-citizen-sim: the citizen's side of "register through an officer", as the ThaiD app
// would play it against the registry's phone API (docs/protocol.md).
#include "protocol/trusted_keys.h"
#include "sim/citizen/citizen_script.h"
#include "sim/citizen/device_check.h"
#include "sim/citizen/login_script.h"
#include "sim/citizen/phone_api.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>

using namespace thaid::sim;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thaid-citizen-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THAID_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Plays the citizen's steps in the ThaiD app: choose the officer channel, accept the "
        "terms, type the citizen ID, scan the kiosk's QR, show the confirmation code, create "
        "the passcode, register the device key, consent and unlock.\n"
        "With --check-device: open ThaiD on a phone registered before (its --key-file and "
        "--passcode) and ask the registry whether that phone is still the citizen's.\n"
        "login: log in to an agency with that phone (--key-file, --passcode): scan the "
        "authorization page's QR (--qr-image), show the agency and the relay code, approve or "
        "--refuse-login.\n\n"
        "Exit status: 0 completed, 2 usage, 3 citizen stopped, 4 QR refused by the app, "
        "5 refused by the registry, 6 network, 7 session ended or timed out."));
    p.addHelpOption();
    p.addVersionOption();
    const auto opt = [](const char* name, const char* help, const char* value = nullptr,
                        const char* fallback = nullptr) {
        QCommandLineOption o(QLatin1String(name), QString::fromUtf8(help));
        if (value)
            o.setValueName(QLatin1String(value));
        if (fallback)
            o.setDefaultValue(QLatin1String(fallback));
        return o;
    };
    const auto registry =
        opt("registry", "Phone API of the registry.", "URL", "https://127.0.0.1:8444");
    const auto ca = opt("ca", "CA certificate of the registry's TLS (PEM).", "FILE");
    const auto trust =
        opt("trust", "Registry signing keys the app trusts (signing-key.pub).", "FILE");
    const auto cid = opt("cid", "The 13-digit citizen ID the citizen types.", "ID");
    const auto terms = opt("terms-version", "Terms of service version accepted.", "V", "2026.1");
    const auto refuseTerms = opt("refuse-terms", "The citizen refuses the terms.");
    const auto qrImage = opt("qr-image", "Scan the QR from an image (e.g. a screenshot).", "FILE");
    const auto qrText = opt("qr-text", "The QR text itself.", "TEXT");
    const auto wrongCid =
        opt("wrong-cid", "Claims with a mistyped ID before the right one.", "N", "0");
    const auto replay = opt("replay-qr", "After the claim, a second phone claims the same QR.");
    const auto noCheck = opt("no-local-check", "Send the QR even if the app would refuse it.");
    const auto bad = opt("bad-passcode", "A passcode to try first (repeatable).", "CODE");
    const auto passcode = opt("passcode", "The 8-digit passcode.", "CODE", "13572468");
    const auto confirmation =
        opt("passcode-confirmation", "A different second entry, first.", "CODE");
    const auto keyFile = opt("key-file", "Write the sealed device key here.", "FILE");
    const auto timeout =
        opt("confirm-timeout", "Seconds to wait for the officer's confirmation.", "S", "300");
    const auto json = opt("json", "One JSON event per line on stdout.");
    const auto checkDevice = opt("check-device",
                                 "Ask whether the phone of --key-file is still bound (exit 0), or "
                                 "refused (5, e.g. device_revoked once a new phone replaced it).");
    const auto refuseLogin = opt("refuse-login", "login: the citizen refuses the agency.");
    const auto expectCode =
        opt("expect-code", "login: the code the page shows; another is refused.", "CODE");
    const auto expectClient =
        opt("expect-client", "login: the agency expected; another is refused.", "ID");
    const auto scanOnly = opt("scan-only", "login: scan and show, decide nothing.");
    const auto codeFromStdin = opt("code-from-stdin",
                                   "login: after the scan, read the code the page shows from "
                                   "standard input; another than the phone's is refused.");
    p.addPositionalArgument(QStringLiteral("login"),
                            QStringLiteral("Log in to an agency instead of registering."));
    p.addOptions({registry,    ca,           trust,        cid,      terms,        refuseTerms,
                  qrImage,     qrText,       wrongCid,     replay,   noCheck,      bad,
                  passcode,    confirmation, keyFile,      timeout,  json,         checkDevice,
                  refuseLogin, expectCode,   expectClient, scanOnly, codeFromStdin});
    p.process(app);
    const bool login = p.positionalArguments().value(0) == QLatin1String("login");

    const auto usage = [](const QString& m) {
        std::fprintf(stderr, "thaid-citizen-sim: %s\n", qPrintable(m));
        return static_cast<int>(kUsage);
    };
    if (p.isSet(checkDevice) && !p.isSet(keyFile))
        return usage(QStringLiteral("--check-device needs --key-file (and --passcode)"));
    if (login && (!p.isSet(keyFile) || (!p.isSet(qrImage) && !p.isSet(qrText))))
        return usage(QStringLiteral("login needs --key-file and --qr-image or --qr-text"));
    if (!p.isSet(checkDevice) && !login &&
        (!p.isSet(cid) || (!p.isSet(qrImage) && !p.isSet(qrText) && !p.isSet(refuseTerms))))
        return usage(QStringLiteral("need --cid and --qr-image or --qr-text (see --help)"));
    if (!p.isSet(ca) || (!p.isSet(trust) && !login))
        return usage(QStringLiteral("need --ca and --trust"));
    QFile caFile(p.value(ca));
    if (!caFile.open(QIODevice::ReadOnly))
        return usage(QStringLiteral("%1: %2").arg(p.value(ca), caFile.errorString()));
    const auto caCerts = QSslCertificate::fromData(caFile.readAll());
    // A login trusts the registry through TLS alone: no QR frame is verified.
    auto keys = login && !p.isSet(trust)
                    ? thaid::Result<QList<thaid::protocol::Ed25519Key>, QString>(
                          QList<thaid::protocol::Ed25519Key>())
                    : thaid::protocol::readTrustedKeys(p.value(trust));
    if (!keys)
        return usage(keys.error());

    CitizenOptions o;
    o.cid = p.value(cid);
    o.termsVersion = p.value(terms);
    o.refuseTerms = p.isSet(refuseTerms);
    o.qrImage = p.value(qrImage);
    o.qrText = p.value(qrText);
    o.trustedKeys = keys.value();
    o.skipLocalQrCheck = p.isSet(noCheck);
    o.wrongCidClaims = p.value(wrongCid).toInt();
    o.replayQr = p.isSet(replay);
    o.badPasscodes = p.values(bad);
    o.passcode = p.value(passcode);
    o.passcodeConfirmation = p.value(confirmation);
    o.keyFile = p.value(keyFile);
    o.confirmTimeoutSeconds = p.value(timeout).toInt();

    const bool asJson = p.isSet(json);
    PhoneApi api(QUrl(p.value(registry)), caCerts);
    const CitizenScript::Report report = [asJson](const QString& event, const QJsonObject& fields,
                                                  const QString& line) {
        if (asJson) {
            QJsonObject record = fields;
            record.insert(QStringLiteral("event"), event);
            record.insert(QStringLiteral("at_ms"), QDateTime::currentMSecsSinceEpoch());
            std::printf("%s\n", QJsonDocument(record).toJson(QJsonDocument::Compact).constData());
        } else {
            std::printf("%s\n", qPrintable(line));
        }
        std::fflush(stdout);
    };
    if (login) {
        LoginScript script(
            api,
            {o.keyFile, o.passcode, o.qrImage, o.qrText, p.isSet(refuseLogin), p.value(expectCode),
             p.value(expectClient), p.isSet(scanOnly), p.isSet(codeFromStdin)},
            report);
        QObject::connect(&script, &LoginScript::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        script.run();
        return app.exec();
    }
    if (p.isSet(checkDevice)) {
        DeviceCheck check(api, o.keyFile, o.passcode, report);
        QObject::connect(&check, &DeviceCheck::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        check.run();
        return app.exec();
    }
    CitizenScript script(api, o, report);
    QObject::connect(&script, &CitizenScript::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    script.run();
    return app.exec();
}
