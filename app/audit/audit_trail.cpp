#include "audit/audit_trail.h"

#include "common/secure_wipe.h"
#include "protocol/audit_chain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace thaid::app {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL,"
    " kind TEXT NOT NULL, citizen_hmac TEXT NOT NULL, detail TEXT NOT NULL,"
    " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS checkpoints (seq INTEGER PRIMARY KEY, hash TEXT NOT NULL,"
    " signature BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS upload (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " acknowledged_seq INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO upload VALUES (1, 0)",
};

const QString& kGenesis = protocol::kAuditGenesis;

QByteArray checkpointMessage(qint64 seq, const QString& hash) {
    return protocol::auditCheckpointMessage(seq, hash);
}

AuditEntry entryFrom(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toByteArray()};
}

const char* const kColumns =
    "SELECT a.seq, a.at, a.kind, a.citizen_hmac, a.detail, a.prev_hash, a.hash, c.signature"
    " FROM audit a LEFT JOIN checkpoints c ON c.seq = a.seq ";

struct Acknowledged {
    qint64 seq = 0;
    QString hash;
};

std::optional<Acknowledged> readAcknowledgement(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    return Acknowledged{o.value(QStringLiteral("seq")).toInteger(),
                        o.value(QStringLiteral("hash")).toString()};
}

}  // namespace

QString auditRowHash(const AuditEntry& e) {
    return protocol::auditRowHash(e.prevHash, e.seq, e.at, e.kind, e.citizenHmac, e.detail);
}

QString AuditTrail::acknowledgementPath(const QString& trailPath) {
    return trailPath + QStringLiteral(".ack");
}

AuditTrail::AuditTrail(storage::SqliteConnection db, StationSigner signer, QByteArray secret)
    : m_db(std::move(db)), m_signer(std::move(signer)), m_secret(std::move(secret)) {}

AuditTrail::~AuditTrail() {
    secureWipe(m_secret);
}

Result<std::unique_ptr<AuditTrail>, QString> AuditTrail::open(const QString& path,
                                                              StationSigner signer,
                                                              QByteArray citizenSecret) {
    if (!signer.canSign())
        return QStringLiteral("the audit trail needs the station's private key");
    if (citizenSecret.size() < 16)
        return QStringLiteral("the citizen HMAC secret is too short");
    auto db = storage::SqliteConnection::open(path, QStringLiteral("audit"), kSchema);
    if (!db)
        return db.error();
    return std::unique_ptr<AuditTrail>(
        new AuditTrail(std::move(db).value(), std::move(signer), std::move(citizenSecret)));
}

QString AuditTrail::citizenHmac(const QString& citizenId) const {
    if (citizenId.isEmpty())
        return {};
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(citizenId.toLatin1(), m_secret, QCryptographicHash::Sha256)
            .toHex());
}

Result<void, QString> AuditTrail::record(AuditKind kind, const QString& citizenId,
                                         const QString& detail) {
    auto r = append(kind, citizenId, detail);
    if (!r)
        return r.error();
    return {};
}

Result<AuditEntry, QString> AuditTrail::append(AuditKind kind, const QString& citizenId,
                                               const QString& detail) {
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery last(db);
    AuditEntry e;
    e.prevHash = kGenesis;
    if (last.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")) &&
        last.next()) {
        e.seq = last.value(0).toLongLong();
        e.prevHash = last.value(1).toString();
    }
    e.seq += 1;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.kind = auditKindId(kind);
    // Non-null empty strings: Qt binds a null QString as SQL NULL.
    e.citizenHmac = citizenId.isEmpty() ? QStringLiteral("") : citizenHmac(citizenId);
    e.detail = detail.isNull() ? QStringLiteral("") : detail;
    e.hash = auditRowHash(e);
    const QByteArray signature = m_signer.sign(checkpointMessage(e.seq, e.hash));
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(e.seq), QVariant(e.at), QVariant(e.kind), QVariant(e.citizenHmac),
          QVariant(e.detail), QVariant(e.prevHash), QVariant(e.hash)})
        row.addBindValue(v);
    QSqlQuery checkpoint(db);
    checkpoint.prepare(QStringLiteral("INSERT INTO checkpoints VALUES (?, ?, ?)"));
    checkpoint.addBindValue(e.seq);
    checkpoint.addBindValue(e.hash);
    checkpoint.addBindValue(signature);
    e.signature = signature;
    QString why;
    if (signature.isEmpty())
        why = QStringLiteral("cannot sign the checkpoint");
    else if (!row.exec())
        why = row.lastError().text();
    else if (!checkpoint.exec())
        why = checkpoint.lastError().text();
    else if (!db.commit())
        why = db.lastError().text();
    if (!why.isEmpty()) {
        db.rollback();
        return why;
    }
    return e;
}

