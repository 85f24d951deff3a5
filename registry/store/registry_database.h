#pragma once

#include "common/result.h"
#include "common/sqlite_connection.h"
#include "registry/store/registry_schema.h"

#include <memory>
#include <optional>

#include <QSqlDatabase>
#include <QString>

namespace thaid::registry {

// Where the registry keeps its data: a SQLite file (the embedded default) or a PostgreSQL
// database named by a URL, postgresql://user:password@host:port/dbname?host=/socket/dir&...
// (libpq's own keywords, such as sslmode, may follow as query items).
class RegistryDatabase {
public:
    enum class Migrate { OnOpen, No };

    static bool isPostgresUrl(const QString& location);
    // Opens the database; with Migrate::OnOpen, brings the schema up to date first. Several
    // processes opening one PostgreSQL database at once migrate it once, in turn.
    static Result<std::unique_ptr<RegistryDatabase>, QString> open(
        const QString& location, Migrate migrate = Migrate::OnOpen);
    ~RegistryDatabase();
    RegistryDatabase(const RegistryDatabase&) = delete;
    RegistryDatabase& operator=(const RegistryDatabase&) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    SqlDialect dialect() const { return m_dialect; }
    // The version the schema is at (0: empty), or nullopt if it cannot be read.
    std::optional<int> schemaVersion() const;
    // Applies every migration after the current version, each in its own transaction; returns
    // the versions applied.
    Result<QList<int>, QString> migrate();

private:
    RegistryDatabase(QString name, SqlDialect dialect,
                     std::optional<storage::SqliteConnection> sqlite);
    QString m_name;
    SqlDialect m_dialect;
    std::optional<storage::SqliteConnection> m_sqlite;
};

}  // namespace thaid::registry
