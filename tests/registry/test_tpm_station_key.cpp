// The station key in a TPM 2.0 (Debian's swtpm), through a running thaid-registryd: made in the
// TPM; mutual TLS and the audit checkpoints are signed there, from Qt's network threads and the
// main thread at once; another machine's TPM, or none, has no such key and cannot connect.
#include "provision/station_credentials.h"
#include "registry_fixture.h"
#include "running_registry.h"
#include "soft_tpm.h"
#include "station_key/station_key.h"
#include "station_key/tpm_key_store.h"
#include "upload/audit_uploader.h"

#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

constexpr quint32 kStation = 10501;

StationKeyLocation inTpm(const SoftTpm& tpm) {
    return StationKeyLocation::parse(QStringLiteral("tpm:0x81000010"), tpm.tcti()).value();
}

// The registry's CA signs the request the TPM signed, as provisioning does (sign-csr).
QString issueFor(const RunningRegistry& registry, const StationKey& key) {
    const auto csr = StationCredentials::certificateRequest(key, kStation);
    EXPECT_TRUE(csr.ok());
    QFile f(registry.file(QStringLiteral("tpm-station.csr")));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(csr ? csr.value() : QByteArray());
    f.close();
    QString cert = registry.file(QStringLiteral("tpm-station.pem"));
    QProcess sign;
    sign.start(QStringLiteral(THAID_REGISTRYD_BIN),
               {QStringLiteral("sign-csr"), QStringLiteral("--dir"), registry.dir.path(),
                QStringLiteral("--db"), registry.database.location(), QStringLiteral("--csr"),
                f.fileName(), QStringLiteral("--days"), QStringLiteral("30"),
                QStringLiteral("--out"), cert});
    EXPECT_TRUE(sign.waitForFinished(30000));
    EXPECT_EQ(sign.exitCode(), 0) << sign.readAllStandardError().toStdString();
    return cert;
}