QList<AuditEntry> AuditTrail::after(qint64 seq, int limit) const {
    QSqlQuery q(m_db.database());
    q.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE a.seq > ? ORDER BY a.seq LIMIT ?"));
    q.addBindValue(seq);
    q.addBindValue(limit);
    QList<AuditEntry> out;
    if (q.exec()) {
        while (q.next())
            out.append(entryFrom(q));
    }
    return out;
}

QList<AuditEntry> AuditTrail::since(const QDateTime& from) const {
    QSqlQuery q(m_db.database());
    q.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE a.at >= ? ORDER BY a.seq"));
    q.addBindValue(from.toUTC().toString(Qt::ISODateWithMs));
    QList<AuditEntry> out;
    if (q.exec()) {
        while (q.next())
            out.append(entryFrom(q));
    }
    return out;
}

qint64 AuditTrail::lastSeq() const {
    QSqlQuery q(m_db.database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 AuditTrail::acknowledgedSeq() const {
    QSqlQuery q(m_db.database());
    if (q.exec(QStringLiteral("SELECT acknowledged_seq FROM upload WHERE id = 1")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool AuditTrail::acknowledge(qint64 seq, const QString& hash) {
    seq = std::min(seq, lastSeq());
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "UPDATE upload SET acknowledged_seq = MAX(acknowledged_seq, ?) WHERE id = 1"));
    q.addBindValue(seq);
    if (!q.exec())
        return false;
    const QString ackPath = acknowledgementPath(m_db.database().databaseName());
    const auto previous = readAcknowledgement(ackPath);
    if (seq <= 0 || (previous && previous->seq >= seq))
        return true;
    QSaveFile f(ackPath);
    f.setDirectWriteFallback(false);
    return f.open(QIODevice::WriteOnly) &&
           f.write(QJsonDocument(
                       QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}})
                       .toJson(QJsonDocument::Compact)) > 0 &&
           f.commit();
}

qint64 AuditTrail::pendingCount() const {
    return lastSeq() - acknowledgedSeq();
}

std::optional<QDateTime> AuditTrail::oldestPendingAt() const {
    const QList<AuditEntry> next = after(acknowledgedSeq(), 1);
    if (next.isEmpty())
        return std::nullopt;
    return QDateTime::fromString(next.first().at, Qt::ISODateWithMs);
}

Result<QList<AuditEntry>, QString> AuditTrail::rowsSince(const QString& path,
                                                         const QDateTime& from) {
    auto db = storage::SqliteConnection::open(path, QStringLiteral("audit-rows"), {},
                                              storage::SqliteConnection::Access::ReadOnly);
    if (!db)
        return db.error();
    QSqlQuery q(db.value().database());
    q.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE a.at >= ? ORDER BY a.seq"));
    q.addBindValue(from.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return QStringLiteral("the audit tables cannot be read");
    QList<AuditEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<AuditBacklog, QString> AuditTrail::backlog(const QString& path) {
    auto db = storage::SqliteConnection::open(path, QStringLiteral("audit-backlog"), {},
                                              storage::SqliteConnection::Access::ReadOnly);
    if (!db)
        return db.error();
    QSqlQuery q(db.value().database());
    if (!q.exec(QStringLiteral(
            "SELECT COUNT(*), MIN(at), (SELECT COALESCE(MAX(seq), 0) FROM audit) FROM audit"
            " WHERE seq > (SELECT acknowledged_seq FROM upload WHERE id = 1)")) ||
        !q.next())
        return QStringLiteral("the audit tables cannot be read");
    AuditBacklog b;
    b.pending = q.value(0).toLongLong();
    b.lastSeq = q.value(2).toLongLong();
    if (b.pending > 0)
        b.oldestPendingAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    return b;
}

namespace {
QString hashAt(const storage::SqliteConnection& db, qint64 seq) {
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT hash FROM audit WHERE seq = ?"));
    q.addBindValue(seq);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
}  // namespace

AuditVerification AuditTrail::verify(const QString& path, const StationSigner& verifier) {
    AuditVerification v;
    auto db = storage::SqliteConnection::open(path, QStringLiteral("audit-verify"), {},
                                              storage::SqliteConnection::Access::ReadOnly);
    if (!db) {
        v.problem = db.error();
        return v;
    }
    QSqlQuery rows(db.value().database());
    QSqlQuery sigs(db.value().database());
    const bool readable =
        rows.exec(QLatin1String(kColumns) + QStringLiteral("ORDER BY a.seq")) &&
        sigs.exec(QStringLiteral("SELECT seq, hash, signature FROM checkpoints ORDER BY seq"));
    if (!readable)
        v.problem = QStringLiteral("the audit tables cannot be read");
    QHash<qint64, QPair<QString, QByteArray>> checkpoints;
    while (readable && sigs.next())
        checkpoints.insert(sigs.value(0).toLongLong(),
                           {sigs.value(1).toString(), sigs.value(2).toByteArray()});
    QString prev = kGenesis;
    qint64 expected = 1;
    const auto fail = [&](qint64 seq, const QString& why) {
        v.firstBadSeq = seq;
        v.problem = why;
    };
    while (readable && v.problem.isEmpty() && rows.next()) {
        const AuditEntry e = entryFrom(rows);
        const auto cp = checkpoints.value(e.seq);
        if (e.seq != expected)
            fail(expected, QStringLiteral("row %1 is missing").arg(expected));
        else if (e.prevHash != prev)
            fail(e.seq,
                 QStringLiteral("row %1 does not follow the row before it (removed or reordered)")
                     .arg(e.seq));
        else if (auditRowHash(e) != e.hash)
            fail(e.seq, QStringLiteral("row %1 was altered").arg(e.seq));
        else if (cp.first != e.hash ||
                 !verifier.verify(checkpointMessage(e.seq, e.hash), cp.second))
            fail(e.seq, QStringLiteral("row %1 has no valid station signature").arg(e.seq));
        prev = e.hash;
        ++expected;
        ++v.rows;
    }
    if (readable && v.problem.isEmpty() && checkpoints.contains(expected))
        fail(expected, QStringLiteral("row %1 and later were removed").arg(expected));
    if (readable && v.problem.isEmpty()) {
        for (auto it = checkpoints.cbegin(); it != checkpoints.cend(); ++it) {
            if (it.key() < 1 || it.key() > v.rows) {
                fail(it.key(), QStringLiteral("checkpoint %1 has no row").arg(it.key()));
                break;
            }
        }
    }
    // What the registry acknowledged lives outside this file: a trail cut back to an earlier
    // commit (its WAL truncated, an old copy restored) is shorter than that.
    const auto acked = readAcknowledgement(acknowledgementPath(path));
    if (readable && v.problem.isEmpty() && acked && acked->seq > 0) {
        if (v.rows == 0)
            fail(1, QStringLiteral("the trail is empty, but the registry acknowledged %1 rows")
                        .arg(acked->seq));
        else if (v.rows < acked->seq)
            fail(v.rows + 1, QStringLiteral("the trail ends at row %1, but the registry "
                                            "acknowledged rows up to %2: rows were cut off")
                                 .arg(v.rows)
                                 .arg(acked->seq));
        else if (hashAt(db.value(), acked->seq) != acked->hash)
            fail(acked->seq,
                 QStringLiteral("row %1 is not the row the registry acknowledged").arg(acked->seq));
    }
    v.ok = readable && v.problem.isEmpty();
    return v;
}

}  // namespace thaid::app
