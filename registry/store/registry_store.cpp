#include "registry/store/registry_store.h"

#include "protocol/audit_chain.h"
#include "registry/base/registry_logging.h"
#include "registry/store/registry_sql.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QVariant>

namespace thaid::registry {

namespace {

// Tokens are kept as hashes: a copy of registry.db signs nobody in.
QString tokenHash(const QString& token) {
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

}  // namespace

RegistryStore::RegistryStore(std::unique_ptr<RegistryDatabase> db, QString location)
    : m_db(std::move(db)),
      m_location(std::move(location)),
      m_processTag(QString::number(QRandomGenerator::system()->generate64(), 36)) {}

RegistryStore::~RegistryStore() = default;

Result<std::unique_ptr<RegistryStore>, QString> RegistryStore::open(const QString& location) {
    auto db = RegistryDatabase::open(location);
    if (!db)
        return db.error();
    return std::unique_ptr<RegistryStore>(new RegistryStore(std::move(db).value(), location));
}

bool RegistryStore::run(QSqlQuery& q) const {
    if (q.exec())
        return true;
    m_failed = true;
    // The code only: a database's message can quote the row (a citizen ID in a key).
    qCWarning(lcRegistry).noquote()
        << "storage: statement failed, SQLSTATE" << q.lastError().nativeErrorCode();
    return false;
}

bool RegistryStore::run(QSqlQuery& q, const QString& sql) const {
    if (q.exec(sql))
        return true;
    m_failed = true;
    // The code only: a database's message can quote the row (a citizen ID in a key).
    qCWarning(lcRegistry).noquote()
        << "storage: statement failed, SQLSTATE" << q.lastError().nativeErrorCode();
    return false;
}

bool RegistryStore::putCitizen(const CitizenEntry& c) {
    QSqlQuery q(m_db->database());
    q.prepare(upsertSql(
        "citizens",
        {"cid", "name_th", "name_en", "request_number", "card_status", "finger", "reference_print"},
        1));
    for (const QVariant& v :
         {QVariant(c.cid), QVariant(c.nameTh), QVariant(c.nameEn), QVariant(c.requestNumber),
          QVariant(c.cardStatus), QVariant(c.finger), QVariant(c.referencePrint)})
        q.addBindValue(v);
    return run(q);
}

std::optional<CitizenEntry> RegistryStore::citizen(const QString& cid) const {
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT cid, name_th, name_en, request_number, card_status, finger,"
                       " reference_print FROM citizens WHERE cid = ?"));
    q.addBindValue(cid);
    if (!run(q) || !q.next())
        return std::nullopt;
    return CitizenEntry{q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toByteArray()};
}

bool RegistryStore::putCitizenPrint(const QString& cid, const QString& finger,
                                    const QByteArray& print) {
    QSqlQuery q(m_db->database());
    q.prepare(upsertSql("citizen_prints", {"cid", "finger", "reference_print"}, 2));
    q.addBindValue(cid);
    q.addBindValue(finger);
    q.addBindValue(print);
    return run(q);
}

QByteArray RegistryStore::citizenPrint(const CitizenEntry& c, const QString& finger) const {
    if (finger == c.finger)
        return c.referencePrint;
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT reference_print FROM citizen_prints WHERE cid = ? AND finger = ?"));
    q.addBindValue(c.cid);
    q.addBindValue(finger);
    return run(q) && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool RegistryStore::putSupersededCard(const QString& cid, const QString& requestNumber) {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("INSERT INTO superseded_cards VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(cid);
    q.addBindValue(requestNumber);
    return run(q);
}

bool RegistryStore::isSupersededCard(const QString& cid, const QString& requestNumber) const {
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT 1 FROM superseded_cards WHERE cid = ? AND request_number = ?"));
    q.addBindValue(cid);
    q.addBindValue(requestNumber);
    return run(q) && q.next();
}

int RegistryStore::citizenCount() const {
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT COUNT(*) FROM citizens")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QByteArray RegistryStore::decoyPrint() const {
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT reference_print FROM citizens LIMIT 1")) || !q.next())
        return {};
    return q.value(0).toByteArray();
}

bool RegistryStore::putOfficer(const OfficerEntry& o) {
    QSqlQuery q(m_db->database());
    q.prepare(upsertSql("officers", {"cid", "display_name", "request_number"}, 1));
    q.addBindValue(o.cid);
    q.addBindValue(o.displayName);
    q.addBindValue(o.requestNumber);
    QSqlQuery r(m_db->database());
    r.prepare(upsertSql("officer_roles", {"cid", "role"}, 1));
    r.addBindValue(o.cid);
    r.addBindValue(o.role);
    if (!run(q) || !run(r))
        return false;
    if (o.referencePrint.isEmpty())
        return true;
    QSqlQuery p(m_db->database());
    p.prepare(upsertSql("officer_prints", {"cid", "finger", "reference_print"}, 1));
    p.addBindValue(o.cid);
    p.addBindValue(o.finger);
    p.addBindValue(o.referencePrint);
    return run(p);
}

std::optional<OfficerEntry> RegistryStore::officer(const QString& cid) const {
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT o.cid, o.display_name, o.request_number, p.finger,"
                       " p.reference_print, COALESCE(r.role, 'officer') FROM officers o"
                       " LEFT JOIN officer_prints p ON p.cid = o.cid"
                       " LEFT JOIN officer_roles r ON r.cid = o.cid WHERE o.cid = ?"));
    q.addBindValue(cid);
    if (!run(q) || !q.next())
        return std::nullopt;
    return OfficerEntry{q.value(0).toString(), q.value(1).toString(),    q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toByteArray(), q.value(5).toString()};
}

