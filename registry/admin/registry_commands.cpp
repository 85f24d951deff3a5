// thaid-registryd's subcommands: init, sign-csr and migrate.
#include "registry/admin/registry_commands.h"

#include "protocol/station_name.h"
#include "registry/admin/registry_init.h"
#include "registry/base/registry_files.h"
#include "registry/store/registry_database.h"
#include "registry/store/registry_store.h"
#include "sim/demo_pki/demo_pki.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

namespace thaid::registry {

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

// A station's certificate request, signed with the registry CA: the other half of
// `thaid-kioskctl provision`.
int runSignCsr(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Signs a station's certificate request (thaid-kioskctl provision request) with the "
        "registry CA of --dir, pins it as the station's only current certificate in the "
        "registry's database, and prints it."));
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
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The registry's PostgreSQL database "
                                               "(postgresql://…; default: DIR/registry.db)."),
                                QStringLiteral("URL"));
    p.addOptions({dir, csr, days, out, db});
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
    auto pki = sim::DemoPki::fromPem({caCert, caKey});
    if (!pki)
        return fail(pki.error());
    // The pin goes where the running registry reads it: never into a new, empty database.
    const QString database = p.isSet(db) ? p.value(db) : files.database();
    if (!RegistryDatabase::isPostgresUrl(database) && !QFileInfo::exists(database))
        return fail(QStringLiteral("no registry database at %1: give --db").arg(database));
    auto store = RegistryStore::open(database);
    if (!store)
        return fail(store.error());
    auto cert = pki.value().signStationRequest(request, p.value(days).toInt());
    if (!cert)
        return fail(cert.error());
    const QList<QSslCertificate> issued = QSslCertificate::fromData(cert.value(), QSsl::Pem);
    const QStringList names = issued.size() == 1
                                  ? issued.first().subjectInfo(QSslCertificate::CommonName)
                                  : QStringList();
    const quint32 station =
        names.size() == 1 ? protocol::stationIdFromCommonName(names.first()) : 0;
    if (station == 0 || !store.value()->pinStationCertificate(station, cert.value(),
                                                              QDateTime::currentMSecsSinceEpoch()))
        return fail(QStringLiteral("cannot pin the station's certificate"));
    // The demo certificate and key `init` wrote for this station are superseded: the pin refuses
    // them anyway, and a key file nobody needs is a key file nobody should find.
    for (const QString& superseded : {files.stationKey(station), files.stationCertificate(station)})
        QFile::remove(superseded);
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
    const QCommandLineOption server(
        QStringLiteral("server-name"),
        QStringLiteral("Host names or IPs in the server certificate, comma-separated (behind "
                       "nginx: also the name nginx checks, proxy_ssl_name)."),
        QStringLiteral("NAME"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Replace an existing registry."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Put the data in this PostgreSQL database "
                                               "(postgresql://…) instead of DIR/registry.db."),
                                QStringLiteral("URL"));
    p.addOptions({dir, demo, images, stations, server, force, db});
    p.process(QStringList{QStringLiteral("thaid-registryd init")} + args);
    if (!p.isSet(dir) || !p.isSet(demo) || !p.isSet(images))
        return fail(QStringLiteral("init needs --dir, --demo-data and --images"));
    InitOptions o{p.value(dir),    p.value(demo),  p.value(images), {},
                  p.value(server), p.isSet(force), p.value(db)};
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

int runMigrate(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Brings the registry's schema up to date (the server also does this when it starts) and "
        "prints the version before and after. --check only says whether it is behind (exit 2)."));
    p.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("SQLite file or postgresql:// URL."),
                                QStringLiteral("LOCATION"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("A folder made by init (its registry.db)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Change nothing; exit 2 if behind."));
    p.addOptions({db, dir, check});
    p.process(QStringList{QStringLiteral("thaid-registryd migrate")} + args);
    const QString location =
        p.isSet(db) ? p.value(db) : RegistryFiles{QDir(p.value(dir))}.database();
    if (!p.isSet(db) && !p.isSet(dir))
        return fail(QStringLiteral("migrate needs --db or --dir"));
    auto opened = RegistryDatabase::open(location, RegistryDatabase::Migrate::No);
    if (!opened)
        return fail(opened.error());
    const auto before = opened.value()->schemaVersion();
    if (!before)
        return fail(QStringLiteral("cannot read the schema version"));
    std::printf("schema version %d, latest %d\n", *before, latestSchemaVersion());
    if (p.isSet(check))
        return *before < latestSchemaVersion() ? 2 : 0;
    auto applied = opened.value()->migrate();
    if (!applied)
        return fail(applied.error());
    for (int v : applied.value())
        std::printf("applied version %d\n", v);
    std::printf("schema version %d\n", opened.value()->schemaVersion().value_or(-1));
    return 0;
}

}  // namespace thaid::registry
