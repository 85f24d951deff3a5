#include "registry/admin/registry_init.h"

#include "protocol/ed25519_key.h"
#include "protocol/exception_reason.h"
#include "registry/admin/demo_import.h"
#include "registry/base/registry_files.h"
#include "registry/matching/reference_enroller.h"
#include "registry/store/registry_store.h"
#include "sim/demo_pki/demo_pki.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace thaid::registry {

namespace {

bool writeFile(const QString& path, const QByteArray& data, bool secret, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(data) != data.size() || !f.flush()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

}  // namespace

Result<bool, QString> initRegistry(const InitOptions& o,
                                   const std::function<void(const QString&)>& progress) {
    const RegistryFiles files{QDir(o.dir)};
    if (!files.dir.mkpath(QStringLiteral("stations")))
        return QStringLiteral("cannot create %1").arg(o.dir);
    if (QFileInfo::exists(files.caCertificate()) && !o.force)
        return QStringLiteral("%1 already holds a registry (use --force to replace it)").arg(o.dir);
    auto data = readDemoData(o.demoData);
    if (!data)
        return data.error();

    QString error;
    auto pki = sim::DemoPki::createCa(QStringLiteral("ThaiD demo registry CA"), 3650);
    if (!pki)
        return pki.error();
    auto server = pki.value().issueServer(o.serverName, 825);
    if (!server)
        return server.error();
    auto proxy = pki.value().issueProxy(RegistryFiles::proxyName(), 825);
    if (!proxy)
        return proxy.error();
    const auto signing = protocol::Ed25519Key::generate();
    if (!signing)
        return QStringLiteral("cannot generate the signing key");
    if (!writeFile(files.caCertificate(), pki.value().ca().certificate, false, &error) ||
        !writeFile(files.caKey(), pki.value().ca().privateKey, true, &error) ||
        !writeFile(files.serverCertificate(), server.value().certificate, false, &error) ||
        !writeFile(files.serverKey(), server.value().privateKey, true, &error) ||
        !writeFile(files.proxyCertificate(), proxy.value().certificate, false, &error) ||
        !writeFile(files.proxyKey(), proxy.value().privateKey, true, &error) ||
        !writeFile(files.signingKey(), signing->privatePem(), true, &error) ||
        !writeFile(files.signingPublicKey(), signing->rawPublic().toHex() + '\n', false, &error))
        return error;
    progress(QStringLiteral("CA, server certificate for %1, signing key %2")
                 .arg(o.serverName, QString::fromLatin1(signing->keyId().toHex())));
    QList<std::pair<quint32, QByteArray>> issued;
    for (quint32 id : o.stations) {
        auto station = pki.value().issueStation(id, 825);
        if (!station)
            return station.error();
        issued.append({id, station.value().certificate});
        if (!writeFile(files.stationCertificate(id), station.value().certificate, false, &error) ||
            !writeFile(files.stationKey(id), station.value().privateKey, true, &error))
            return error;
        progress(QStringLiteral("station %1: %2").arg(id).arg(files.stationCertificate(id)));
    }

    const QString database = o.database.isEmpty() ? files.database() : o.database;
    if (!RegistryDatabase::isPostgresUrl(database)) {
        QFile::remove(database);
        QFile::remove(database + QStringLiteral("-wal"));
        QFile::remove(database + QStringLiteral("-shm"));
    }
    auto store = RegistryStore::open(database);
    if (!store)
        return store.error();
    ReferenceEnroller enroller;
    for (const DemoCitizen& c : data.value().citizens) {
        auto print = enroller.enroll(QDir(o.imagesDir).filePath(c.fingerImage));
        if (!print)
            return QStringLiteral("enrolling %1: %2").arg(c.fingerImage, print.error());
        CitizenEntry entry = c.entry;
        entry.referencePrint = print.value();
        if (!store.value()->putCitizen(entry))
            return QStringLiteral("cannot store a citizen");
        if (!c.secondFingerImage.isEmpty()) {
            auto second = enroller.enroll(QDir(o.imagesDir).filePath(c.secondFingerImage));
            if (!second)
                return QStringLiteral("enrolling %1: %2").arg(c.secondFingerImage, second.error());
            const QString other = protocol::indexFingerName(
                c.entry.finger == protocol::indexFingerName(protocol::IndexFinger::Left)
                    ? protocol::IndexFinger::Right
                    : protocol::IndexFinger::Left);
            if (!store.value()->putCitizenPrint(c.entry.cid, other, second.value()))
                return QStringLiteral("cannot store a citizen's second print");
        }
        for (const QString& old : c.supersededRequestNumbers)
            store.value()->putSupersededCard(c.entry.cid, old);
        if (c.card && !store.value()->putCitizenCard(*c.card))
            return QStringLiteral("cannot store a citizen's card data");
        progress(QStringLiteral("citizen %1…: reference print from %2 (%3 bytes)")
                     .arg(c.entry.cid.left(4), c.fingerImage)
                     .arg(print.value().size()));
    }
    for (const DemoOfficer& officer : data.value().officers) {
        // Officers are verified by the registry too, against the print enrolled when their
        // card was issued.
        auto print = enroller.enroll(QDir(o.imagesDir).filePath(officer.fingerImage));
        if (!print)
            return QStringLiteral("enrolling %1: %2").arg(officer.fingerImage, print.error());
        OfficerEntry entry = officer.entry;
        entry.referencePrint = print.value();
        if (!store.value()->putOfficer(entry))
            return QStringLiteral("cannot store an officer");
    }
    for (const StationEntry& station : data.value().stations) {
        if (!store.value()->putStation(station))
            return QStringLiteral("cannot store a station");
    }
    // Each station's demo certificate is its current one until it is provisioned again.
    for (const auto& [id, pem] : issued) {
        if (!store.value()->pinStationCertificate(id, pem, QDateTime::currentMSecsSinceEpoch()))
            return QStringLiteral("cannot pin a station's certificate");
    }
    progress(QStringLiteral("%1 citizens, %2 officers in %3")
                 .arg(data.value().citizens.size())
                 .arg(data.value().officers.size())
                 .arg(RegistryDatabase::isPostgresUrl(database) ? QStringLiteral("PostgreSQL")
                                                                : database));
    return true;
}

}  // namespace thaid::registry
