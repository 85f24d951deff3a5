#include "audit/audit_trail.h"
#include "sim/demo_pki/demo_pki.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace thaid::app;

namespace {

struct Station {
    thaid::sim::PemPair pem;
    Station() {
        const auto ca = thaid::sim::DemoPki::createCa(QStringLiteral("CA"), 30).value();
        pem = ca.issueStation(10501, 30).value();
    }
    StationSigner signer() const { return StationSigner::fromPrivatePem(pem.privateKey).value(); }
    StationSigner verifier() const {
        return StationSigner::fromCertificatePem(pem.certificate).value();
    }
};

// Tampering goes straight at the file, as someone with disk access would.
void tamper(const QString& path, const QString& sql) {
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

class AuditTrailTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    Station station;
    QString path = dir.filePath(QStringLiteral("audit.db"));
    const QByteArray secret = QByteArray(32, '\x11');

    void writeFive() {
        auto trail = AuditTrail::open(path, station.signer(), secret).value();
        for (int i = 0; i < 5; ++i)
            ASSERT_TRUE(trail
                            ->append(AuditKind::FaceConfirmed, QStringLiteral("1101700230708"),
                                     QStringLiteral("n=%1").arg(i))
                            .ok());
    }
};

}  // namespace

TEST_F(AuditTrailTest, RowsChainAndVerify) {
    writeFive();
    const AuditVerification v = AuditTrail::verify(path, station.verifier());
    EXPECT_TRUE(v.ok) << v.problem.toStdString();
    EXPECT_EQ(v.rows, 5);
}

TEST_F(AuditTrailTest, TheCitizenAppearsOnlyAsAnHmac) {
    auto trail = AuditTrail::open(path, station.signer(), secret).value();
    const AuditEntry e =
        trail->append(AuditKind::CardRead, QStringLiteral("1101700230708")).value();
    EXPECT_EQ(e.citizenHmac.size(), 64);
    EXPECT_FALSE(e.citizenHmac.contains(QStringLiteral("1101700230708")));
    EXPECT_EQ(e.citizenHmac, trail->citizenHmac(QStringLiteral("1101700230708")));
    auto other = AuditTrail::open(dir.filePath(QStringLiteral("b.db")), station.signer(),
                                  QByteArray(32, '\x22'));
    EXPECT_NE(other.value()->citizenHmac(QStringLiteral("1101700230708")),
              e.citizenHmac);  // per-station secret
}

TEST_F(AuditTrailTest, AnAlteredRowIsFound) {
    writeFive();
    tamper(path, QStringLiteral("UPDATE audit SET detail = 'n=9' WHERE seq = 3"));
    const AuditVerification v = AuditTrail::verify(path, station.verifier());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 3);
}

TEST_F(AuditTrailTest, AnAlteredRowWithARecomputedHashIsFoundByItsSignature) {
    writeFive();
    auto trail = AuditTrail::open(path, station.signer(), secret).value();
    AuditEntry e = trail->after(4, 1).first();
    e.detail = QStringLiteral("forged");
    e.hash = auditRowHash(e);
    tamper(path, QStringLiteral("UPDATE audit SET detail = 'forged', hash = '%1' WHERE seq = 5")
                     .arg(e.hash));
    const AuditVerification v = AuditTrail::verify(path, station.verifier());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 5);
}

TEST_F(AuditTrailTest, ARemovedRowIsFound) {
    writeFive();
    tamper(path, QStringLiteral("DELETE FROM audit WHERE seq = 2"));
    const AuditVerification v = AuditTrail::verify(path, station.verifier());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 2);
}

TEST_F(AuditTrailTest, RemovedLastRowsAreFoundByTheirCheckpoints) {
    writeFive();
    tamper(path, QStringLiteral("DELETE FROM audit WHERE seq >= 4"));
    const AuditVerification v = AuditTrail::verify(path, station.verifier());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 4);
}

TEST_F(AuditTrailTest, ReorderedRowsAreFound) {
    writeFive();
    // Swap the contents of rows 2 and 3, keeping their sequence numbers.
    tamper(path, QStringLiteral("UPDATE audit SET seq = -2 WHERE seq = 2"));
    tamper(path, QStringLiteral("UPDATE audit SET seq = 2 WHERE seq = 3"));
    tamper(path, QStringLiteral("UPDATE audit SET seq = 3 WHERE seq = -2"));
    const AuditVerification v = AuditTrail::verify(path, station.verifier());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 2);
}