bool RegistryStore::putStation(const StationEntry& e) {
    QSqlQuery q(m_db->database());
    q.prepare(upsertSql("stations", {"station_id", "office_th", "office_en"}, 1));
    q.addBindValue(static_cast<qint64>(e.stationId));
    q.addBindValue(e.officeTh);
    q.addBindValue(e.officeEn);
    return run(q);
}

std::optional<StationEntry> RegistryStore::station(quint32 stationId) const {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT office_th, office_en FROM stations WHERE station_id = ?"));
    q.addBindValue(static_cast<qint64>(stationId));
    if (!run(q) || !q.next())
        return std::nullopt;
    return StationEntry{stationId, q.value(0).toString(), q.value(1).toString()};
}

bool RegistryStore::pinStationCertificate(quint32 stationId, const QByteArray& certificate,
                                          qint64 atMs) {
    const QList<QSslCertificate> parsed = QSslCertificate::fromData(
        certificate, certificate.startsWith("-----") ? QSsl::Pem : QSsl::Der);
    if (parsed.size() != 1)
        return false;
    QSqlQuery q(m_db->database());
    q.prepare(
        upsertSql("station_certificates", {"station_id", "certificate_sha256", "pinned_at_ms"}, 1));
    q.addBindValue(static_cast<qint64>(stationId));
    q.addBindValue(QString::fromLatin1(parsed.first().digest(QCryptographicHash::Sha256).toHex()));
    q.addBindValue(atMs);
    return run(q);
}

std::optional<QString> RegistryStore::pinnedCertificate(quint32 stationId) const {
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT certificate_sha256 FROM station_certificates WHERE station_id = ?"));
    q.addBindValue(static_cast<qint64>(stationId));
    if (!run(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool RegistryStore::putToken(const OfficerToken& t) {
    QSqlQuery q(m_db->database());
    q.prepare(
        upsertSql("officer_tokens", {"token", "officer_cid", "station_id", "expires_at_ms"}, 1));
    q.addBindValue(tokenHash(t.token));
    q.addBindValue(t.officerCid);
    q.addBindValue(static_cast<qint64>(t.stationId));
    q.addBindValue(t.expiresAtMs);
    return run(q);
}

std::optional<OfficerToken> RegistryStore::token(const QString& token) const {
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT token, officer_cid, station_id, expires_at_ms"
                       " FROM officer_tokens WHERE token = ?"));
    q.addBindValue(tokenHash(token));
    if (!run(q) || !q.next())
        return std::nullopt;
    return OfficerToken{token, q.value(1).toString(), static_cast<quint32>(q.value(2).toLongLong()),
                        q.value(3).toLongLong()};
}

bool RegistryStore::officerSignedInAt(const QString& officerCid, quint32 stationId,
                                      qint64 nowMs) const {
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT 1 FROM officer_tokens WHERE officer_cid = ? AND station_id = ?"
                       " AND expires_at_ms > ?"));
    q.addBindValue(officerCid);
    q.addBindValue(static_cast<qint64>(stationId));
    q.addBindValue(nowMs);
    return run(q) && q.next();
}

bool RegistryStore::dropToken(const QString& token) {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("DELETE FROM officer_tokens WHERE token = ?"));
    q.addBindValue(tokenHash(token));
    return run(q);
}

bool RegistryStore::dropOfficerTokens(const QString& officerCid) {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("DELETE FROM officer_tokens WHERE officer_cid = ?"));
    q.addBindValue(officerCid);
    return run(q);
}

std::pair<qint64, QString> RegistryStore::auditHead(quint32 stationId) const {
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT seq, hash FROM kiosk_audit WHERE station_id = ? ORDER BY seq"));
    q.addBindValue(static_cast<qint64>(stationId));
    std::pair<qint64, QString> head{0, protocol::kAuditGenesis};
    if (!run(q))
        return head;
    while (q.next() && q.value(0).toLongLong() == head.first + 1)
        head = {q.value(0).toLongLong(), q.value(1).toString()};
    return head;
}

QString RegistryStore::auditHash(quint32 stationId, qint64 seq) const {
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT hash FROM kiosk_audit WHERE station_id = ? AND seq = ?"));
    q.addBindValue(static_cast<qint64>(stationId));
    q.addBindValue(seq);
    return run(q) && q.next() ? q.value(0).toString() : QString();
}

bool RegistryStore::appendAuditRows(quint32 stationId, const QList<AuditRow>& rows) {
    QSqlDatabase db = m_db->database();
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
        if (!run(q) || !run(sig)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

}  // namespace thaid::registry
