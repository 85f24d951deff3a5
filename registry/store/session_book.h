#pragma once

#include "common/result.h"
#include "protocol/session_state.h"
#include "registry/api/api_error.h"
#include "registry/store/binding_entry.h"

#include <functional>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace thaid::registry {

using protocol::SessionState;
using protocol::sessionStateName;
inline bool isFinal(SessionState state) {
    return protocol::isFinalSessionState(state);
}

// The registry's own verdict that let a session be created (never a kiosk's claim).
struct SessionVerification {
    QString method = QStringLiteral("registry_fingerprint");
    QString finger;
    qint64 atMs = 0;
    QString exceptionReason;  // with a supervisor's exception
    QString supervisorCid;
};

struct SessionRecord {
    QByteArray sid;  // 16 bytes
    QString cid;
    QString requestNumber;
    quint32 stationId = 0;
    QString officer;
    SessionState state = SessionState::Created;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    int version = 0;
    int cidAttempts = 0;
    int codeAttempts = 0;
    QByteArray devicePublicKey;
    QByteArray serverNonce;
    QString termsVersion;
    SessionVerification verification;
    // The binding the officer confirmed this session replaces; empty for a first registration.
    // A completion revokes this one and no other.
    QString replacesBinding;
    // Why the registry ended the session, when a state alone does not say (the contract's error
    // code, such as binding_changed); empty otherwise.
    QString endCode;
};

struct Transition {
    QByteArray sid;
    SessionState from;
    SessionState to;
    QString reason;
    qint64 atMs;
};

// Where sessions live. The registry's database is the only store in the product: several
// registry processes share it, so a change is written only over the version it was made from.
class SessionStore {
public:
    // BindingChanged: the citizen's active binding is no longer the one the session names;
    // DeviceKeyInUse: the key is bound already. Both with nothing written.
    enum class Commit { Done, Stale, Failed, BindingChanged, DeviceKeyInUse };
    virtual ~SessionStore() = default;
    virtual std::optional<SessionRecord> loadSession(const QByteArray& sid) const = 0;
    // Writes the session and its transitions in one transaction: a new one when
    // `expectedVersion` is -1, otherwise only if the stored version is still `expectedVersion`
    // (Stale when another process moved it first). With `binding`, the completion's binding is
    // written in the same transaction, revoking only `s.replacesBinding`.
    virtual Commit commitSession(const SessionRecord& s, int expectedVersion,
                                 const QList<Transition>& transitions,
                                 const BindingEntry* binding = nullptr) = 0;
    // Live sessions whose lifetime ended by `nowMs`.
    virtual QList<QByteArray> sessionsDue(qint64 nowMs) const = 0;
};

// The registry's session state machine (docs/protocol.md), independent of transport:
//   CREATED -> CLAIMED -> CONFIRMED -> BOUND -> COMPLETED, or EXPIRED | CANCELLED | CONFLICT |
//   REJECTED. Every transition bumps the version and is recorded for the audit. Each call reads
// the session from the store and writes it back over the version it read; when another process
// wrote first, the call is decided again on what that process wrote (so of two claims racing
// on two processes, one claims and the other finds the session claimed).
class SessionBook {
public:
    static constexpr qint64 kLifetimeMs = 5 * 60 * 1000;
    static constexpr int kMaxCidAttempts = 3;
    static constexpr int kMaxCodeAttempts = 3;

    using Clock = std::function<qint64()>;
    using Random = std::function<QByteArray(int)>;
    SessionBook(SessionStore& store, Clock clockMs, Random random);

    Result<SessionRecord, ApiError> create(const QString& cid, const QString& requestNumber,
                                           quint32 stationId, const QString& officer,
                                           const SessionVerification& verification,
                                           const QString& replacesBinding = {});
    Result<SessionRecord, ApiError> get(const QByteArray& sid);
    // As stored, without applying expiry.
    std::optional<SessionRecord> find(const QByteArray& sid) const;
    // The QR frame has been verified by the caller; this applies the claim rules.
    Result<SessionRecord, ApiError> claim(const QByteArray& sid, const QString& typedCid,
                                          const QString& termsVersion,
                                          const QByteArray& devicePublicKey);
    Result<SessionRecord, ApiError> confirm(const QByteArray& sid, const QString& code);
    Result<SessionRecord, ApiError> bind(const QByteArray& sid, const QByteArray& devicePublicKey);
    // Completes the session and makes `binding` in one transaction. When the citizen's binding
    // is no longer the one the session replaces, or the key is bound already, the session ends
    // CANCELLED with that code instead; a storage failure leaves it BOUND, to be retried.
    Result<SessionRecord, ApiError> complete(const QByteArray& sid, const BindingEntry& binding);
    Result<SessionRecord, ApiError> cancel(const QByteArray& sid, const QString& reason);

    // Moves every live session past its lifetime to EXPIRED; returns the IDs that changed.
    QList<QByteArray> expireDue();

    const QList<Transition>& transitions() const { return m_transitions; }
    // Hands over the transitions recorded since the last call, for storage.
    QList<Transition> takeTransitions() { return std::exchange(m_transitions, {}); }

private:
    // What a call does to a session already past expiry: its result, and whether to store it.
    using Change = std::function<Result<SessionRecord, ApiError>(SessionRecord&)>;
    // Loads the session, applies expiry, runs `change` and stores what changed over the version
    // it loaded, deciding again when another process stored first.
    Result<SessionRecord, ApiError> update(const QByteArray& sid, const Change& change,
                                           const BindingEntry* binding = nullptr);
    void move(SessionRecord& s, SessionState to, const QString& reason);
    // Ends the session CANCELLED with `code` as its end code, and answers that code.
    Result<SessionRecord, ApiError> endWith(const QByteArray& sid, ErrorCode code,
                                            const QString& message);

    SessionStore& m_store;
    Clock m_clock;
    Random m_random;
    // Moves made by the change being decided; stored with it, or dropped if it is stale.
    QList<Transition> m_pending;
    QList<Transition> m_transitions;
};

}  // namespace thaid::registry
