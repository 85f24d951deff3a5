#include "registry/registry_store.h"

#include "protocol/audit_chain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace thaid::registry {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS citizens (cid TEXT PRIMARY KEY, name_th TEXT, name_en TEXT,"
    " request_number TEXT NOT NULL, card_status TEXT NOT NULL, finger TEXT NOT NULL,"
    " reference_print BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS citizen_prints (cid TEXT NOT NULL, finger TEXT NOT NULL,"
    " reference_print BLOB NOT NULL, PRIMARY KEY (cid, finger))",
    "CREATE TABLE IF NOT EXISTS superseded_cards (cid TEXT NOT NULL, request_number TEXT NOT NULL,"
    " PRIMARY KEY (cid, request_number))",
    "CREATE TABLE IF NOT EXISTS officers (cid TEXT PRIMARY KEY, display_name TEXT NOT NULL,"
    " request_number TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS officer_prints (cid TEXT PRIMARY KEY, finger TEXT NOT NULL,"
    " reference_print BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS stations (station_id INTEGER PRIMARY KEY, office_th TEXT NOT NULL,"
    " office_en TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS officer_roles (cid TEXT PRIMARY KEY, role TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS exceptions (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " station_id INTEGER NOT NULL, cid TEXT NOT NULL, officer_cid TEXT NOT NULL,"
    " supervisor_cid TEXT NOT NULL, reason TEXT NOT NULL, at_ms INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS session_verifications (sid TEXT PRIMARY KEY,"
    " method TEXT NOT NULL, finger TEXT NOT NULL, verified_at_ms INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS officer_tokens (token TEXT PRIMARY KEY, officer_cid TEXT NOT NULL,"
    " station_id INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sessions (sid TEXT PRIMARY KEY, cid TEXT NOT NULL,"
    " request_number TEXT NOT NULL, station_id INTEGER NOT NULL, officer TEXT NOT NULL,"
    " state TEXT NOT NULL, version INTEGER NOT NULL, created_at_ms INTEGER NOT NULL,"
    " expires_at_ms INTEGER NOT NULL, device_public_key BLOB, terms_version TEXT)",
    "CREATE TABLE IF NOT EXISTS transitions (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " sid TEXT NOT NULL, from_state TEXT NOT NULL, to_state TEXT NOT NULL, reason TEXT NOT NULL,"
    " at_ms INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS bindings (binding_id TEXT PRIMARY KEY, cid TEXT NOT NULL,"
    " device_public_key BLOB NOT NULL UNIQUE, sid TEXT NOT NULL, station_id INTEGER NOT NULL,"
    " officer_cid TEXT NOT NULL, method TEXT NOT NULL, finger TEXT NOT NULL,"
    " assurance TEXT NOT NULL, bound_at_ms INTEGER NOT NULL, revoked_at_ms INTEGER NOT NULL,"
    " replaced_by TEXT NOT NULL)",
    // The database itself keeps "at most one active binding per citizen".
    "CREATE UNIQUE INDEX IF NOT EXISTS one_active_binding ON bindings (cid)"
    " WHERE revoked_at_ms = 0",
    "CREATE TABLE IF NOT EXISTS kiosk_audit_signatures (station_id INTEGER NOT NULL,"
    " seq INTEGER NOT NULL, signature BLOB NOT NULL, PRIMARY KEY (station_id, seq))",
    "CREATE TABLE IF NOT EXISTS kiosk_audit (station_id INTEGER NOT NULL, seq INTEGER NOT NULL,"
    " at TEXT NOT NULL, kind TEXT NOT NULL, citizen_hmac TEXT, detail TEXT, prev_hash TEXT,"
    " hash TEXT NOT NULL, PRIMARY KEY (station_id, seq))",
};

// Tokens are kept as hashes: a copy of registry.db signs nobody in.
QString tokenHash(const QString& token) {
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

}  // namespace

RegistryStore::RegistryStore(storage::SqliteConnection db) : m_db(std::move(db)) {}

RegistryStore::~RegistryStore() = default;

Result<std::unique_ptr<RegistryStore>, QString> RegistryStore::open(const QString& path) {
    auto db = storage::SqliteConnection::open(path, QStringLiteral("registry"), kSchema);
    if (!db)
        return db.error();
    // A file made before the registry set its umask, or copied in, is closed up here.
    for (const QString& f : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(f))
            QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner);
    }
    return std::unique_ptr<RegistryStore>(new RegistryStore(std::move(db).value()));
}

