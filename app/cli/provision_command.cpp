#include "cli/provision_command.h"

#include "cli/usage_text.h"
#include "config/kiosk_config.h"
#include "protocol/trusted_keys.h"
#include "provision/station_credentials.h"
#include "station_key/tpm_key_store.h"
#include "storage/state_owner.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace thaid::app::cli {

namespace {

constexpr int kDone = 0;
constexpr int kUsage = kExitUsage;
constexpr int kRefused = 2;  // bad input: the configuration, or what the registry sent
constexpr int kCannotWrite = 3;

QByteArray readFile(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

// Atomic, so a kiosk never reads half a certificate.
bool writeFile(const QString& path, const QByteArray& data, QFileDevice::Permissions mode,
               QString* error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.setPermissions(mode) ||
        !f.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

struct Common {
    QCommandLineOption config{QStringLiteral("config"), ProvisionCommand::tr("Configuration file."),
                              QStringLiteral("FILE"), KioskConfig::defaultPath()};
};

bool parse(QCommandLineParser& p, const QStringList& args, const QString& sub, QTextStream& out,
           QTextStream& err, int* exit) {
    p.addHelpOption();
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        *exit = kUsage;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, QStringLiteral("provision ") + sub);
        *exit = kDone;
        return false;
    }
    return true;
}

// The certificate and CA need not exist yet (provisioning installs them): only the settings are
// checked.
std::optional<KioskConfig> settings(const QString& path, QTextStream& err) {
    const auto config = KioskConfig::load(path, false);
    if (config)
        return config.value();
    err << ProvisionCommand::tr("The configuration %1 has problems:").arg(path) << Qt::endl;
    for (const QString& problem : config.error())
        err << QStringLiteral("  ") << problem << Qt::endl;
    return std::nullopt;
}

// A file key: kept unless replacing it is asked for; a new one is 0600, owned by the kiosk user.
bool makeFileKey(const KioskConfig& cfg, bool replace, QTextStream& err) {
    if (QFileInfo::exists(cfg.stationKey) && !replace) {
        err << ProvisionCommand::tr("Using the existing station key %1.").arg(cfg.stationKey)
            << Qt::endl;
        return true;
    }
    auto made = StationCredentials::newPrivateKeyPem();
    QString error;
    if (!made || !writeFile(cfg.stationKey, made.value(),
                            QFileDevice::ReadOwner | QFileDevice::WriteOwner, &error)) {
        err << (made ? error : made.error()) << Qt::endl;
        return false;
    }
    storage::handToStateOwner(cfg.stateDir, {cfg.stationKey});
    err << ProvisionCommand::tr("New station key: %1 (mode 0600).").arg(cfg.stationKey) << Qt::endl;
    return true;
}

// A TPM key: generated inside the TPM and kept at its persistent handle; nothing is written.
bool makeTpmKey(const StationKeyLocation& where, bool replace, QTextStream& err) {
    const auto present = TpmKeyStore::exists(where);
    if (!present) {
        err << ProvisionCommand::tr("The TPM cannot be used: %1").arg(present.error()) << Qt::endl;
        return false;
    }
    if (present.value() && !replace) {
        err << ProvisionCommand::tr("Using the existing station key in the TPM (%1).")
                   .arg(where.describe())
            << Qt::endl;
        return true;
    }
    if (auto made = TpmKeyStore::create(where); !made) {
        err << made.error() << Qt::endl;
        return false;
    }
    err << ProvisionCommand::tr(
               "New station key in the TPM (%1): it was made there and cannot "
               "leave it.")
               .arg(where.describe())
        << Qt::endl;
    return true;
}

}  // namespace

QString ProvisionCommand::summary() {
    return tr(
        "Make the station key and certificate request; install the registry's "
        "certificate, CA and QR keys.");
}

int ProvisionCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    const QString sub = args.value(1);
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + sub} + args.mid(2);
    if (sub == QLatin1String("request"))
        return request(rest, out, err);
    if (sub == QLatin1String("install"))
        return install(rest, out, err);
    (sub == QLatin1String("--help") ? out : err)
        << tr("Usage: thaid-kioskctl provision request|install [options]") << Qt::endl
        << summary() << Qt::endl
        << tr("Exit codes: 0 done, 1 wrong usage, 2 refused (configuration or files not "
              "valid), 3 cannot write.")
        << Qt::endl;
    return sub == QLatin1String("--help") ? kDone : kUsage;
}