RegistryEndpoint endpointFor(const RunningRegistry& registry, const QString& cert,
                             const StationKey& key) {
    auto e = RegistryEndpoint::fromFiles(registry.kioskUrl, registry.file(QStringLiteral("ca.pem")),
                                         cert, key.sslKey(),
                                         registry.file(QStringLiteral("signing-key.pub")));
    EXPECT_TRUE(e.ok()) << (e ? "" : e.error().toStdString());
    return e.value();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

TEST(TpmStationKey, IsMadeInTheTpmAndSignsTlsAndCheckpointsThere) {
    const SoftTpm tpm;
    ASSERT_TRUE(tpm.running()) << "swtpm did not start (Debian package swtpm)";
    const RunningRegistry registry;
    const StationKeyLocation where = inTpm(tpm);
    const auto before = TpmKeyStore::exists(where);
    ASSERT_TRUE(before.ok()) << before.error().toStdString();
    ASSERT_FALSE(before.value());
    const auto made = TpmKeyStore::create(where);
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    ASSERT_EQ(TpmKeyStore::exists(where).value(), true);

    const auto key = StationKey::load(where);
    ASSERT_TRUE(key.ok()) << key.error().toStdString();
    EXPECT_TRUE(key.value().inTpm());
    EXPECT_FALSE(key.value().matches(
        readAll(registry.file(QStringLiteral("stations/station-%1.pem").arg(kStation)))));
    const QString cert = issueFor(registry, key.value());
    EXPECT_TRUE(key.value().matches(readAll(cert)));

    // Three clients, three Qt network threads, each shaking hands on six fresh connections
    // while the main thread signs a checkpoint for every audit row: one TPM, used at once.
    std::vector<std::unique_ptr<RegistryClient>> clients;
    clients.reserve(3);
    for (int i = 0; i < 3; ++i)
        clients.push_back(
            std::make_unique<RegistryClient>(endpointFor(registry, cert, key.value())));
    int answered = 0;
    int refused = 0;
    for (auto& client : clients) {
        for (int i = 0; i < 6; ++i)
            client->status(client.get(), [&](const Result<RegistryStatus, RegistryError>& r) {
                ++answered;
                refused += r.ok() && r.value().stationId == kStation ? 0 : 1;
            });
    }
    auto trail =
        std::move(AuditTrail::open(registry.file(QStringLiteral("kiosk-audit.db")),
                                   StationSigner::fromKey(key.value()), QByteArray(32, '\x02')))
            .value();
    for (int i = 0; i < 40; ++i)
        ASSERT_TRUE(
            trail->append(AuditKind::FaceConfirmed, {}, QStringLiteral("row %1").arg(i)).ok());
    QElapsedTimer waited;
    waited.start();
    while (answered < 18 && waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(answered, 18);
    EXPECT_EQ(refused, 0);

    // The registry takes the rows only when every checkpoint verifies against the certificate
    // the connection presented: the TPM key's.
    AuditUploader uploader(*trail, *clients.front(), 3600);
    QSignalSpy uploaded(&uploader, &AuditUploader::uploaded);
    uploader.uploadNow();
    while (trail->pendingCount() > 0 && uploaded.wait(10000)) {
    }
    EXPECT_EQ(trail->pendingCount(), 0);
    EXPECT_EQ(trail->acknowledgedSeq(), 40);
    const auto verified =
        AuditTrail::verify(registry.file(QStringLiteral("kiosk-audit.db")),
                           StationSigner::fromCertificatePem(readAll(cert)).value());
    EXPECT_TRUE(verified.ok) << verified.problem.toStdString();
}

// Provisioned into the TPM, the station has one certificate: the one `init` issued with a key
// file is refused from the next request on, so that key file is of no use to anyone.
TEST(TpmStationKey, ProvisioningPinsTheNewCertificateAndRefusesTheOldKeyFile) {
    const SoftTpm tpm;
    ASSERT_TRUE(tpm.running()) << "swtpm did not start (Debian package swtpm)";
    const RunningRegistry registry;
    const auto status = [](RegistryClient& client) {
        return await<RegistryStatus>([&](auto done) { client.status(&client, done); });
    };
    RegistryClient demoKeyFile(registry.endpoint(kStation));
    ASSERT_TRUE(status(demoKeyFile).ok());
    const StationKeyLocation where = inTpm(tpm);
    ASSERT_TRUE(TpmKeyStore::create(where).ok());
    const auto key = StationKey::load(where);
    ASSERT_TRUE(key.ok()) << key.error().toStdString();
    const QString cert = issueFor(registry, key.value());

    RegistryClient inTpmNow(endpointFor(registry, cert, key.value()));
    auto current = status(inTpmNow);
    ASSERT_TRUE(current.ok()) << current.error().code.toStdString();
    EXPECT_EQ(current.value().stationId, kStation);
    auto refused = status(demoKeyFile);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("certificate_not_current"));
    EXPECT_EQ(refused.error().httpStatus, 403);
    // sign-csr also removed the superseded key file and certificate from the registry folder.
    EXPECT_FALSE(QFile::exists(registry.file(QStringLiteral("stations/station-10501-key.pem"))));
    EXPECT_FALSE(QFile::exists(registry.file(QStringLiteral("stations/station-10501.pem"))));
    // Another station's demo certificate is still its current one.
    RegistryClient other(registry.endpoint(10502));
    EXPECT_TRUE(status(other).ok());
}

TEST(TpmStationKey, AnotherMachinesTpmOrNoTpmHasNoSuchKey) {
    const RunningRegistry registry;
    QString cert;
    {
        const SoftTpm original;
        ASSERT_TRUE(original.running());
        ASSERT_TRUE(TpmKeyStore::create(inTpm(original)).ok());
        const auto key = StationKey::load(inTpm(original));
        ASSERT_TRUE(key.ok()) << key.error().toStdString();
        cert = issueFor(registry, key.value());
    }
    // The certificate and the configuration copied to another machine: its TPM has other seeds.
    const SoftTpm another;
    ASSERT_TRUE(another.running());
    const auto elsewhere = StationKey::load(inTpm(another));
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_TRUE(elsewhere.error().contains(QLatin1String("no key at TPM handle")))
        << elsewhere.error().toStdString();
    // A key made there under the same handle is another key: the certificate is not its own.
    ASSERT_TRUE(TpmKeyStore::create(inTpm(another)).ok());
    const auto impostor = StationKey::load(inTpm(another));
    ASSERT_TRUE(impostor.ok());
    EXPECT_FALSE(impostor.value().matches(readAll(cert)));
    RegistryClient client(endpointFor(registry, cert, impostor.value()));
    QSignalSpy done(&client, &RegistryClient::exchanged);
    bool connected = true;
    client.status(&client,
                  [&](const Result<RegistryStatus, RegistryError>& r) { connected = r.ok(); });
    ASSERT_TRUE(done.wait(20000));
    EXPECT_FALSE(connected);

    // No TPM at all.
    const auto none =
        StationKey::load(StationKeyLocation::parse(QStringLiteral("tpm:0x81000010"),
                                                   QStringLiteral("swtpm:host=127.0.0.1,port=1"))
                             .value());
    EXPECT_FALSE(none.ok());
    EXPECT_FALSE(
        TpmKeyStore::exists(StationKeyLocation::parse(QStringLiteral("tpm:0x81000010"),
                                                      QStringLiteral("swtpm:host=127.0.0.1,port=1"))
                                .value())
            .ok());
}