bool RegistryStore::putCitizen(const CitizenEntry& c) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO citizens VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(c.cid), QVariant(c.nameTh), QVariant(c.nameEn), QVariant(c.requestNumber),
          QVariant(c.cardStatus), QVariant(c.finger), QVariant(c.referencePrint)})
        q.addBindValue(v);
    return q.exec();
}

std::optional<CitizenEntry> RegistryStore::citizen(const QString& cid) const {
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("SELECT cid, name_th, name_en, request_number, card_status, finger,"
                       " reference_print FROM citizens WHERE cid = ?"));
    q.addBindValue(cid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CitizenEntry{q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toByteArray()};
}

bool RegistryStore::putCitizenPrint(const QString& cid, const QString& finger,
                                    const QByteArray& print) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO citizen_prints VALUES (?, ?, ?)"));
    q.addBindValue(cid);
    q.addBindValue(finger);
    q.addBindValue(print);
    return q.exec();
}

QByteArray RegistryStore::citizenPrint(const CitizenEntry& c, const QString& finger) const {
    if (finger == c.finger)
        return c.referencePrint;
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("SELECT reference_print FROM citizen_prints WHERE cid = ? AND finger = ?"));
    q.addBindValue(c.cid);
    q.addBindValue(finger);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool RegistryStore::putSupersededCard(const QString& cid, const QString& requestNumber) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO superseded_cards VALUES (?, ?)"));
    q.addBindValue(cid);
    q.addBindValue(requestNumber);
    return q.exec();
}

bool RegistryStore::isSupersededCard(const QString& cid, const QString& requestNumber) const {
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("SELECT 1 FROM superseded_cards WHERE cid = ? AND request_number = ?"));
    q.addBindValue(cid);
    q.addBindValue(requestNumber);
    return q.exec() && q.next();
}

int RegistryStore::citizenCount() const {
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM citizens")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QByteArray RegistryStore::decoyPrint() const {
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT reference_print FROM citizens LIMIT 1")) || !q.next())
        return {};
    return q.value(0).toByteArray();
}

bool RegistryStore::putOfficer(const OfficerEntry& o) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO officers VALUES (?, ?, ?)"));
    q.addBindValue(o.cid);
    q.addBindValue(o.displayName);
    q.addBindValue(o.requestNumber);
    QSqlQuery r(m_db.database());
    r.prepare(QStringLiteral("INSERT OR REPLACE INTO officer_roles VALUES (?, ?)"));
    r.addBindValue(o.cid);
    r.addBindValue(o.role);
    if (!q.exec() || !r.exec())
        return false;
    if (o.referencePrint.isEmpty())
        return true;
    QSqlQuery p(m_db.database());
    p.prepare(QStringLiteral("INSERT OR REPLACE INTO officer_prints VALUES (?, ?, ?)"));
    p.addBindValue(o.cid);
    p.addBindValue(o.finger);
    p.addBindValue(o.referencePrint);
    return p.exec();
}

std::optional<OfficerEntry> RegistryStore::officer(const QString& cid) const {
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("SELECT o.cid, o.display_name, o.request_number, p.finger,"
                       " p.reference_print, COALESCE(r.role, 'officer') FROM officers o"
                       " LEFT JOIN officer_prints p ON p.cid = o.cid"
                       " LEFT JOIN officer_roles r ON r.cid = o.cid WHERE o.cid = ?"));
    q.addBindValue(cid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return OfficerEntry{q.value(0).toString(), q.value(1).toString(),    q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toByteArray(), q.value(5).toString()};
}

bool RegistryStore::putStation(const StationEntry& e) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO stations VALUES (?, ?, ?)"));
    q.addBindValue(static_cast<qint64>(e.stationId));
    q.addBindValue(e.officeTh);
    q.addBindValue(e.officeEn);
    return q.exec();
}

