// thaid-registryd: the reference registry (docs/protocol.md). `init` creates a demo registry,
// `migrate` brings a database's schema up to date; without a subcommand it serves the kiosk API
// (mutual TLS) and the phone API (TLS).
#include "protocol/ed25519_key.h"
#include "protocol/tls_policy.h"
#include "registry/admin/registry_commands.h"
#include "registry/base/registry_files.h"
#include "registry/matching/libfprint_sample_matcher.h"
#include "registry/registration/registry_service.h"
#include "registry/server/registry_http_server.h"
#include "registry/store/registry_store.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace thaid::registry;

namespace {

bool parseEndpoint(const QString& text, QHostAddress* host, quint16* port) {
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (colon < 0 || !ok || p > 65535)
        return false;
    *port = static_cast<quint16>(p);
    return host->setAddress(text.left(colon));
}

int runServe(QCoreApplication& app) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Serves the kiosk API over mutual TLS on --listen and the phone API over TLS on "
        "--phone-listen. Port 0 picks a free port; the ports are printed when ready.\n"
        "Subcommands: init, sign-csr, migrate (see thaid-registryd <subcommand> --help)."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("A folder made by init: defaults for the files."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Kiosk API address."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption phone(QStringLiteral("phone-listen"),
                                   QStringLiteral("Phone API address."),
                                   QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8444"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("SQLite file (the default: registry.db in --dir) or PostgreSQL URL, "
                       "postgresql://user@host/dbname; also [database] location in --config."),
        QStringLiteral("LOCATION"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("Server certificate (PEM)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("Server key (PEM)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("client-ca"),
                                QStringLiteral("CA that issues station certificates (PEM)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption signing(QStringLiteral("signing-key"),
                                     QStringLiteral("Ed25519 key for QR frames (PEM)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption skew(
        QStringLiteral("clock-skew-s"),
        QStringLiteral("Run the registry's clock this many seconds off (to test kiosks' clock "
                       "checks)."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        QStringLiteral("Registry settings (INI): [database] location, [http] limits and "
                       "timeouts; see the README."),
        QStringLiteral("FILE"));
    const QCommandLineOption exceptions(
        QStringLiteral("exceptions-per-day"),
        QStringLiteral("Supervisor exceptions a station may grant per day (0 to 1000)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption proxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("Serve only a reverse proxy (nginx) that connects with a certificate from "
                       "the registry CA named NAME (init makes one: thaid-proxy), and take each "
                       "kiosk's certificate from the X-Client-Certificate header it sets. The "
                       "proxy owns the per-client limits then."),
        QStringLiteral("NAME"));
    const QCommandLineOption issuer(
        QStringLiteral("issuer"),
        QStringLiteral("The OpenID Connect issuer: the https URL agencies reach the phone "
                       "listener at (default: https://<phone-listen>); also [oidc] issuer."),
        QStringLiteral("URL"));
    p.addOptions(
        {dir, listen, phone, db, cert, key, ca, signing, skew, config, exceptions, proxy, issuer});
    p.process(app);
    HttpLimits limits;
    OidcSettings oidcSettings;
    if (p.isSet(config)) {
        QString configError;
        oidcSettings = OidcSettings::fromFile(p.value(config), &configError);
        if (!configError.isEmpty())
            return fail(configError);
        limits = HttpLimits::fromFile(p.value(config), &configError);
        if (!configError.isEmpty())
            return fail(configError);
    }
    // Every descriptor the system allows: the connection limits decide, not EMFILE.
    rlimit descriptors{};
    if (getrlimit(RLIMIT_NOFILE, &descriptors) == 0 &&
        descriptors.rlim_cur < descriptors.rlim_max) {
        descriptors.rlim_cur = descriptors.rlim_max;
        setrlimit(RLIMIT_NOFILE, &descriptors);
    }

    const RegistryFiles files{QDir(p.value(dir))};
    const auto pick = [&](const QCommandLineOption& opt, const QString& fallback) {
        return p.isSet(opt) || !p.isSet(dir) ? p.value(opt) : fallback;
    };
    QString error;
    const QByteArray certPem = readAll(pick(cert, files.serverCertificate()), &error);
    const QByteArray keyPem = readAll(pick(key, files.serverKey()), &error);
    const QByteArray caPem = readAll(pick(ca, files.caCertificate()), &error);
    const QByteArray signingPem = readAll(pick(signing, files.signingKey()), &error);
    QString dbPath = pick(db, files.database());
    if (!p.isSet(db) && p.isSet(config)) {
        const QString configured = QSettings(p.value(config), QSettings::IniFormat)
                                       .value(QStringLiteral("database/location"))
                                       .toString();
        if (!configured.isEmpty())
            dbPath = configured;
    }
    if (!error.isEmpty())
        return fail(error);
    if (dbPath.isEmpty())
        return fail(QStringLiteral("--db (or --dir, or [database] location) is required"));
    const auto signingKey = thaid::protocol::Ed25519Key::fromPem(signingPem);
    if (!signingKey || !signingKey->hasPrivate())
        return fail(QStringLiteral("the signing key is not an Ed25519 private key"));
    auto store = RegistryStore::open(dbPath);
    if (!store)
        return fail(store.error());

    QSslConfiguration tls =
        thaid::protocol::withProtocolTls(QSslConfiguration::defaultConfiguration());
    tls.setLocalCertificate(QSslCertificate(certPem));
    tls.setPrivateKey(QSslKey(keyPem, QSsl::Ec));
    if (tls.localCertificate().isNull() || tls.privateKey().isNull())
        return fail(
            QStringLiteral("the TLS certificate or key cannot be read (P-256 PEM expected)"));
    QSslConfiguration kioskTls = tls;
    kioskTls.setCaCertificates(QSslCertificate::fromData(caPem));
    kioskTls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (p.isSet(proxy)) {
        // Nothing but the proxy reaches either listener.
        tls = kioskTls;
        // Every client arrives from the proxy's address, so per-address shares would throttle
        // the whole fleet; nginx keeps them per kiosk and per phone instead.
        limits.maxConnectionsPerAddress = limits.maxConnections;
        limits.maxLongPollsPerAddress = limits.maxLongPolls;
    }

    const qint64 skewMs = p.value(skew).toLongLong() * 1000;
    LibfprintSampleMatcher matcher;
    RegistryService service(*store.value(), matcher, *signingKey,
                            [skewMs] { return QDateTime::currentMSecsSinceEpoch() + skewMs; });
    bool exceptionsOk = false;
    const int exceptionsPerDay = p.value(exceptions).toInt(&exceptionsOk);
    if (!exceptionsOk || exceptionsPerDay < 0 || exceptionsPerDay > 1000)
        return fail(QStringLiteral("--exceptions-per-day takes 0 to 1000"));
    service.setExceptionsPerDay(exceptionsPerDay);
    if (p.isSet(issuer))
        oidcSettings.issuer = p.value(issuer);
    OidcProvider oidc(*store.value(), oidcSettings,
                      [skewMs] { return QDateTime::currentMSecsSinceEpoch() + skewMs; });
    if (!oidc.ensureSigningKey())
        return fail(QStringLiteral("cannot make or read the ID-token signing key"));
    RegistryHttpServer kiosk(service, RegistryHttpServer::Audience::Kiosk, limits);
    RegistryHttpServer phoneServer(service, RegistryHttpServer::Audience::Phone, limits);
    kiosk.sslSetup(kioskTls);
    phoneServer.sslSetup(tls);
    phoneServer.serveOidc(&oidc);
    if (p.isSet(proxy)) {
        kiosk.trustProxy(p.value(proxy));
        phoneServer.trustProxy(p.value(proxy));
    }
    QHostAddress kioskHost, phoneHost;
    quint16 kioskPort = 0, phonePort = 0;
    if (!parseEndpoint(p.value(listen), &kioskHost, &kioskPort) ||
        !parseEndpoint(p.value(phone), &phoneHost, &phonePort))
        return fail(QStringLiteral("addresses look like 127.0.0.1:8443"));
    kioskPort = kiosk.listen(kioskHost, kioskPort);
    phonePort = phoneServer.listen(phoneHost, phonePort);
    if (kioskPort == 0 || phonePort == 0)
        return fail(QStringLiteral("cannot listen on %1 and %2 (in use?)")
                        .arg(p.value(listen), p.value(phone)));
    if (oidc.settings().issuer.isEmpty())
        oidc.setIssuer(QStringLiteral("https://%1:%2").arg(phoneHost.toString()).arg(phonePort));
    std::printf("thaid-registryd ready kiosk=https://%s:%u phone=https://%s:%u kid=%s\n",
                qPrintable(kioskHost.toString()), kioskPort, qPrintable(phoneHost.toString()),
                phonePort, signingKey->keyId().toHex().constData());
    std::fflush(stdout);
    return app.exec();
}

}  // namespace

int main(int argc, char** argv) {
    // Everything the registry writes (registry.db with its WAL, keys, certificates) is for its
    // own user only.
    umask(077);
    // libfprint (init enrols reference prints, serving matches samples) owns GLib's default
    // context on its own thread.
    qputenv("QT_NO_GLIB", "1");
    const bool init = argc > 1 && qstrcmp(argv[1], "init") == 0;
    // The registry's virtual_image device is its own: never a socket a kiosk on the same
    // machine is fed through, and no other virtual driver beside it.
    const QByteArray socketPath =
        QByteArray("/tmp/thaid-registryd-") + QByteArray::number(getpid()) + ".sock";
    qputenv("FP_VIRTUAL_IMAGE", socketPath);
    qunsetenv("FP_VIRTUAL_DEVICE");
    qunsetenv("FP_VIRTUAL_DEVICE_STORAGE");
    struct RemoveSocket {
        QByteArray path;
        ~RemoveSocket() { QFile::remove(QString::fromLocal8Bit(path)); }
    } removeSocket{socketPath};
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thaid-registryd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THAID_VERSION));
    if (argc > 1 && qstrcmp(argv[1], "sign-csr") == 0)
        return runSignCsr(app.arguments().mid(2));
    if (init)
        return runInit(app.arguments().mid(2));
    if (argc > 1 && qstrcmp(argv[1], "migrate") == 0)
        return runMigrate(app.arguments().mid(2));
    if (argc > 1 && qstrcmp(argv[1], "client") == 0)
        return runClient(app.arguments().mid(2));
    if (argc > 1 && qstrcmp(argv[1], "oidc-keys") == 0)
        return runOidcKeys(app.arguments().mid(2));
    return runServe(app);
}
