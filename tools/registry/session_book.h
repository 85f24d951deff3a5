#pragma once

#include "common/result.h"
#include "protocol/session_state.h"
#include "registry/api_error.h"

#include <functional>
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
};

struct Transition {
    QByteArray sid;
    SessionState from;
    SessionState to;
    QString reason;
    qint64 atMs;
};

// The registry's session state machine (DESIGN.md §5), independent of storage and transport:
//   CREATED -> CLAIMED -> CONFIRMED -> BOUND -> COMPLETED, or EXPIRED | CANCELLED | CONFLICT |
//   REJECTED. Every transition bumps the version and is recorded for the audit.
class SessionBook {
public:
    static constexpr qint64 kLifetimeMs = 5 * 60 * 1000;
    static constexpr int kMaxCidAttempts = 3;
    static constexpr int kMaxCodeAttempts = 3;

    using Clock = std::function<qint64()>;
    using Random = std::function<QByteArray(int)>;
    SessionBook(Clock clockMs, Random random);

    Result<SessionRecord, ApiError> create(const QString& cid, const QString& requestNumber,
                                           quint32 stationId, const QString& officer,
                                           const SessionVerification& verification);
    Result<SessionRecord, ApiError> get(const QByteArray& sid);
    // As stored, without applying expiry; null if unknown.
    const SessionRecord* find(const QByteArray& sid) const;
    // The QR frame has been verified by the caller; this applies the claim rules.
    Result<SessionRecord, ApiError> claim(const QByteArray& sid, const QString& typedCid,
                                          const QString& termsVersion,
                                          const QByteArray& devicePublicKey);
    Result<SessionRecord, ApiError> confirm(const QByteArray& sid, const QString& code);
    Result<SessionRecord, ApiError> bind(const QByteArray& sid, const QByteArray& devicePublicKey);
    Result<SessionRecord, ApiError> complete(const QByteArray& sid);
    Result<SessionRecord, ApiError> cancel(const QByteArray& sid, const QString& reason);

    // Moves every live session past its lifetime to EXPIRED and forgets final sessions older
    // than `forgetAfterMs`; returns the IDs that changed.
    QList<QByteArray> expireDue(qint64 forgetAfterMs = 10 * 60 * 1000);

    const QList<Transition>& transitions() const { return m_transitions; }
    // Hands over the transitions recorded since the last call, for storage.
    QList<Transition> takeTransitions() { return std::exchange(m_transitions, {}); }

private:
    // Finds the session and applies expiry first.
    Result<SessionRecord*, ApiError> live(const QByteArray& sid);
    void move(SessionRecord& s, SessionState to, const QString& reason);

    Clock m_clock;
    Random m_random;
    QHash<QByteArray, SessionRecord> m_sessions;
    QList<Transition> m_transitions;
};

}  // namespace thaid::registry
