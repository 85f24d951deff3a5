// The state RegistryStore keeps for requests in flight: sessions with their transitions, the
// fingerprint verdicts between match and session, and failed fingers.
#include "registry/base/registry_logging.h"
#include "registry/store/registry_sql.h"
#include "registry/store/registry_store.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace thaid::registry {

namespace {

constexpr auto kSessionChannel = "thaid_session";

constexpr auto kSessionColumns =
    "s.sid, s.cid, s.request_number, s.station_id, s.officer, s.state, s.version,"
    " s.created_at_ms, s.expires_at_ms, s.device_public_key, s.terms_version, s.cid_attempts,"
    " s.code_attempts, s.server_nonce, v.method, v.finger, v.verified_at_ms, v.exception_reason,"
    " v.supervisor_cid, s.replaces_binding, s.end_code";

QString sidText(const QByteArray& sid) {
    return QString::fromLatin1(sid.toHex());
}

SessionRecord sessionFrom(const QSqlQuery& q) {
    SessionRecord s;
    s.sid = QByteArray::fromHex(q.value(0).toString().toLatin1());
    s.cid = q.value(1).toString();
    s.requestNumber = q.value(2).toString();
    s.stationId = static_cast<quint32>(q.value(3).toLongLong());
    s.officer = q.value(4).toString();
    s.state = protocol::sessionStateFromName(q.value(5).toString()).value_or(SessionState::Expired);
    s.version = q.value(6).toInt();
    s.createdAtMs = q.value(7).toLongLong();
    s.expiresAtMs = q.value(8).toLongLong();
    s.devicePublicKey = q.value(9).toByteArray();
    s.termsVersion = q.value(10).toString();
    s.cidAttempts = q.value(11).toInt();
    s.codeAttempts = q.value(12).toInt();
    s.serverNonce = q.value(13).toByteArray();
    s.verification = {q.value(14).toString(), q.value(15).toString(), q.value(16).toLongLong(),
                      q.value(17).toString(), q.value(18).toString()};
    s.replacesBinding = q.value(19).toString();
    s.endCode = q.value(20).toString();
    return s;
}

bool insertSession(QSqlDatabase& db, const SessionRecord& s) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (sid, cid, request_number, station_id, officer, state, version,"
        " created_at_ms, expires_at_ms, device_public_key, terms_version, cid_attempts,"
        " code_attempts, server_nonce, replaces_binding, end_code)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(sidText(s.sid)), QVariant(s.cid), QVariant(s.requestNumber),
          QVariant(static_cast<qint64>(s.stationId)), QVariant(s.officer),
          QVariant(sessionStateName(s.state)), QVariant(s.version), QVariant(s.createdAtMs),
          QVariant(s.expiresAtMs), QVariant(s.devicePublicKey), QVariant(s.termsVersion),
          QVariant(s.cidAttempts), QVariant(s.codeAttempts), QVariant(s.serverNonce),
          notNull(s.replacesBinding), notNull(s.endCode)})
        q.addBindValue(v);
    // How the citizen was verified is written once, with the session.
    QSqlQuery v(db);
    v.prepare(
        QStringLiteral("INSERT INTO session_verifications (sid, method, finger,"
                       " verified_at_ms, exception_reason, supervisor_cid)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(sidText(s.sid)), QVariant(s.verification.method),
          QVariant(s.verification.finger.isNull() ? QStringLiteral("") : s.verification.finger),
          QVariant(s.verification.atMs), QVariant(s.verification.exceptionReason),
          QVariant(s.verification.supervisorCid)})
        v.addBindValue(value);
    return q.exec() && v.exec();
}

// 1: written; 0: the stored version had moved on; -1: failed.
int updateSession(QSqlDatabase& db, const SessionRecord& s, int expectedVersion) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE sessions SET state = ?, version = ?, device_public_key = ?, terms_version = ?,"
        " cid_attempts = ?, code_attempts = ?, server_nonce = ?, end_code = ?"
        " WHERE sid = ? AND version = ?"));
    for (const QVariant& v :
         {QVariant(sessionStateName(s.state)), QVariant(s.version), QVariant(s.devicePublicKey),
          QVariant(s.termsVersion), QVariant(s.cidAttempts), QVariant(s.codeAttempts),
          QVariant(s.serverNonce), notNull(s.endCode), QVariant(sidText(s.sid)),
          QVariant(expectedVersion)})
        q.addBindValue(v);
    if (!q.exec())
        return -1;
    return q.numRowsAffected() == 1 ? 1 : 0;
}

bool insertTransition(QSqlDatabase& db, const Transition& t) {
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO transitions (sid, from_state, to_state, reason, at_ms)"
                       " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sidText(t.sid));
    q.addBindValue(sessionStateName(t.from));
    q.addBindValue(sessionStateName(t.to));
    q.addBindValue(t.reason);
    q.addBindValue(t.atMs);
    return q.exec();
}

}  // namespace

