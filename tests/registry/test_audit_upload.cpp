// The kiosk's audit rows reach the registry in batches, at least once: kept until acknowledged,
// sent again after the registry was unreachable.
#include "doctor/registry_checks.h"
#include "registry_fixture.h"
#include "upload/audit_uploader.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

// The station's certificate and key: its TLS identity, and the key that signs its audit.
struct Station {
    explicit Station(RegistryFixture& r)
        : registry(r), key(r.pki().issueStation(RegistryFixture::kStation, 30).value()) {}
    RegistryFixture& registry;
    sim::PemPair key;
};

std::unique_ptr<RegistryClient> kioskOf(const Station& station) {
    return std::make_unique<RegistryClient>(station.registry.endpoint(station.key));
}

std::unique_ptr<AuditTrail> trailWithRows(const sim::PemPair& station, const QString& path,
                                          int rows) {
    auto trail =
        std::move(AuditTrail::open(path, StationSigner::fromPrivatePem(station.privateKey).value(),
                                   QByteArray(32, '\x01')))
            .value();
    for (int i = 0; i < rows; ++i)
        EXPECT_TRUE(trail
                        ->append(app::AuditKind::FaceConfirmed, QStringLiteral("1101700230708"),
                                 QStringLiteral("n=%1").arg(i))
                        .ok());
    return trail;
}

}  // namespace

TEST(AuditUpload, RowsGoUpInBatchesAndStayUntilAcknowledged) {
    RegistryFixture registry;
    const Station station(registry);
    auto client = kioskOf(station);
    auto trail =
        trailWithRows(station.key, registry.directory() + QStringLiteral("/kiosk-audit.db"), 120);
    AuditUploader uploader(*trail, *client, 3600);
    QSignalSpy uploaded(&uploader, &AuditUploader::uploaded);
    uploader.uploadNow();
    while (trail->pendingCount() > 0 && uploaded.wait(5000)) {
    }
    EXPECT_EQ(trail->pendingCount(), 0);
    EXPECT_EQ(trail->acknowledgedSeq(), 120);
    EXPECT_EQ(uploaded.size(), 3);  // 50 + 50 + 20
    // The registry holds them, with the citizen only as an HMAC.
    const auto counts = registry.database().rows(QStringLiteral(
        "SELECT COUNT(*), SUM(CASE WHEN citizen_hmac LIKE '%1101700230708%' THEN 1 ELSE 0 END)"
        " FROM kiosk_audit"));
    ASSERT_EQ(counts.size(), 1);
    EXPECT_EQ(counts[0].value(0).toInt(), 120);
    EXPECT_EQ(counts[0].value(1).toInt(), 0);
}

TEST(AuditUpload, AnUnreachableRegistryLosesNothing) {
    RegistryFixture registry;
    const Station station(registry);
    RegistryEndpoint down = registry.endpoint(station.key);
    down.url = QUrl(QStringLiteral("https://127.0.0.1:1"));
    down.timeoutMs = 1000;
    RegistryClient offline(down);
    auto trail =
        trailWithRows(station.key, registry.directory() + QStringLiteral("/kiosk-audit.db"), 7);
    {
        AuditUploader uploader(*trail, offline, 3600);
        QSignalSpy failed(&uploader, &AuditUploader::failed);
        uploader.uploadNow();
        ASSERT_TRUE(failed.wait(10000));
        EXPECT_EQ(trail->pendingCount(), 7);
    }
    auto client = kioskOf(station);
    AuditUploader uploader(*trail, *client, 3600);
    QSignalSpy uploaded(&uploader, &AuditUploader::uploaded);
    uploader.uploadNow();
    ASSERT_TRUE(uploaded.wait(5000));
    EXPECT_EQ(trail->pendingCount(), 0);
}

namespace {

// Uploads everything pending; the registry's last answer.
std::optional<RegistryError> uploadAll(AuditTrail& trail, RegistryClient& client) {
    AuditUploader uploader(trail, client, 3600);
    QSignalSpy uploaded(&uploader, &AuditUploader::uploaded);
    QSignalSpy failed(&uploader, &AuditUploader::failed);
    uploader.uploadNow();
    QDeadlineTimer deadline(10000);
    while (trail.pendingCount() > 0 && failed.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!failed.isEmpty())
        return failed.first().value(0).value<RegistryError>();
    return std::nullopt;
}

}  // namespace

