// The kiosk's audit rows reach the registry in batches, at least once: kept until acknowledged,
// sent again after the registry was unreachable.
#include "registry_fixture.h"
#include "upload/audit_uploader.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

std::unique_ptr<AuditTrail> trailWithRows(RegistryFixture& registry, const QString& path,
                                          int rows) {
    const auto station = registry.pki().issueStation(RegistryFixture::kStation, 30).value();
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
    auto client = registry.kiosk();
    auto trail =
        trailWithRows(registry, registry.directory() + QStringLiteral("/kiosk-audit.db"), 120);
    AuditUploader uploader(*trail, *client, 3600);
    QSignalSpy uploaded(&uploader, &AuditUploader::uploaded);
    uploader.uploadNow();
    while (trail->pendingCount() > 0 && uploaded.wait(5000)) {
    }
    EXPECT_EQ(trail->pendingCount(), 0);
    EXPECT_EQ(trail->acknowledgedSeq(), 120);
    EXPECT_EQ(uploaded.size(), 3);  // 50 + 50 + 20
    // The registry holds them, with the citizen only as an HMAC.
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check-audit"));
    db.setDatabaseName(registry.directory() + QStringLiteral("/registry.db"));
    ASSERT_TRUE(db.open());
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT COUNT(*), SUM(citizen_hmac LIKE '%1101700230708%') FROM kiosk_audit")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 120);
    EXPECT_EQ(q.value(1).toInt(), 0);
    q.finish();
    db.close();
}

TEST(AuditUpload, AnUnreachableRegistryLosesNothing) {
    RegistryFixture registry;
    RegistryEndpoint down = registry.endpoint();
    down.url = QUrl(QStringLiteral("https://127.0.0.1:1"));
    down.timeoutMs = 1000;
    RegistryClient offline(down);
    auto trail =
        trailWithRows(registry, registry.directory() + QStringLiteral("/kiosk-audit.db"), 7);
    {
        AuditUploader uploader(*trail, offline, 3600);
        QSignalSpy failed(&uploader, &AuditUploader::failed);
        uploader.uploadNow();
        ASSERT_TRUE(failed.wait(10000));
        EXPECT_EQ(trail->pendingCount(), 7);
    }
    auto client = registry.kiosk();
    AuditUploader uploader(*trail, *client, 3600);
    QSignalSpy uploaded(&uploader, &AuditUploader::uploaded);
    uploader.uploadNow();
    ASSERT_TRUE(uploaded.wait(5000));
    EXPECT_EQ(trail->pendingCount(), 0);
}
