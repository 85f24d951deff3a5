// thaid-registryd: the reference registry (DESIGN.md §5). `init` creates a demo registry;
// without a subcommand it serves the kiosk API (mutual TLS) and the phone API (TLS).
#include "protocol/ed25519_key.h"
#include "protocol/tls_policy.h"
#include "registry/demo_pki.h"
#include "registry/libfprint_sample_matcher.h"
#include "registry/registry_files.h"
#include "registry/registry_http_server.h"
#include "registry/registry_init.h"
#include "registry/registry_service.h"
#include "registry/registry_store.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace thaid::registry;

namespace {

int fail(const QString& message) {
    std::fprintf(stderr, "thaid-registryd: %s\n", qPrintable(message));
    return 1;
}

QByteArray readAll(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

bool parseEndpoint(const QString& text, QHostAddress* host, quint16* port) {
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (colon < 0 || !ok || p > 65535)
        return false;
    *port = static_cast<quint16>(p);
    return host->setAddress(text.left(colon));
}

// A station's certificate request, signed with the registry CA: the other half of
// `thaid-kioskctl provision`.
int runSignCsr(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Signs a station's certificate request (thaid-kioskctl provision request) with the "
        "registry CA of --dir and prints the station certificate."));
    p.addHelpOption();
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Registry folder (init)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption csr(QStringLiteral("csr"), QStringLiteral("The request (PEM)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QStringLiteral("Validity in days (negative: already expired, "
                                                 "for testing)."),
                                  QStringLiteral("DAYS"), QStringLiteral("365"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write the certificate here (default: stdout)."),
                                 QStringLiteral("FILE"));
    p.addOptions({dir, csr, days, out});
    p.process(QStringList{QStringLiteral("thaid-registryd sign-csr")} + args);
    if (!p.isSet(dir) || !p.isSet(csr))
        return fail(QStringLiteral("sign-csr needs --dir and --csr"));
    const RegistryFiles files{QDir(p.value(dir))};
    QString error;
    const QByteArray caCert = readAll(files.caCertificate(), &error);
    const QByteArray caKey = readAll(files.caKey(), &error);
    const QByteArray request = readAll(p.value(csr), &error);
    if (!error.isEmpty())
        return fail(error);
    auto pki = DemoPki::fromPem({caCert, caKey});
    if (!pki)
        return fail(pki.error());
    auto cert = pki.value().signStationRequest(request, p.value(days).toInt());
    if (!cert)
        return fail(cert.error());
    if (!p.isSet(out)) {
        std::fwrite(cert.value().constData(), 1, static_cast<size_t>(cert.value().size()), stdout);
        return 0;
    }
    QFile f(p.value(out));
    if (!f.open(QIODevice::WriteOnly) || f.write(cert.value()) != cert.value().size())
        return fail(QStringLiteral("%1: %2").arg(p.value(out), f.errorString()));
    return 0;
}

int runInit(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Creates a demo registry in DIR: CA, server certificate, Ed25519 signing key, one "
        "certificate per station, and registry.db with the demo citizens (reference prints "
        "enrolled through libfprint's virtual_image driver) and officers."));
    p.addHelpOption();
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Registry folder."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo-data"),
                                  QStringLiteral("Citizens and officers (JSON)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption images(QStringLiteral("images"),
                                    QStringLiteral("Folder with the citizens' finger images."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption stations(QStringLiteral("stations"),
                                      QStringLiteral("Station IDs, comma-separated."),
                                      QStringLiteral("IDS"), QStringLiteral("10501"));
    const QCommandLineOption server(QStringLiteral("server-name"),
                                    QStringLiteral("Host name or IP in the server certificate."),
                                    QStringLiteral("NAME"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Replace an existing registry."));
    p.addOptions({dir, demo, images, stations, server, force});
    p.process(QStringList{QStringLiteral("thaid-registryd init")} + args);
    if (!p.isSet(dir) || !p.isSet(demo) || !p.isSet(images))
        return fail(QStringLiteral("init needs --dir, --demo-data and --images"));
    InitOptions o{p.value(dir), p.value(demo),   p.value(images),
                  {},           p.value(server), p.isSet(force)};
    for (const QString& s : p.value(stations).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const quint32 id = s.trimmed().toUInt(&ok);
        if (!ok || id == 0)
            return fail(QStringLiteral("bad station ID %1").arg(s));
        o.stations.append(id);
    }
    auto done = initRegistry(o, [](const QString& line) {
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    });
    return done ? 0 : fail(done.error());
}

int runServe(QCoreApplication& app) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Serves the kiosk API over mutual TLS on --listen and the phone API over TLS on "
        "--phone-listen. Port 0 picks a free port; the ports are printed when ready.\n"
        "Subcommands: init, sign-csr (see thaid-registryd <subcommand> --help)."));
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
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file."),
                                QStringLiteral("FILE"));
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
        QStringLiteral("Registry settings (INI): [http] limits and timeouts, see the README."),
        QStringLiteral("FILE"));
    const QCommandLineOption exceptions(
        QStringLiteral("exceptions-per-day"),
        QStringLiteral("Supervisor exceptions a station may grant per day (0 to 1000)."),
        QStringLiteral("N"), QStringLiteral("5"));
    p.addOptions({dir, listen, phone, db, cert, key, ca, signing, skew, config, exceptions});
    p.process(app);
    HttpLimits limits;
    if (p.isSet(config)) {
        QString configError;
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
    const QString dbPath = pick(db, files.database());
    if (!error.isEmpty())
        return fail(error);
    if (dbPath.isEmpty())
        return fail(QStringLiteral("--db (or --dir) is required"));
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

    const qint64 skewMs = p.value(skew).toLongLong() * 1000;
    LibfprintSampleMatcher matcher;
    RegistryService service(*store.value(), matcher, *signingKey,
                            [skewMs] { return QDateTime::currentMSecsSinceEpoch() + skewMs; });
    bool exceptionsOk = false;
    const int exceptionsPerDay = p.value(exceptions).toInt(&exceptionsOk);
    if (!exceptionsOk || exceptionsPerDay < 0 || exceptionsPerDay > 1000)
        return fail(QStringLiteral("--exceptions-per-day takes 0 to 1000"));
    service.setExceptionsPerDay(exceptionsPerDay);
    RegistryHttpServer kiosk(service, RegistryHttpServer::Audience::Kiosk, limits);
    RegistryHttpServer phoneServer(service, RegistryHttpServer::Audience::Phone, limits);
    kiosk.sslSetup(kioskTls);
    phoneServer.sslSetup(tls);
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
    return runServe(app);
}
