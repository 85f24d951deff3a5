#include "registry/store/registry_database.h"

#include "registry/base/registry_logging.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace thaid::registry {

namespace {

// Held for the whole migration, so that registry processes starting together take turns.
constexpr qint64 kMigrationLockKey = 0x7468616964;  // "thaid"

const char* const kVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version {int} PRIMARY KEY,"
    " description TEXT NOT NULL, applied_at_ms {int} NOT NULL)";

QString errorText(const QSqlQuery& q) {
    return q.lastError().text();
}

// The connection's name, or empty with `error` set.
QString openPostgres(const QString& location, QString* error) {
    const QUrl url(location);
    if (!url.isValid() || url.path().size() < 2) {
        *error = QStringLiteral(
            "the database URL needs a database name: "
            "postgresql://user@host/dbname");
        return {};
    }
    QString name = QStringLiteral("registry-pg-") + QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        *error = QStringLiteral("the PostgreSQL driver is missing (install libqt6sql6-psql)");
        return {};
    }
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            db.setHostName(value);  // a Unix socket folder
        else
            options << key + QLatin1Char('=') + value;
    }
    options << QStringLiteral("application_name=thaid-registryd")
            // Not "relation already exists, skipping" on every start.
            << QStringLiteral("options='-c client_min_messages=warning'");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = QStringLiteral("cannot connect to PostgreSQL: %1").arg(db.lastError().text());
        db = {};
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    return name;
}

}  // namespace

bool RegistryDatabase::isPostgresUrl(const QString& location) {
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

RegistryDatabase::RegistryDatabase(QString name, SqlDialect dialect,
                                   std::optional<storage::SqliteConnection> sqlite)
    : m_name(std::move(name)), m_dialect(dialect), m_sqlite(std::move(sqlite)) {}

RegistryDatabase::~RegistryDatabase() {
    if (m_dialect == SqlDialect::Postgres) {
        { QSqlDatabase::database(m_name, false).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }
}

Result<std::unique_ptr<RegistryDatabase>, QString> RegistryDatabase::open(const QString& location,
                                                                          Migrate migrate) {
    std::unique_ptr<RegistryDatabase> db;
    if (isPostgresUrl(location)) {
        QString error;
        const QString name = openPostgres(location, &error);
        if (name.isEmpty())
            return error;
        db.reset(new RegistryDatabase(name, SqlDialect::Postgres, std::nullopt));
    } else {
        auto sqlite = storage::SqliteConnection::open(location, QStringLiteral("registry"), {});
        if (!sqlite)
            return sqlite.error();
        // A file made before the registry set its umask, or copied in, is closed up here.
        for (const QString& f :
             {location, location + QStringLiteral("-wal"), location + QStringLiteral("-shm")}) {
            if (QFile::exists(f))
                QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner);
        }
        const QString name = sqlite.value().database().connectionName();
        db.reset(new RegistryDatabase(name, SqlDialect::Sqlite, std::move(sqlite).value()));
    }
    if (migrate == Migrate::OnOpen) {
        auto applied = db->migrate();
        if (!applied)
            return applied.error();
    }
    return db;
}

std::optional<int> RegistryDatabase::schemaVersion() const {
    QSqlQuery q(database());
    if (!q.exec(sqlFor(m_dialect, kVersionTable)))
        return std::nullopt;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

Result<QList<int>, QString> RegistryDatabase::migrate() {
    QSqlDatabase db = database();
    QList<int> applied;
    if (!schemaVersion())
        return QStringLiteral("cannot read the schema version: %1").arg(db.lastError().text());
    const bool pg = m_dialect == SqlDialect::Postgres;
    QSqlQuery q(db);
    // Each step under a lock taken before its version is read, so that registry processes (or
    // `migrate` run on two hosts) starting together apply every step once: PostgreSQL's advisory
    // lock, SQLite's write lock taken at BEGIN IMMEDIATE.
    const auto begin = [&] {
        return pg ? db.transaction() && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)")
                                                   .arg(kMigrationLockKey))
                  : q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    };
    const auto commit = [&] { return pg ? db.commit() : q.exec(QStringLiteral("COMMIT")); };
    const auto rollback = [&] { pg ? db.rollback() : q.exec(QStringLiteral("ROLLBACK")); };
    for (const Migration& m : registryMigrations()) {
        if (!begin()) {
            const QString error = errorText(q);
            rollback();
            return QStringLiteral("cannot begin a migration: %1").arg(error);
        }
        q.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
        q.addBindValue(m.version);
        if (!q.exec()) {
            const QString error = errorText(q);
            rollback();
            return error;
        }
        const bool done = q.next();
        q.finish();
        if (done) {
            rollback();
            continue;
        }
        for (const char* statement : m.statements) {
            if (!q.exec(sqlFor(m_dialect, statement))) {
                const QString error = errorText(q);
                rollback();
                return QStringLiteral("schema version %1 failed: %2").arg(m.version).arg(error);
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QString::fromLatin1(m.description));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !commit()) {
            const QString error = errorText(q);
            rollback();
            return error;
        }
        qCInfo(lcRegistry) << "schema version" << m.version << "applied";
        applied << m.version;
    }
    return applied;
}

}  // namespace thaid::registry
