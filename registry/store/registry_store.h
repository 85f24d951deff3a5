#pragma once

#include "protocol/wire/kiosk_requests.h"
#include "registry/store/finger_verdicts.h"
#include "registry/store/registry_database.h"
#include "registry/store/session_book.h"

#include <functional>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

namespace thaid::registry {

using protocol::AuditRow;

struct CitizenEntry {
    QString cid;
    QString nameTh;
    QString nameEn;
    QString requestNumber;      // the latest valid card
    QString cardStatus;         // latest | revoked
    QString finger;             // right-index | left-index
    QByteArray referencePrint;  // fp_print_serialize output
};

// What the citizen's latest card prints beyond the names: kept for the OpenID Connect scopes
// (docs/protocol.md) and the ThaiD check's photo. Dates as YYYY-MM-DD (Gregorian), empty if none.
struct CitizenCard {
    QString cid;
    QString address;  // one line, as a letter would carry it
    QString province;
    QString birthDate;
    QString issueDate;
    QString expiryDate;  // empty for a lifelong card
    QByteArray photoJpeg;
};

struct OfficerEntry {
    QString cid;
    QString displayName;
    QString requestNumber;
    QString finger;                            // the finger enrolled for sign-in
    QByteArray referencePrint;                 // empty: this officer cannot sign in
    QString role = QStringLiteral("officer");  // officer | supervisor
};

// The office a station serves, by name, for what the registry tells officers.
struct StationEntry {
    quint32 stationId = 0;
    QString officeTh;
    QString officeEn;
};

// A supervisor's exception: a citizen verified by a second officer's sign-off instead of a
// finger.
struct ExceptionEntry {
    quint32 stationId = 0;
    QString cid;
    QString officerCid;
    QString supervisorCid;
    QString reason;
    qint64 atMs = 0;
};

// What reserving an exception came to: a slot (its row, and how many the station had used
// before it), the day's limit reached, or storage failing.
struct ExceptionSlot {
    enum class Outcome { Reserved, LimitReached, Failed };
    Outcome outcome = Outcome::Failed;
    qint64 id = 0;
    int usedBefore = 0;
};

struct OfficerToken {
    QString token;  // the token itself when issued; only its SHA-256 is stored
    QString officerCid;
    quint32 stationId = 0;
    qint64 expiresAtMs = 0;
};

// The registry's data, in its SQLite file (WAL, synchronous=FULL) or in PostgreSQL: citizens
// with their reference prints, officers and their sign-in tokens, sessions with their
// transitions, fingerprint verdicts, bindings and kiosks' audit rows. Everything a request needs
// is here, so that registry processes sharing a PostgreSQL database can serve any request.
class RegistryStore : public SessionStore, public VerdictStore {
public:
    // A SQLite path or a postgresql:// URL (RegistryDatabase); the schema is migrated first.
    static Result<std::unique_ptr<RegistryStore>, QString> open(const QString& location);
    ~RegistryStore() override;
    RegistryStore(const RegistryStore&) = delete;
    RegistryStore& operator=(const RegistryStore&) = delete;

    bool putCitizen(const CitizenEntry& c);
    bool putCitizenCard(const CitizenCard& card);
    std::optional<CitizenCard> citizenCard(const QString& cid) const;
    std::optional<CitizenEntry> citizen(const QString& cid) const;
    // A reference print of another finger than the citizen's first (the other index finger).
    bool putCitizenPrint(const QString& cid, const QString& finger, const QByteArray& print);
    // The citizen's reference print for `finger`, the first finger's included; empty if none.
    QByteArray citizenPrint(const CitizenEntry& c, const QString& finger) const;
    // Every card request number this citizen has held; the newest is in citizens.
    bool putSupersededCard(const QString& cid, const QString& requestNumber);
    bool isSupersededCard(const QString& cid, const QString& requestNumber) const;
    int citizenCount() const;
    // A real reference print of someone, to match an unknown citizen's sample against, so that
    // an unknown ID costs the same time as a known one.
    QByteArray decoyPrint() const;

    bool putOfficer(const OfficerEntry& o);
    std::optional<OfficerEntry> officer(const QString& cid) const;
    bool putStation(const StationEntry& s);
    std::optional<StationEntry> station(quint32 stationId) const;
    // The station's current certificate (PEM or DER): any other is refused from now on.
    bool pinStationCertificate(quint32 stationId, const QByteArray& certificate, qint64 atMs);
    // The SHA-256 (hex) of the station's current certificate; nullopt when none is pinned.
    std::optional<QString> pinnedCertificate(quint32 stationId) const;

