#pragma once

#include "common/result.h"

#include <span>

#include <QSqlDatabase>
#include <QString>

namespace thaid::storage {

// One SQLite file opened the way every store here needs it: a Qt connection of its own, WAL
// with synchronous=FULL so a committed row survives a power cut, and the schema created when
// missing. The connection is closed and removed when this goes away.
class SqliteConnection {
public:
    enum class Access { ReadWrite, ReadOnly };

    // `schema` runs after the pragmas, in order, on a read-write open.
    static Result<SqliteConnection, QString> open(const QString& path, const QString& purpose,
                                                  std::span<const char* const> schema,
                                                  Access access = Access::ReadWrite);
    SqliteConnection(SqliteConnection&& other) noexcept;
    SqliteConnection& operator=(SqliteConnection&& other) noexcept;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;
    ~SqliteConnection();

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    explicit SqliteConnection(QString name) : m_name(std::move(name)) {}
    void close();
    QString m_name;
};

}  // namespace thaid::storage
