// The daily allowance of supervisors' exceptions per station. A slot is taken before the
// supervisor's finger is matched and given back if it fails: counting then writing after the
// match let eight racing grants all pass a limit of three (issue 28).
#include "registry/store/registry_store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace thaid::registry {

namespace {

// PostgreSQL's advisory locks share one key space with the migrations' lock: a station's
// exceptions lock under this prefix, the station in the low 32 bits.
constexpr qint64 kExceptionLockPrefix = 0x6578LL << 32;  // "ex"

}  // namespace

ExceptionSlot RegistryStore::reserveException(const ExceptionEntry& e, qint64 sinceMs, int limit) {
    using Outcome = ExceptionSlot::Outcome;
    QSqlDatabase db = m_db->database();
    const bool pg = m_db->dialect() == SqlDialect::Postgres;
    QSqlQuery q(db);
    // SQLite's write lock is taken at BEGIN IMMEDIATE, before the count is read; PostgreSQL's
    // lock for the station is held until the transaction ends.
    const bool begun =
        pg ? db.transaction() &&
                 run(q, QStringLiteral("SELECT pg_advisory_xact_lock(%1)")
                            .arg(kExceptionLockPrefix | static_cast<qint64>(e.stationId)))
           : run(q, QStringLiteral("BEGIN IMMEDIATE"));
    const auto rollback = [&] {
        q.finish();
        pg ? db.rollback() : q.exec(QStringLiteral("ROLLBACK"));
        return ExceptionSlot{};
    };
    if (!begun)
        return rollback();
    ExceptionSlot slot;
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM exceptions WHERE station_id = ? AND at_ms >= ?"));
    q.addBindValue(static_cast<qint64>(e.stationId));
    q.addBindValue(sinceMs);
    if (!run(q) || !q.next())
        return rollback();
    slot.usedBefore = q.value(0).toInt();
    q.finish();
    if (slot.usedBefore >= limit) {
        rollback();
        return {Outcome::LimitReached, 0, slot.usedBefore};
    }
    q.prepare(
        QStringLiteral("INSERT INTO exceptions (station_id, cid, officer_cid, supervisor_cid,"
                       " reason, at_ms) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& v :
         {QVariant(static_cast<qint64>(e.stationId)), QVariant(e.cid), QVariant(e.officerCid),
          QVariant(e.supervisorCid), QVariant(e.reason), QVariant(e.atMs)})
        q.addBindValue(v);
    if (!run(q) || !q.next())
        return rollback();
    slot.id = q.value(0).toLongLong();
    q.finish();
    const bool committed = pg ? db.commit() : run(q, QStringLiteral("COMMIT"));
    if (!committed)
        return rollback();
    slot.outcome = Outcome::Reserved;
    return slot;
}

bool RegistryStore::releaseException(qint64 slotId) {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("DELETE FROM exceptions WHERE id = ?"));
    q.addBindValue(slotId);
    return run(q);
}

}  // namespace thaid::registry
