#pragma once

#include "audit/audit_kind.h"
#include "audit/station_signer.h"
#include "common/result.h"
#include "common/sqlite_connection.h"

#include <memory>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

namespace thaid::app {

struct AuditEntry {
    qint64 seq = 0;
    QString at;  // ISO 8601 UTC with milliseconds
    QString kind;
    QString citizenHmac;  // HMAC-SHA256 of the citizen ID under the station secret, or empty
    QString detail;       // never personal data
    QString prevHash;
    QString hash;
    QByteArray signature;  // the station key's checkpoint over seq and hash
};

struct AuditVerification {
    bool ok = false;
    qint64 rows = 0;
    qint64 firstBadSeq = 0;  // 0 when ok
    QString problem;         // what is wrong at firstBadSeq, in plain words
};

// Rows the registry has not acknowledged yet.
struct AuditBacklog {
    qint64 pending = 0;
    std::optional<QDateTime> oldestPendingAt;
    qint64 lastSeq = 0;  // the trail's last row (0: none)
};

// The kiosk's append-only audit trail (docs/architecture.md): SQLite with WAL and synchronous=FULL,
// so a committed row survives a crash or power cut. Each row is hash-chained to the previous one
// and every append leaves a checkpoint signed with the station key. verify() finds an altered,
// removed, inserted or reordered row; rows removed from the end together with their checkpoints
// are caught by comparing with the registry's acknowledged sequence number.
class AuditTrail {
public:
    static Result<std::unique_ptr<AuditTrail>, QString> open(const QString& path,
                                                             StationSigner signer,
                                                             QByteArray citizenSecret);
    ~AuditTrail();
    AuditTrail(const AuditTrail&) = delete;
    AuditTrail& operator=(const AuditTrail&) = delete;

    // citizenId is stored only as its HMAC.
    Result<AuditEntry, QString> append(AuditKind kind, const QString& citizenId = {},
                                       const QString& detail = {});
    // The same, for callers that need only to know the row is committed.
    Result<void, QString> record(AuditKind kind, const QString& citizenId = {},
                                 const QString& detail = {});
    QString citizenHmac(const QString& citizenId) const;

    QList<AuditEntry> after(qint64 seq, int limit = 1000) const;
    QList<AuditEntry> since(const QDateTime& from) const;
    qint64 lastSeq() const;

    // Upload bookkeeping: rows after acknowledgedSeq() are kept and sent again until the
    // registry acknowledges them.
    qint64 acknowledgedSeq() const;
    // What the registry acknowledged: the row's sequence number and hash. Kept also in a file
    // beside the trail (<trail>.ack), which a cut of the trail's WAL does not roll back.
    bool acknowledge(qint64 seq, const QString& hash);
    qint64 pendingCount() const;
    std::optional<QDateTime> oldestPendingAt() const;

    // Also reports a trail shorter than, or different from, what the registry acknowledged, a
    // checkpoint without its row, and a trail that is empty although rows were acknowledged.
    static AuditVerification verify(const QString& path, const StationSigner& verifier);
    static QString acknowledgementPath(const QString& trailPath);
    // Read-only, without the station key: for doctor and the metrics.
    static Result<AuditBacklog, QString> backlog(const QString& path);
    // Rows at or after `from`, read-only and keyless: for the day's report.
    static Result<QList<AuditEntry>, QString> rowsSince(const QString& path, const QDateTime& from);

private:
    AuditTrail(storage::SqliteConnection db, StationSigner signer, QByteArray secret);
    storage::SqliteConnection m_db;
    StationSigner m_signer;
    QByteArray m_secret;
};

QString auditRowHash(const AuditEntry& e);

}  // namespace thaid::app
