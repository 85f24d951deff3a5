#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace thaid::testing {

// The database a test's registry uses: registry.db in the test's folder, or, when the test runs
// in the PostgreSQL variant (THAID_TEST_POSTGRES names the folder of the cluster that
// scripts/lib/postgres.sh started), a fresh PostgreSQL database of its own, dropped afterwards.
class TestDatabase {
public:
    explicit TestDatabase(const QString& folder);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    static bool postgresVariant();
    bool isPostgres() const { return !m_name.isEmpty(); }
    // What --db takes: a file path or a postgresql:// URL.
    QString location() const { return m_location; }
    // One statement through a connection of the test's own; every row's columns.
    QList<QVariantList> rows(const QString& statement, const QVariantList& binds = {}) const;
    QVariant value(const QString& statement, const QVariantList& binds = {}) const;
    // A statement that may be refused (a constraint's test); its first value, if any.
    bool tryExec(const QString& statement, QVariant* first = nullptr) const;

private:
    QString m_location;
    QString m_name;  // the PostgreSQL database
};

}  // namespace thaid::testing
