#include "test_database.h"

#include "registry/store/registry_database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <gtest/gtest.h>

namespace thaid::testing {

namespace {

QString baseFolder() {
    return qEnvironmentVariable("THAID_TEST_POSTGRES");
}

// As root, postgres.sh keeps the cluster (and its socket) in a folder of the postgres user's
// own, named in DIR/cluster.
QString socketFolder() {
    QFile pointer(baseFolder() + QStringLiteral("/cluster"));
    if (pointer.open(QIODevice::ReadOnly))
        return QString::fromLocal8Bit(pointer.readAll().trimmed());
    return baseFolder();
}

QString urlOf(const QString& database) {
    return QStringLiteral("postgresql://postgres@/%1?host=%2").arg(database, socketFolder());
}

void adminStatement(const QString& statement) {
    auto admin = registry::RegistryDatabase::open(urlOf(QStringLiteral("postgres")),
                                                  registry::RegistryDatabase::Migrate::No);
    ASSERT_TRUE(admin.ok()) << (admin ? "" : admin.error().toStdString());
    QSqlQuery q(admin.value()->database());
    EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
}

}  // namespace

bool TestDatabase::postgresVariant() {
    return !baseFolder().isEmpty();
}

TestDatabase::TestDatabase(const QString& folder) {
    if (!postgresVariant()) {
        m_location = QDir(folder).filePath(QStringLiteral("registry.db"));
        return;
    }
    m_name = QStringLiteral("test_") + QUuid::createUuid().toString(QUuid::Id128);
    adminStatement(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    m_location = urlOf(m_name);
}

TestDatabase::~TestDatabase() {
    // The registry's connections are closed by now, or are a killed process's (FORCE ends them).
    if (isPostgres())
        adminStatement(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QList<QVariantList> TestDatabase::rows(const QString& statement, const QVariantList& binds) const {
    QList<QVariantList> out;
    auto db = registry::RegistryDatabase::open(m_location, registry::RegistryDatabase::Migrate::No);
    EXPECT_TRUE(db.ok()) << (db ? "" : db.error().toStdString());
    if (!db)
        return out;
    QSqlQuery q(db.value()->database());
    q.prepare(statement);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    EXPECT_TRUE(q.exec()) << statement.toStdString();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

QVariant TestDatabase::value(const QString& statement, const QVariantList& binds) const {
    const auto r = rows(statement, binds);
    return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
}

bool TestDatabase::tryExec(const QString& statement, QVariant* first) const {
    auto db = registry::RegistryDatabase::open(m_location, registry::RegistryDatabase::Migrate::No);
    if (!db)
        return false;
    QSqlQuery q(db.value()->database());
    if (!q.exec(statement))
        return false;
    if (first && q.next())
        *first = q.value(0);
    return true;
}

}  // namespace thaid::testing
