#include "officers/officer_store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace thaid::app {

OfficerStore::OfficerStore(storage::SqliteConnection db, fingerprint::PrintVault vault)
    : m_db(std::move(db)), m_vault(std::move(vault)) {}

OfficerStore::~OfficerStore() = default;

Result<std::unique_ptr<OfficerStore>, QString> OfficerStore::open(const QString& path,
                                                                  const QString& printKeyFile,
                                                                  bool createKey) {
    auto vault = fingerprint::PrintVault::open(printKeyFile, createKey);
    if (!vault)
        return QStringLiteral("%1: %2").arg(printKeyFile, vault.error().detail);
    // Roles in a table of their own: a store enrolled before roles existed opens unchanged, its
    // officers plain officers.
    static const char* const kSchema[] = {
        "CREATE TABLE IF NOT EXISTS officers (cid TEXT PRIMARY KEY, request_number TEXT NOT NULL,"
        " display_name TEXT NOT NULL, finger TEXT NOT NULL, sealed_print BLOB NOT NULL,"
        " enrolled_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS officer_roles (cid TEXT PRIMARY KEY, role TEXT NOT NULL)"};
    auto db = storage::SqliteConnection::open(path, QStringLiteral("officers"), kSchema);
    if (!db)
        return db.error();
    return std::unique_ptr<OfficerStore>(
        new OfficerStore(std::move(db).value(), std::move(vault).value()));
}

Result<bool, QString> OfficerStore::enroll(const Officer& o, const QByteArray& print) {
    auto sealed = m_vault.seal(print);
    if (!sealed)
        return sealed.error().detail;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO officers VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(o.cid), QVariant(o.requestNumber), QVariant(o.displayName),
                              QVariant(o.finger), QVariant(sealed.value()),
                              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))})
        q.addBindValue(v);
    QSqlQuery r(m_db.database());
    r.prepare(QStringLiteral("INSERT OR REPLACE INTO officer_roles VALUES (?, ?)"));
    r.addBindValue(o.cid);
    r.addBindValue(o.role);
    if (!q.exec())
        return q.lastError().text();
    if (!r.exec())
        return r.lastError().text();
    return true;
}

bool OfficerStore::remove(const QString& cid) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM officers WHERE cid = ?"));
    q.addBindValue(cid);
    const bool removed = q.exec() && q.numRowsAffected() > 0;
    QSqlQuery r(m_db.database());
    r.prepare(QStringLiteral("DELETE FROM officer_roles WHERE cid = ?"));
    r.addBindValue(cid);
    r.exec();
    return removed;
}

QList<Officer> OfficerStore::list() const {
    QSqlQuery q(m_db.database());
    QList<Officer> out;
    if (q.exec(QStringLiteral(
            "SELECT o.cid, o.request_number, o.display_name, o.finger, o.enrolled_at,"
            " COALESCE(r.role, 'officer') FROM officers o LEFT JOIN officer_roles r"
            " ON r.cid = o.cid ORDER BY o.display_name"))) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),
                        QDateTime::fromString(q.value(4).toString(), Qt::ISODate),
                        q.value(5).toString()});
    }
    return out;
}

std::optional<Officer> OfficerStore::find(const QString& cid) const {
    for (const Officer& o : list()) {
        if (o.cid == cid)
            return o;
    }
    return std::nullopt;
}

Result<QByteArray, QString> OfficerStore::print(const QString& cid) const {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT sealed_print FROM officers WHERE cid = ?"));
    q.addBindValue(cid);
    if (!q.exec() || !q.next())
        return QStringLiteral("not enrolled");
    auto plain = m_vault.open(q.value(0).toByteArray());
    if (!plain)
        return plain.error().detail;
    return plain.value();
}

}  // namespace thaid::app
