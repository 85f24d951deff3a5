#include "audit/audit_trail.h"

#include "common/secure_wipe.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
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

const QString kGenesis = QString(64, QLatin1Char('0'));

QByteArray checkpointMessage(qint64 seq, const QString& hash) {
    return "THAID-AUDIT-CHECKPOINT\n" + QByteArray::number(seq) + '\n' + hash.toLatin1();
}

AuditEntry entryFrom(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString()};
}

const char* const kColumns =
    "SELECT seq, at, kind, citizen_hmac, detail, prev_hash, hash FROM audit ";

}  // namespace

QString auditRowHash(const AuditEntry& e) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& part :
         {e.prevHash, QString::number(e.seq), e.at, e.kind, e.citizenHmac, e.detail}) {
        const QByteArray bytes = part.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':');  // length-prefixed: no ambiguity
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
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
    q.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"));
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
    q.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE at >= ? ORDER BY seq"));
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

bool AuditTrail::acknowledge(qint64 seq) {
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "UPDATE upload SET acknowledged_seq = MAX(acknowledged_seq, ?) WHERE id = 1"));
    q.addBindValue(std::min(seq, lastSeq()));
    return q.exec();
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

Result<AuditBacklog, QString> AuditTrail::backlog(const QString& path) {
    auto db = storage::SqliteConnection::open(path, QStringLiteral("audit-backlog"), {},
                                              storage::SqliteConnection::Access::ReadOnly);
    if (!db)
        return db.error();
    QSqlQuery q(db.value().database());
    if (!q.exec(QStringLiteral(
            "SELECT COUNT(*), MIN(at) FROM audit WHERE seq > (SELECT acknowledged_seq FROM upload "
            "WHERE id = 1)")) ||
        !q.next())
        return QStringLiteral("the audit tables cannot be read");
    AuditBacklog b;
    b.pending = q.value(0).toLongLong();
    if (b.pending > 0)
        b.oldestPendingAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    return b;
}

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
        rows.exec(QLatin1String(kColumns) + QStringLiteral("ORDER BY seq")) &&
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
    v.ok = readable && v.problem.isEmpty();
    return v;
}

}  // namespace thaid::app