TEST_F(AuditTrailTest, ARowAddedWithoutTheStationKeyIsFound) {
    writeFive();
    auto forger = AuditTrail::open(path, Station().signer(), secret).value();  // another key
    const auto added = forger->append(AuditKind::FaceConfirmed);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    const AuditVerification v = AuditTrail::verify(path, station.verifier());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 6);
}

TEST_F(AuditTrailTest, RowsStayUntilAcknowledgedAndSurviveReopening) {
    writeFive();
    auto trail = AuditTrail::open(path, station.signer(), secret).value();
    EXPECT_EQ(trail->pendingCount(), 5);
    EXPECT_TRUE(trail->oldestPendingAt().has_value());
    EXPECT_EQ(trail->after(trail->acknowledgedSeq(), 2).size(), 2);
    const auto hashOf = [&](qint64 seq) { return trail->after(seq - 1, 1).value(0).hash; };
    ASSERT_TRUE(trail->acknowledge(3, hashOf(3)));
    EXPECT_EQ(trail->pendingCount(), 2);
    ASSERT_TRUE(trail->acknowledge(2, hashOf(2)));  // never goes back
    EXPECT_EQ(trail->acknowledgedSeq(), 3);
    ASSERT_TRUE(trail->acknowledge(99, hashOf(5)));  // never past what exists
    EXPECT_EQ(trail->acknowledgedSeq(), 5);
    EXPECT_FALSE(trail->oldestPendingAt().has_value());
}

TEST_F(AuditTrailTest, ExportSinceATime) {
    writeFive();
    auto trail = AuditTrail::open(path, station.signer(), secret).value();
    EXPECT_EQ(trail->since(QDateTime::currentDateTimeUtc().addSecs(-60)).size(), 5);
    EXPECT_TRUE(trail->since(QDateTime::currentDateTimeUtc().addSecs(60)).isEmpty());
}

// What the registry acknowledged is kept outside the trail's file, so these are found too.
TEST_F(AuditTrailTest, ATrailCutBackBelowWhatTheRegistryAcknowledgedIsFound) {
    writeFive();
    // The trail as it was after five commits: what a WAL cut at that commit leaves behind.
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString f = path + QLatin1String(suffix);
        if (QFile::exists(f)) {
            ASSERT_TRUE(
                QFile::copy(f, dir.filePath(QStringLiteral("early")) + QLatin1String(suffix)));
        }
    }
    {
        auto trail = AuditTrail::open(path, station.signer(), secret).value();
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE(trail->append(AuditKind::FaceConfirmed).ok());
        ASSERT_TRUE(trail->acknowledge(8, trail->after(7, 1).value(0).hash));
    }
    EXPECT_TRUE(AuditTrail::verify(path, station.verifier()).ok);
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
        const QString early = dir.filePath(QStringLiteral("early")) + QLatin1String(suffix);
        if (QFile::exists(early)) {
            ASSERT_TRUE(QFile::copy(early, path + QLatin1String(suffix)));
        }
    }
    const AuditVerification cut = AuditTrail::verify(path, station.verifier());
    EXPECT_FALSE(cut.ok);
    EXPECT_EQ(cut.firstBadSeq, 6);
    EXPECT_TRUE(cut.problem.contains(QLatin1String("acknowledged"))) << cut.problem.toStdString();
}

TEST_F(AuditTrailTest, AnOrphanCheckpointAndAnEmptiedTrailAreFound) {
    writeFive();
    ASSERT_NO_FATAL_FAILURE(
        tamper(path, QStringLiteral("INSERT INTO checkpoints VALUES (9, 'x', x'00')")));
    const AuditVerification orphan = AuditTrail::verify(path, station.verifier());
    EXPECT_FALSE(orphan.ok);
    EXPECT_EQ(orphan.firstBadSeq, 9);
    ASSERT_NO_FATAL_FAILURE(tamper(path, QStringLiteral("DELETE FROM checkpoints WHERE seq = 9")));
    {
        auto trail = AuditTrail::open(path, station.signer(), secret).value();
        ASSERT_TRUE(trail->acknowledge(5, trail->after(4, 1).value(0).hash));
    }
    ASSERT_NO_FATAL_FAILURE(tamper(path, QStringLiteral("DELETE FROM audit")));
    ASSERT_NO_FATAL_FAILURE(tamper(path, QStringLiteral("DELETE FROM checkpoints")));
    const AuditVerification emptied = AuditTrail::verify(path, station.verifier());
    EXPECT_FALSE(emptied.ok);
    EXPECT_TRUE(emptied.problem.contains(QLatin1String("empty"))) << emptied.problem.toStdString();
}
