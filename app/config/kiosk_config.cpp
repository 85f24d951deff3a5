#include "config/kiosk_config.h"

#include <QFileInfo>
#include <QSet>
#include <QSettings>

namespace thaid::app {

namespace {

const QSet<QString>& knownKeys() {
    static const QSet<QString> keys{
        QStringLiteral("station/id"),
        QStringLiteral("station/state_dir"),
        QStringLiteral("registry/url"),
        QStringLiteral("registry/ca"),
        QStringLiteral("registry/certificate"),
        QStringLiteral("registry/key"),
        QStringLiteral("registry/qr_keys"),
        QStringLiteral("registry/timeout_ms"),
        QStringLiteral("tpm/tcti"),
        QStringLiteral("devices/reader"),
        QStringLiteral("devices/scanner"),
        QStringLiteral("devices/finger_attempts"),
        QStringLiteral("timeouts/idle_lock_s"),
        QStringLiteral("timeouts/fingerprint_s"),
        QStringLiteral("timeouts/qr_s"),
        QStringLiteral("review/old_photo_years"),
        QStringLiteral("display/language"),
        QStringLiteral("display/fullscreen"),
        QStringLiteral("display/officer_screen"),
        QStringLiteral("display/citizen_screen"),
        QStringLiteral("audit/upload_interval_s"),
        QStringLiteral("metrics/listen"),
        QStringLiteral("thaid_check/issuer"),
        QStringLiteral("thaid_check/client_id"),
        QStringLiteral("thaid_check/secret_file"),
    };
    return keys;
}

class Reader {
public:
    explicit Reader(QSettings& s) : m_s(s) {}
    QStringList problems;