int ProvisionCommand::request(const QStringList& args, QTextStream& out, QTextStream& err) {
    Common c;
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Makes the station's private key unless it exists (in the TPM when registry/key is "
           "tpm:0x…, else a file of mode 0600), and prints a certificate request for the "
           "registry operator."));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    tr("Write the request here (default: stdout)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption newKey(QStringLiteral("new-key"),
                                    tr("Replace an existing station key with a new one."));
    p.addOptions({c.config, outOpt, newKey});
    int exit = kDone;
    if (!parse(p, args, QStringLiteral("request"), out, err, &exit))
        return exit;
    const auto config = settings(p.value(c.config), err);
    if (!config)
        return kRefused;
    const KioskConfig& cfg = *config;
    const StationKeyLocation where = cfg.stationKeyLocation();
    if (!(where.inTpm() ? makeTpmKey(where, p.isSet(newKey), err)
                        : makeFileKey(cfg, p.isSet(newKey), err)))
        return kCannotWrite;
    const auto key = StationKey::load(where);
    if (!key) {
        err << tr("The station key cannot be used: %1").arg(key.error()) << Qt::endl;
        return kRefused;
    }
    QString error;
    auto csr = StationCredentials::certificateRequest(key.value(), cfg.stationId);
    if (!csr) {
        err << csr.error() << Qt::endl;
        return kRefused;
    }
    if (p.isSet(outOpt)) {
        if (!writeFile(p.value(outOpt), csr.value(),
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                           QFileDevice::ReadOther,
                       &error)) {
            err << error << Qt::endl;
            return kCannotWrite;
        }
    } else {
        out << QString::fromLatin1(csr.value());
    }
    err << tr("Send the request for station-%1 to the registry operator; install what comes "
              "back with: thaid-kioskctl provision install --certificate FILE --ca FILE "
              "--qr-keys FILE")
               .arg(cfg.stationId)
        << Qt::endl;
    return kDone;
}

int ProvisionCommand::install(const QStringList& args, QTextStream& out, QTextStream& err) {
    Common c;
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Checks the registry's answer against this station and its key, then installs the "
           "certificate, the registry CA and the QR signing keys where the configuration "
           "says."));
    const QCommandLineOption cert(QStringLiteral("certificate"),
                                  tr("The station certificate the registry issued (PEM)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The registry's CA certificate (PEM)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption qr(QStringLiteral("qr-keys"),
                                tr("The registry's QR signing keys (hex, one per line)."),
                                QStringLiteral("FILE"));
    p.addOptions({c.config, cert, ca, qr});
    int exit = kDone;
    if (!parse(p, args, QStringLiteral("install"), out, err, &exit))
        return exit;
    if (!p.isSet(cert) || !p.isSet(ca) || !p.isSet(qr)) {
        err << tr("provision install needs --certificate, --ca and --qr-keys.") << Qt::endl;
        return kUsage;
    }
    const auto config = settings(p.value(c.config), err);
    if (!config)
        return kRefused;
    const KioskConfig& cfg = *config;
    QString error;
    const QByteArray certPem = readFile(p.value(cert), &error);
    const QByteArray caPem = readFile(p.value(ca), &error);
    const QByteArray qrKeys = readFile(p.value(qr), &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return kRefused;
    }
    const auto key = StationKey::load(cfg.stationKeyLocation());
    if (!key) {
        err << tr("The station key cannot be used: %1").arg(key.error()) << Qt::endl;
        return kRefused;
    }
    const auto keys = protocol::readTrustedKeys(p.value(qr));
    if (!keys || keys.value().isEmpty()) {
        err << tr("%1 holds no QR signing key: %2")
                   .arg(p.value(qr), keys ? QString() : keys.error())
            << Qt::endl;
        return kRefused;
    }
    const auto expiry =
        StationCredentials::checkCertificate(certPem, caPem, key.value(), cfg.stationId);
    if (!expiry) {
        err << tr("Not installed: %1.").arg(expiry.error()) << Qt::endl;
        return kRefused;
    }
    const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                          QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!writeFile(cfg.registryCa, caPem, readable, &error) ||
        !writeFile(cfg.registryQrKeys, qrKeys, readable, &error) ||
        !writeFile(cfg.stationCertificate, certPem, readable, &error)) {
        err << error << Qt::endl;
        return kCannotWrite;
    }
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(expiry.value());
    out << tr("Installed the certificate for station-%1, the registry CA and %n QR signing "
              "key(s).",
              nullptr, static_cast<int>(keys.value().size()))
               .arg(cfg.stationId)
        << Qt::endl
        << tr("The certificate is valid until %1 (%2 days). Run thaid-kioskctl doctor next.")
               .arg(expiry.value().toString(Qt::ISODate))
               .arg(days)
        << Qt::endl;
    return kDone;
}

}  // namespace thaid::app::cli
