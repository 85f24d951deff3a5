// The bindings table of RegistryStore: a citizen's phones, the active one and those replaced.
#include "registry/store/registry_sql.h"
#include "registry/store/registry_store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace thaid::registry {

namespace {

constexpr auto kColumns =
    "binding_id, cid, device_public_key, sid, station_id, officer_cid, method, finger,"
    " assurance, bound_at_ms, revoked_at_ms, replaced_by";

std::optional<BindingEntry> firstBinding(const RegistryStore& store, QSqlQuery& q) {
    if (!store.run(q) || !q.next())
        return std::nullopt;
    BindingEntry b;
    b.bindingId = q.value(0).toString();
    b.cid = q.value(1).toString();
    b.devicePublicKey = q.value(2).toByteArray();
    b.sid = q.value(3).toString();
    b.stationId = static_cast<quint32>(q.value(4).toLongLong());
    b.officerCid = q.value(5).toString();
    b.method = q.value(6).toString();
    b.finger = q.value(7).toString();
    b.assurance = q.value(8).toString();
    b.boundAtMs = q.value(9).toLongLong();
    b.revokedAtMs = q.value(10).toLongLong();
    b.replacedBy = q.value(11).toString();
    return b;
}

}  // namespace

std::optional<BindingEntry> RegistryStore::activeBinding(const QString& cid) const {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT %1 FROM bindings WHERE cid = ? AND revoked_at_ms = 0")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(cid);
    return firstBinding(*this, q);
}

std::optional<BindingEntry> RegistryStore::bindingForDevice(
    const QByteArray& devicePublicKey) const {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT %1 FROM bindings WHERE device_public_key = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(devicePublicKey);
    return firstBinding(*this, q);
}

bool RegistryStore::replaceBinding(const BindingEntry& fresh) {
    QSqlDatabase db = m_db->database();
    const auto active = activeBinding(fresh.cid);
    if (!db.transaction())
        return false;
    if (addBinding(db, fresh, active ? active->bindingId : QString()) != Commit::Done) {
        db.rollback();
        return false;
    }
    return db.commit();
}

SessionStore::Commit RegistryStore::addBinding(QSqlDatabase& db, const BindingEntry& fresh,
                                               const QString& replaces) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM bindings WHERE device_public_key = ?"));
    q.addBindValue(fresh.devicePublicKey);
    if (!run(q))
        return Commit::Failed;
    if (q.next())
        return Commit::DeviceKeyInUse;
    // Only the binding the officer confirmed is revoked; if another completion replaced it
    // first, or bound a phone where there was none, this one binds nothing. Racing on two
    // processes, the second waits on the first's row lock and then finds it revoked.
    if (!replaces.isEmpty()) {
        q.prepare(
            QStringLiteral("UPDATE bindings SET revoked_at_ms = ?, replaced_by = ?"
                           " WHERE binding_id = ? AND cid = ? AND revoked_at_ms = 0"));
        q.addBindValue(fresh.boundAtMs);
        q.addBindValue(fresh.bindingId);
        q.addBindValue(replaces);
        q.addBindValue(fresh.cid);
        if (!run(q))
            return Commit::Failed;
        if (q.numRowsAffected() != 1)
            return Commit::BindingChanged;
    }
    q.prepare(QStringLiteral("SELECT 1 FROM bindings WHERE cid = ? AND revoked_at_ms = 0"));
    q.addBindValue(fresh.cid);
    if (!run(q))
        return Commit::Failed;
    if (q.next())
        return Commit::BindingChanged;
    q.prepare(
        QStringLiteral("INSERT INTO bindings (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '')")
            .arg(QLatin1String(kColumns)));
    for (const QVariant& v :
         {QVariant(fresh.bindingId), QVariant(fresh.cid), QVariant(fresh.devicePublicKey),
          QVariant(fresh.sid), QVariant(static_cast<qint64>(fresh.stationId)),
          QVariant(fresh.officerCid), QVariant(fresh.method),
          // No finger (a supervisor's exception) is an empty text, never NULL.
          notNull(fresh.finger), QVariant(fresh.assurance), QVariant(fresh.boundAtMs)})
        q.addBindValue(v);
    return run(q) ? Commit::Done : Commit::Failed;
}

bool RegistryStore::deviceHoldsLiveClaim(const QByteArray& devicePublicKey, const QString& cid,
                                         qint64 nowMs) const {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral(
        "SELECT 1 FROM sessions WHERE device_public_key = ? AND cid <> ? AND expires_at_ms > ?"
        " AND state IN ('CLAIMED', 'CONFIRMED', 'BOUND')"));
    q.addBindValue(devicePublicKey);
    q.addBindValue(cid);
    q.addBindValue(nowMs);
    return run(q) && q.next();
}

}  // namespace thaid::registry