    // Takes one of the station's `limit` exceptions since `sinceMs` for `e`: counted and written
    // in one transaction under a lock per station, so that grants racing in this process or in
    // others sharing the database never take more than the limit between them.
    ExceptionSlot reserveException(const ExceptionEntry& e, qint64 sinceMs, int limit);
    // Gives a reserved slot back (the supervisor's finger failed).
    bool releaseException(qint64 slotId);

    bool putToken(const OfficerToken& t);
    std::optional<OfficerToken> token(const QString& token) const;
    bool dropToken(const QString& token);
    // Whether the officer holds a live token for this station.
    bool officerSignedInAt(const QString& officerCid, quint32 stationId, qint64 nowMs) const;
    // Ends every token of this officer, on any station.
    bool dropOfficerTokens(const QString& officerCid);

    std::optional<BindingEntry> activeBinding(const QString& cid) const;
    // Any binding this device key has had, active or revoked.
    std::optional<BindingEntry> bindingForDevice(const QByteArray& devicePublicKey) const;
    // In one transaction: revokes the citizen's active binding, if any, and adds `fresh`.
    bool replaceBinding(const BindingEntry& fresh);
    // Whether a live session (claimed, not past its lifetime) of another citizen than `cid`
    // holds this device key.
    bool deviceHoldsLiveClaim(const QByteArray& devicePublicKey, const QString& cid,
                              qint64 nowMs) const;

    std::optional<SessionRecord> loadSession(const QByteArray& sid) const override;
    Commit commitSession(const SessionRecord& s, int expectedVersion,
                         const QList<Transition>& transitions,
                         const BindingEntry* binding = nullptr) override;
    QList<QByteArray> sessionsDue(qint64 nowMs) const override;
    int transitionCount(const QByteArray& sid) const;
    // With PostgreSQL, every process hears of a session another process changed (LISTEN/
    // NOTIFY, sent when the change commits); `changed` gets its ID. False for SQLite, where one
    // process serves alone.
    bool listenForSessionChanges(std::function<void(const QByteArray& sid)> changed);
    // Whether the database answers; if not, connects again (and LISTENs again). A PostgreSQL
    // restarted under running registry processes costs the requests in between, not the
    // processes. Returns Reconnected when the connection was replaced: changes made meanwhile
    // were not heard.
    enum class Connection { Fine, Reconnected, Lost };
    Connection checkConnection();

    bool putVerdict(const QString& verificationId, const FingerVerdict& v) override;
    std::optional<FingerVerdict> takeVerdict(const QString& verificationId) override;
    bool forgetVerdictsBefore(qint64 atMs) override;
    int failuresSince(const QString& who, qint64 sinceMs) override;
    bool addFailure(const QString& who, qint64 atMs) override;
    bool clearFailures(const QString& who) override;

    SqlDialect dialect() const { return m_db->dialect(); }
    // For the stores of other parts that share this database (the OpenID Connect tables).
    QSqlDatabase database() const { return m_db->database(); }

    // Runs a statement of this store's. A failure is remembered until takeFailure(): a lookup
    // that failed must not pass for "no such row" (an officer's token, a citizen's card).
    bool run(QSqlQuery& q) const;
    bool run(QSqlQuery& q, const QString& sql) const;
    // Whether a statement failed since the last call.
    bool takeFailure() { return std::exchange(m_failed, false); }

    // The last row held for a station in an unbroken run from row 1, and its hash (0 and the
    // genesis hash when none).
    std::pair<qint64, QString> auditHead(quint32 stationId) const;
    // The hash held for one row; empty if none.
    QString auditHash(quint32 stationId, qint64 seq) const;
    // Appends rows already verified to continue the chain, in one transaction.
    bool appendAuditRows(quint32 stationId, const QList<AuditRow>& rows);

private:
    // The completion's binding, inside the caller's transaction.
    Commit addBinding(QSqlDatabase& db, const BindingEntry& fresh, const QString& replaces);
    RegistryStore(std::unique_ptr<RegistryDatabase> db, QString location);
    std::unique_ptr<RegistryDatabase> m_db;
    QString m_location;
    // A connection that does nothing but LISTEN: on the working connection, libpq reads a
    // notification into its buffer while answering a query, and no socket event ever tells.
    std::unique_ptr<RegistryDatabase> m_listener;
    std::function<void(const QByteArray& sid)> m_onChanged;
    mutable bool m_failed = false;
    // Sent with each notification, so that a process skips its own (it told its polls at once).
    QString m_processTag;
};

}  // namespace thaid::registry