std::optional<SessionRecord> RegistryStore::loadSession(const QByteArray& sid) const {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT %1 FROM sessions s LEFT JOIN session_verifications v"
                             " ON v.sid = s.sid WHERE s.sid = ?")
                  .arg(QLatin1String(kSessionColumns)));
    q.addBindValue(sidText(sid));
    if (!run(q) || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

SessionStore::Commit RegistryStore::commitSession(const SessionRecord& s, int expectedVersion,
                                                  const QList<Transition>& transitions,
                                                  const BindingEntry* binding) {
    QSqlDatabase db = m_db->database();
    if (!db.transaction())
        return Commit::Failed;
    const auto fail = [&](Commit c) {
        db.rollback();
        return c;
    };
    if (expectedVersion < 0) {
        if (!insertSession(db, s))
            return fail(Commit::Failed);
    } else if (const int written = updateSession(db, s, expectedVersion); written != 1) {
        return fail(written == 0 ? Commit::Stale : Commit::Failed);
    }
    for (const Transition& t : transitions) {
        if (!insertTransition(db, t))
            return fail(Commit::Failed);
    }
    if (binding) {
        if (const Commit bound = addBinding(db, *binding, s.replacesBinding); bound != Commit::Done)
            return fail(bound);
    }
    // Delivered to every listening process when this transaction commits, never before.
    if (m_db->dialect() == SqlDialect::Postgres) {
        QSqlQuery n(db);
        n.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        n.addBindValue(QString::fromLatin1(kSessionChannel));
        n.addBindValue(sidText(s.sid) + QLatin1Char(' ') + m_processTag);
        if (!run(n))
            return fail(Commit::Failed);
    }
    return db.commit() ? Commit::Done : fail(Commit::Failed);
}

QList<QByteArray> RegistryStore::sessionsDue(qint64 nowMs) const {
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT sid FROM sessions WHERE expires_at_ms <= ? AND state IN"
                       " ('CREATED', 'CLAIMED', 'CONFIRMED', 'BOUND')"));
    q.addBindValue(nowMs);
    QList<QByteArray> due;
    if (run(q)) {
        while (q.next())
            due << QByteArray::fromHex(q.value(0).toString().toLatin1());
    }
    return due;
}

int RegistryStore::transitionCount(const QByteArray& sid) const {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM transitions WHERE sid = ?"));
    q.addBindValue(sidText(sid));
    if (!run(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

RegistryStore::Connection RegistryStore::checkConnection() {
    {
        QSqlQuery q(m_db->database());
        if (q.exec(QStringLiteral("SELECT 1")))
            return Connection::Fine;
    }
    auto again = RegistryDatabase::open(m_location, RegistryDatabase::Migrate::No);
    if (!again)
        return Connection::Lost;
    m_db = std::move(again).value();
    if (m_onChanged && !listenForSessionChanges(m_onChanged))
        return Connection::Lost;
    return Connection::Reconnected;
}

bool RegistryStore::listenForSessionChanges(std::function<void(const QByteArray&)> changed) {
    if (m_db->dialect() != SqlDialect::Postgres)
        return false;
    m_onChanged = changed;
    m_listener.reset();
    auto listener = RegistryDatabase::open(m_location, RegistryDatabase::Migrate::No);
    if (!listener)
        return false;
    m_listener = std::move(listener).value();
    QSqlDriver* driver = m_listener->database().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(kSessionChannel)))
        return false;
    QObject::connect(
        driver, &QSqlDriver::notification, driver,
        [changed = std::move(changed), self = m_processTag](
            const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
            const QStringList parts = payload.toString().split(QLatin1Char(' '));
            // This process's own changes were told to its polls when they were made.
            if (channel == QLatin1String(kSessionChannel) && parts.size() == 2 && parts[1] != self)
                changed(QByteArray::fromHex(parts[0].toLatin1()));
        });
    return true;
}

bool RegistryStore::putVerdict(const QString& verificationId, const FingerVerdict& v) {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral(
        "INSERT INTO finger_verdicts (verification_id, cid, request_number, officer_cid, finger,"
        " station_id, at_ms, method, exception_reason, supervisor_cid)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(verificationId), QVariant(v.cid), QVariant(v.requestNumber),
          QVariant(v.officerCid), QVariant(v.finger.isNull() ? QStringLiteral("") : v.finger),
          QVariant(static_cast<qint64>(v.stationId)), QVariant(v.atMs), QVariant(v.method),
          QVariant(v.exceptionReason.isNull() ? QStringLiteral("") : v.exceptionReason),
          QVariant(v.supervisorCid.isNull() ? QStringLiteral("") : v.supervisorCid)})
        q.addBindValue(value);
    return run(q);
}

std::optional<FingerVerdict> RegistryStore::takeVerdict(const QString& verificationId) {
    // One statement deletes and returns, so two processes given the same ID cannot both use it.
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("DELETE FROM finger_verdicts WHERE verification_id = ? RETURNING cid,"
                       " request_number, officer_cid, finger, station_id, at_ms, method,"
                       " exception_reason, supervisor_cid"));
    q.addBindValue(verificationId);
    if (!run(q) || !q.next())
        return std::nullopt;
    FingerVerdict v;
    v.cid = q.value(0).toString();
    v.requestNumber = q.value(1).toString();
    v.officerCid = q.value(2).toString();
    v.finger = q.value(3).toString();
    v.stationId = static_cast<quint32>(q.value(4).toLongLong());
    v.atMs = q.value(5).toLongLong();
    v.method = q.value(6).toString();
    v.exceptionReason = q.value(7).toString();
    v.supervisorCid = q.value(8).toString();
    q.finish();
    return v;
}

bool RegistryStore::forgetVerdictsBefore(qint64 atMs) {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("DELETE FROM finger_verdicts WHERE at_ms < ?"));
    q.addBindValue(atMs);
    return run(q);
}

int RegistryStore::failuresSince(const QString& who, qint64 sinceMs) {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM finger_failures WHERE who = ? AND at_ms >= ?"));
    q.addBindValue(who);
    q.addBindValue(sinceMs);
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

bool RegistryStore::addFailure(const QString& who, qint64 atMs) {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("INSERT INTO finger_failures (who, at_ms) VALUES (?, ?)"));
    q.addBindValue(who);
    q.addBindValue(atMs);
    return run(q);
}

bool RegistryStore::clearFailures(const QString& who) {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("DELETE FROM finger_failures WHERE who = ?"));
    q.addBindValue(who);
    return run(q);
}

}  // namespace thaid::registry
