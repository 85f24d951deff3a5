// The registry's schema: one versioned list of migrations that SQLite and PostgreSQL both run,
// applied by `thaid-registryd migrate` and on start.
#include "registry/store/registry_database.h"
#include "registry/store/registry_schema.h"
#include "registry/store/registry_store.h"
#include "test_database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::registry;
using namespace thaid::testing;

namespace {

struct MigrateRun {
    int exitCode;
    QString out;
};

MigrateRun migrate(const QString& location, const QStringList& extra = {}) {
    QProcess p;
    p.start(QStringLiteral(THAID_REGISTRYD_BIN),
            QStringList{QStringLiteral("migrate"), QStringLiteral("--db"), location} + extra);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

}  // namespace

TEST(Migrations, MigrateSaysWhenBehindAndCatchesUpOnce) {
    QTemporaryDir dir;
    TestDatabase db(dir.path());
    const MigrateRun behind = migrate(db.location(), {QStringLiteral("--check")});
    EXPECT_EQ(behind.exitCode, 2) << behind.out.toStdString();
    EXPECT_TRUE(behind.out.contains(
        QStringLiteral("schema version 0, latest %1").arg(latestSchemaVersion())))
        << behind.out.toStdString();

    // Two registry hosts migrating the same database at once: each step is applied once.
    QProcess first, second;
    for (QProcess* p : {&first, &second})
        p->start(QStringLiteral(THAID_REGISTRYD_BIN),
                 {QStringLiteral("migrate"), QStringLiteral("--db"), db.location()});
    for (QProcess* p : {&first, &second}) {
        ASSERT_TRUE(p->waitForFinished(60000));
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().constData();
    }
    EXPECT_EQ(db.value(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
              latestSchemaVersion());
    const MigrateRun current = migrate(db.location(), {QStringLiteral("--check")});
    EXPECT_EQ(current.exitCode, 0) << current.out.toStdString();
    const MigrateRun again = migrate(db.location());
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_FALSE(again.out.contains(QStringLiteral("applied"))) << again.out.toStdString();
}

TEST(Migrations, AnOldSingleFileRegistryIsBroughtUpToDateWithItsData) {
    if (TestDatabase::postgresVariant())
        GTEST_SKIP() << "single-file registries are SQLite";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registry.db"));
    {
        // registry.db as the registry wrote it before migrations: version 1's tables, no
        // version table, and a session stored with the columns of that time.
        auto old = storage::SqliteConnection::open(path, QStringLiteral("old"), {});
        ASSERT_TRUE(old.ok());
        QSqlQuery q(old.value().database());
        for (const Migration& m : registryMigrations()) {
            if (m.version != 1)
                continue;
            for (const char* statement : m.statements)
                ASSERT_TRUE(q.exec(sqlFor(SqlDialect::Sqlite, statement)));
        }
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO citizens VALUES ('1101700230708', 'ก', 'A', '5001-02-01234567',"
            " 'latest', 'right-index', x'0102')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO sessions VALUES ('00112233445566778899aabbccddeeff', '1101700230708',"
            " '5001-02-01234567', 10501, 'o', 'COMPLETED', 4, 1000, 301000, x'05', 'terms')")));
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO session_verifications VALUES"
                                  " ('00112233445566778899aabbccddeeff',"
                                  " 'registry_fingerprint', 'right-index', 900)")));
    }
    auto store = RegistryStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error().toStdString();
    EXPECT_EQ(store.value()->citizen(QStringLiteral("1101700230708"))->referencePrint,
              QByteArray("\x01\x02"));
    const auto s =
        store.value()->loadSession(QByteArray::fromHex("00112233445566778899aabbccddeeff"));
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->state, SessionState::Completed);
    EXPECT_EQ(s->version, 4);
    EXPECT_EQ(s->codeAttempts, 0);
    EXPECT_EQ(s->verification.finger, QStringLiteral("right-index"));
    store.value().reset();
    const MigrateRun check = migrate(path, {QStringLiteral("--check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
}