std::optional<StationEntry> RegistryStore::station(quint32 stationId) const {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT office_th, office_en FROM stations WHERE station_id = ?"));
    q.addBindValue(static_cast<qint64>(stationId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StationEntry{stationId, q.value(0).toString(), q.value(1).toString()};
}

bool RegistryStore::putException(const ExceptionEntry& e) {
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("INSERT INTO exceptions (station_id, cid, officer_cid, supervisor_cid,"
                       " reason, at_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(static_cast<qint64>(e.stationId)), QVariant(e.cid), QVariant(e.officerCid),
          QVariant(e.supervisorCid), QVariant(e.reason), QVariant(e.atMs)})
        q.addBindValue(v);
    return q.exec();
}

int RegistryStore::exceptionCount(quint32 stationId, qint64 sinceMs) const {
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM exceptions WHERE station_id = ? AND at_ms >= ?"));
    q.addBindValue(static_cast<qint64>(stationId));
    q.addBindValue(sinceMs);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool RegistryStore::putToken(const OfficerToken& t) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO officer_tokens VALUES (?, ?, ?, ?)"));
    q.addBindValue(tokenHash(t.token));
    q.addBindValue(t.officerCid);
    q.addBindValue(static_cast<qint64>(t.stationId));
    q.addBindValue(t.expiresAtMs);
    return q.exec();
}

std::optional<OfficerToken> RegistryStore::token(const QString& token) const {
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("SELECT token, officer_cid, station_id, expires_at_ms"
                       " FROM officer_tokens WHERE token = ?"));
    q.addBindValue(tokenHash(token));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return OfficerToken{token, q.value(1).toString(), static_cast<quint32>(q.value(2).toLongLong()),
                        q.value(3).toLongLong()};
}

bool RegistryStore::dropToken(const QString& token) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM officer_tokens WHERE token = ?"));
    q.addBindValue(tokenHash(token));
    return q.exec();
}

bool RegistryStore::dropOfficerTokens(const QString& officerCid) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM officer_tokens WHERE officer_cid = ?"));
    q.addBindValue(officerCid);
    return q.exec();
}

bool RegistryStore::saveSession(const SessionRecord& s) {
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(QString::fromLatin1(s.sid.toHex())), QVariant(s.cid), QVariant(s.requestNumber),
          QVariant(static_cast<qint64>(s.stationId)), QVariant(s.officer),
          QVariant(sessionStateName(s.state)), QVariant(s.version), QVariant(s.createdAtMs),
          QVariant(s.expiresAtMs), QVariant(s.devicePublicKey), QVariant(s.termsVersion)})
        q.addBindValue(v);
    if (!q.exec())
        return false;
    // How the citizen was verified is written once, when the session is created.
    QSqlQuery v(m_db.database());
    v.prepare(QStringLiteral("INSERT OR IGNORE INTO session_verifications VALUES (?, ?, ?, ?)"));
    v.addBindValue(QString::fromLatin1(s.sid.toHex()));
    v.addBindValue(s.verification.method);
    v.addBindValue(s.verification.finger);
    v.addBindValue(s.verification.atMs);
    return v.exec();
}

bool RegistryStore::appendTransition(const Transition& t) {
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("INSERT INTO transitions (sid, from_state, to_state, reason, at_ms)"
                       " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(t.sid.toHex()));
    q.addBindValue(sessionStateName(t.from));
    q.addBindValue(sessionStateName(t.to));
    q.addBindValue(t.reason);
    q.addBindValue(t.atMs);
    return q.exec();
}

int RegistryStore::transitionCount(const QByteArray& sid) const {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM transitions WHERE sid = ?"));
    q.addBindValue(QString::fromLatin1(sid.toHex()));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::pair<qint64, QString> RegistryStore::auditHead(quint32 stationId) const {
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("SELECT seq, hash FROM kiosk_audit WHERE station_id = ? ORDER BY seq"));
    q.addBindValue(static_cast<qint64>(stationId));
    std::pair<qint64, QString> head{0, protocol::kAuditGenesis};
    if (!q.exec())
        return head;
    while (q.next() && q.value(0).toLongLong() == head.first + 1)
        head = {q.value(0).toLongLong(), q.value(1).toString()};
    return head;
}

QString RegistryStore::auditHash(quint32 stationId, qint64 seq) const {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT hash FROM kiosk_audit WHERE station_id = ? AND seq = ?"));
    q.addBindValue(static_cast<qint64>(stationId));
    q.addBindValue(seq);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool RegistryStore::appendAuditRows(quint32 stationId, const QList<AuditRow>& rows) {
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return false;
    for (const AuditRow& r : rows) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO kiosk_audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(static_cast<qint64>(stationId)), QVariant(r.seq),
                                  QVariant(r.at), QVariant(r.kind), QVariant(r.citizenHmac),
                                  QVariant(r.detail), QVariant(r.prevHash), QVariant(r.hash)})
            q.addBindValue(v);
        QSqlQuery sig(db);
        sig.prepare(QStringLiteral("INSERT INTO kiosk_audit_signatures VALUES (?, ?, ?)"));
        sig.addBindValue(static_cast<qint64>(stationId));
        sig.addBindValue(r.seq);
        sig.addBindValue(r.signature);
        if (!q.exec() || !sig.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

}  // namespace thaid::registry