    QString text(const char* key, const QString& fallback, bool required = false) {
        const QString k = QLatin1String(key);
        // QSettings splits an unquoted value at commas (a TCTI such as "swtpm:host=…,port=…").
        const QVariant raw = m_s.value(k);
        QString value =
            (raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(QLatin1Char(','))
                                                    : raw.toString())
                .trimmed();
        if (!m_s.contains(k) || (required && value.isEmpty())) {
            if (required)
                problems << QStringLiteral("%1: missing").arg(k);
            return fallback;
        }
        return value;
    }
    int number(const char* key, int fallback, int min, int max) {
        const QString k = QLatin1String(key);
        if (m_s.value(k).toString().trimmed().isEmpty())
            return fallback;  // absent or left empty: the default
        bool ok = false;
        const int v = m_s.value(k).toString().trimmed().toInt(&ok);
        if (!ok || v < min || v > max) {
            problems << QStringLiteral("%1: must be a whole number from %2 to %3, not \"%4\"")
                            .arg(k)
                            .arg(min)
                            .arg(max)
                            .arg(m_s.value(k).toString());
            return fallback;
        }
        return v;
    }
    bool flag(const char* key, bool fallback) {
        const QString k = QLatin1String(key);
        if (!m_s.contains(k))
            return fallback;
        const QString v = m_s.value(k).toString().trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1"))
            return true;
        if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0"))
            return false;
        problems << QStringLiteral("%1: must be true or false, not \"%2\"").arg(k, v);
        return fallback;
    }
    void file(const char* key, const QString& path, bool check) {
        if (check && !path.isEmpty() && !QFileInfo(path).isReadable())
            problems << QStringLiteral("%1: cannot read %2").arg(QLatin1String(key), path);
    }

private:
    QSettings& m_s;
};

}  // namespace

QString KioskConfig::defaultPath() {
    const QString fromEnv = qEnvironmentVariable("THAID_CONFIG");
    return fromEnv.isEmpty() ? QStringLiteral("/etc/thaid-kiosk/kiosk.conf") : fromEnv;
}

Result<KioskConfig, QStringList> KioskConfig::load(const QString& path, bool checkFiles) {
    if (!QFileInfo(path).isReadable())
        return QStringList{QStringLiteral("%1: cannot read the configuration file").arg(path)};
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return QStringList{QStringLiteral("%1: not a valid INI file").arg(path)};
    Reader r(s);
    for (const QString& key : s.allKeys()) {
        if (!knownKeys().contains(key))
            r.problems << QStringLiteral("%1: unknown key").arg(key);
    }
    KioskConfig c;
    c.stationId = static_cast<quint32>(r.number("station/id", 0, 1, 2147483647));
    if (s.value(QStringLiteral("station/id")).toString().trimmed().isEmpty())
        r.problems << QStringLiteral("station/id: missing");
    c.stateDir = r.text("station/state_dir", c.stateDir);
    const QString url = r.text("registry/url", {}, true);
    c.registryUrl = QUrl(url);
    if (!url.isEmpty() &&
        (!c.registryUrl.isValid() || c.registryUrl.scheme() != QLatin1String("https") ||
         c.registryUrl.host().isEmpty()))
        r.problems << QStringLiteral("registry/url: must be an https:// URL, not \"%1\"").arg(url);
    c.registryCa = r.text("registry/ca", {}, true);
    c.stationCertificate = r.text("registry/certificate", {}, true);
    c.stationKey = r.text("registry/key", {}, true);
    c.registryQrKeys = r.text("registry/qr_keys", {}, true);
    r.file("registry/ca", c.registryCa, checkFiles);
    r.file("registry/certificate", c.stationCertificate, checkFiles);
    c.tpmTcti = r.text("tpm/tcti", {});
    if (auto where = StationKeyLocation::parse(c.stationKey, c.tpmTcti); !where)
        r.problems << QStringLiteral("registry/key: %1").arg(where.error());
    else if (!where.value().inTpm())
        r.file("registry/key", c.stationKey, checkFiles);
    r.file("registry/qr_keys", c.registryQrKeys, checkFiles);
    c.registryTimeoutMs = r.number("registry/timeout_ms", c.registryTimeoutMs, 1000, 120000);
    c.preferredReader = r.text("devices/reader", {});
    c.preferredScanner = r.text("devices/scanner", {});
    c.fingerAttempts = r.number("devices/finger_attempts", c.fingerAttempts, 1, 5);
    c.idleLockSeconds = r.number("timeouts/idle_lock_s", c.idleLockSeconds, 30, 86400);
    c.fingerprintSeconds = r.number("timeouts/fingerprint_s", c.fingerprintSeconds, 5, 300);
    c.qrSeconds = r.number("timeouts/qr_s", c.qrSeconds, 30, 300);
    c.oldPhotoYears = r.number("review/old_photo_years", c.oldPhotoYears, 2, 50);
    c.language = r.text("display/language", c.language);
    if (c.language != QLatin1String("th") && c.language != QLatin1String("en"))
        r.problems
            << QStringLiteral("display/language: must be th or en, not \"%1\"").arg(c.language);
    c.fullscreen = r.flag("display/fullscreen", c.fullscreen);
    c.officerScreen = r.text("display/officer_screen", {});
    c.citizenScreen = r.text("display/citizen_screen", {});
    c.auditUploadSeconds = r.number("audit/upload_interval_s", c.auditUploadSeconds, 5, 86400);
    c.metricsListen = r.text("metrics/listen", {});
    if (!c.metricsListen.isEmpty()) {
        // Metrics describe the office's work: loopback only, never the network.
        const QString host = c.metricsListen.section(QLatin1Char(':'), 0, -2);
        bool ok = false;
        const int port = c.metricsListen.section(QLatin1Char(':'), -1).toInt(&ok);
        const bool loopback = host == QLatin1String("127.0.0.1") ||
                              host == QLatin1String("[::1]") || host == QLatin1String("localhost");
        if (!loopback || !ok || port < 1 || port > 65535)
            r.problems << QStringLiteral(
                              "metrics/listen: must be a loopback address and port such as "
                              "127.0.0.1:9477, not \"%1\"")
                              .arg(c.metricsListen);
    }
    c.thaidCheckClientId = r.text("thaid_check/client_id", {});
    if (!c.thaidCheckClientId.isEmpty()) {
        const QString issuer = r.text("thaid_check/issuer", {}, true);
        c.thaidCheckIssuer = QUrl(issuer);
        if (!issuer.isEmpty() && (!c.thaidCheckIssuer.isValid() ||
                                  c.thaidCheckIssuer.scheme() != QLatin1String("https") ||
                                  c.thaidCheckIssuer.host().isEmpty()))
            r.problems << QStringLiteral("thaid_check/issuer: must be an https:// URL, not \"%1\"")
                              .arg(issuer);
        c.thaidCheckSecretFile = r.text("thaid_check/secret_file", {}, true);
        r.file("thaid_check/secret_file", c.thaidCheckSecretFile, checkFiles);
    }
    if (checkFiles && !QFileInfo(c.stateDir).isDir())
        r.problems << QStringLiteral("station/state_dir: %1 is not a folder").arg(c.stateDir);
    if (!r.problems.isEmpty())
        return r.problems;
    return c;
}

}  // namespace thaid::app
