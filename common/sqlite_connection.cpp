#include "common/sqlite_connection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace thaid::storage {

Result<SqliteConnection, QString> SqliteConnection::open(const QString& path,
                                                         const QString& purpose,
                                                         std::span<const char* const> schema,
                                                         Access access) {
    SqliteConnection c(purpose + QLatin1Char('-') + QUuid::createUuid().toString());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c.m_name);
    db.setDatabaseName(path);
    if (access == Access::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return db.lastError().text();
    if (access == Access::ReadOnly)
        return c;
    QSqlQuery q(db);
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
        if (!q.exec(QLatin1String(pragma)))
            return q.lastError().text();
    }
    for (const char* statement : schema) {
        if (!q.exec(QLatin1String(statement)))
            return q.lastError().text();
    }
    return c;
}

SqliteConnection::SqliteConnection(SqliteConnection&& other) noexcept
    : m_name(std::exchange(other.m_name, {})) {}

SqliteConnection& SqliteConnection::operator=(SqliteConnection&& other) noexcept {
    if (this != &other) {
        close();
        m_name = std::exchange(other.m_name, {});
    }
    return *this;
}

SqliteConnection::~SqliteConnection() {
    close();
}

void SqliteConnection::close() {
    if (m_name.isEmpty())
        return;
    // Every QSqlDatabase copy must be gone before the connection is removed.
    { QSqlDatabase::database(m_name, false).close(); }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

}  // namespace thaid::storage