TEST(AuditUpload, ARewrittenTrailIsRefusedAndNeverAcknowledged) {
    RegistryFixture registry;
    const Station station(registry);
    auto client = kioskOf(station);
    const QString path = registry.directory() + QStringLiteral("/kiosk-audit.db");
    {
        auto trail = trailWithRows(station.key, path, 10);
        ASSERT_FALSE(uploadAll(*trail, *client));
        EXPECT_EQ(trail->acknowledgedSeq(), 10);
    }
    // Someone with the station key writes a new, consistent trail and sends it again.
    for (const char* suffix : {"", "-wal", "-shm", ".ack"})
        QFile::remove(path + QLatin1String(suffix));
    auto forged = trailWithRows(station.key, path, 12);
    const auto refused = uploadAll(*forged, *client);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->code, QStringLiteral("audit_conflict"));
    EXPECT_EQ(forged->acknowledgedSeq(), 0);
    EXPECT_EQ(registry.store().auditHead(RegistryFixture::kStation).first, 10);
}

TEST(AuditUpload, RowsNotSignedByTheConnectingStationOrOffTheChainAreRefused) {
    RegistryFixture registry;
    const Station station(registry);
    auto client = kioskOf(station);
    // Signed by another key than the one the station connects with: planted rows.
    const Station other(registry);
    auto planted =
        trailWithRows(other.key, registry.directory() + QStringLiteral("/planted.db"), 3);
    const auto refused = uploadAll(*planted, *client);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->code, QStringLiteral("audit_rejected"));
    EXPECT_EQ(registry.store().auditHead(RegistryFixture::kStation).first, 0);
    // The real trail is taken, and the registry's receipt names the last row's hash.
    auto real = trailWithRows(station.key, registry.directory() + QStringLiteral("/real.db"), 3);
    ASSERT_FALSE(uploadAll(*real, *client));
    EXPECT_EQ(registry.store().auditHead(RegistryFixture::kStation).second,
              real->after(2, 1).value(0).hash);
}

// Rows cut from the end of the trail, with their checkpoints and the acknowledgement beside it,
// pass the trail's own check; the registry's acknowledged sequence, which doctor compares with
// the trail's end, does not.
TEST(AuditUpload, ATrailCutBelowWhatTheRegistryAcknowledgedIsCaughtByDoctor) {
    RegistryFixture registry;
    const Station station(registry);
    auto client = kioskOf(station);
    const QString path = registry.directory() + QStringLiteral("/kiosk-audit.db");
    {
        auto trail = trailWithRows(station.key, path, 10);
        ASSERT_FALSE(uploadAll(*trail, *client));
    }
    const auto doctor = [&] {
        std::optional<QList<DoctorCheck>> checks;
        RegistryChecks::run(*client, path, client.get(),
                            [&](QList<DoctorCheck> out) { checks = std::move(out); });
        QDeadlineTimer deadline(20000);
        while (!checks && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        for (const DoctorCheck& c : checks.value_or(QList<DoctorCheck>{}))
            if (c.id == QLatin1String("audit_trail"))
                return c;
        return DoctorCheck::warn(QStringLiteral("missing"), QStringLiteral("no audit_trail check"),
                                 QStringLiteral("-"));
    };
    EXPECT_EQ(doctor().status, CheckStatus::Ok);

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const char* cut :
             {"DELETE FROM audit WHERE seq > 7", "DELETE FROM checkpoints WHERE seq > 7",
              "UPDATE upload SET acknowledged_seq = 7"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(cut)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cut"));
    QFile::remove(AuditTrail::acknowledgementPath(path));
    EXPECT_TRUE(
        AuditTrail::verify(path, StationSigner::fromPrivatePem(station.key.privateKey).value()).ok);

    const DoctorCheck cut = doctor();
    EXPECT_EQ(cut.status, CheckStatus::Fail);
    EXPECT_TRUE(cut.summary.contains(QLatin1String("10")) &&
                cut.summary.contains(QLatin1String("7")))
        << cut.summary.toStdString();
    EXPECT_FALSE(cut.remedy.isEmpty());
}
