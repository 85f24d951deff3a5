#include "registry/store/session_book.h"

#include "protocol/confirmation_code.h"

namespace thaid::registry {

namespace {
ApiError error(ErrorCode code, const QString& message, int attemptsLeft = -1) {
    return apiError(code, message, attemptsLeft);
}
ApiError wrongState(const SessionRecord& s) {
    return error(ErrorCode::WrongState,
                 QStringLiteral("the session is %1").arg(sessionStateName(s.state)));
}
ApiError storageFailed() {
    return error(ErrorCode::InternalError, QStringLiteral("storage failed"));
}
// What a completion that could not be stored answers: nothing changed, and it can be sent again.
ApiError unavailable() {
    return error(ErrorCode::RegistryUnavailable,
                 QStringLiteral("the registry could not store this; try again"));
}
// Another process writing the same session between our read and write is rare; a session that
// keeps changing under us this often means something is wrong.
constexpr int kMaxTries = 8;
}  // namespace

SessionBook::SessionBook(SessionStore& store, Clock clockMs, Random random)
    : m_store(store), m_clock(std::move(clockMs)), m_random(std::move(random)) {}

void SessionBook::move(SessionRecord& s, SessionState to, const QString& reason) {
    m_pending.append({s.sid, s.state, to, reason, m_clock()});
    s.state = to;
    ++s.version;
}

Result<SessionRecord, ApiError> SessionBook::create(const QString& cid,
                                                    const QString& requestNumber, quint32 stationId,
                                                    const QString& officer,
                                                    const SessionVerification& verification,
                                                    const QString& replacesBinding) {
    SessionRecord s;
    s.verification = verification;
    s.replacesBinding = replacesBinding;
    s.sid = m_random(16);
    s.cid = cid;
    s.requestNumber = requestNumber;
    s.stationId = stationId;
    s.officer = officer;
    s.createdAtMs = m_clock();
    s.expiresAtMs = s.createdAtMs + kLifetimeMs;
    const QList<Transition> created{{s.sid, SessionState::Created, SessionState::Created,
                                     QStringLiteral("created"), s.createdAtMs}};
    if (m_store.commitSession(s, -1, created) != SessionStore::Commit::Done)
        return storageFailed();
    m_transitions += created;
    return s;
}

Result<SessionRecord, ApiError> SessionBook::update(const QByteArray& sid, const Change& change,
                                                    const BindingEntry* binding) {
    for (int attempt = 0; attempt < kMaxTries; ++attempt) {
        auto loaded = m_store.loadSession(sid);
        if (!loaded)
            return error(ErrorCode::NotFound, QStringLiteral("no such session"));
        SessionRecord s = *loaded;
        m_pending.clear();
        if (!isFinal(s.state) && m_clock() >= s.expiresAtMs)
            move(s, SessionState::Expired, QStringLiteral("lifetime"));
        Result<SessionRecord, ApiError> result = change(s);
        // Failed calls can still change the session (an attempt counted, a third wrong code).
        const bool changed = s.version != loaded->version || s.cidAttempts != loaded->cidAttempts ||
                             s.codeAttempts != loaded->codeAttempts;
        if (!changed)
            return result;
        switch (m_store.commitSession(s, loaded->version, m_pending, result ? binding : nullptr)) {
            case SessionStore::Commit::Done:
                m_transitions += std::exchange(m_pending, {});
                return result;
            case SessionStore::Commit::Stale:
                continue;
            case SessionStore::Commit::Failed:
                m_pending.clear();
                return binding ? unavailable() : storageFailed();
            case SessionStore::Commit::BindingChanged:
                return endWith(sid, ErrorCode::BindingChanged,
                               QStringLiteral("the citizen's ThaiD changed since this session "
                                              "was opened"));
            case SessionStore::Commit::DeviceKeyInUse:
                return endWith(sid, ErrorCode::DeviceKeyInUse,
                               QStringLiteral("this device key is already in use"));
        }
    }
    m_pending.clear();
    return storageFailed();
}

QList<QByteArray> SessionBook::expireDue() {
    QList<QByteArray> changed;
    for (const QByteArray& sid : m_store.sessionsDue(m_clock())) {
        const qsizetype before = m_transitions.size();
        (void)update(sid, [](SessionRecord& s) -> Result<SessionRecord, ApiError> { return s; });
        if (m_transitions.size() != before)
            changed.append(sid);
    }
    return changed;
}

std::optional<SessionRecord> SessionBook::find(const QByteArray& sid) const {
    return m_store.loadSession(sid);
}

Result<SessionRecord, ApiError> SessionBook::get(const QByteArray& sid) {
    return update(sid, [](SessionRecord& s) -> Result<SessionRecord, ApiError> { return s; });
}

Result<SessionRecord, ApiError> SessionBook::claim(const QByteArray& sid, const QString& typedCid,
                                                   const QString& termsVersion,
                                                   const QByteArray& devicePublicKey) {
    return update(sid, [&](SessionRecord& s) -> Result<SessionRecord, ApiError> {
        if (s.state == SessionState::Expired)
            return error(ErrorCode::Expired, QStringLiteral("the session has expired"));
        if (s.state == SessionState::Claimed || s.state == SessionState::Confirmed ||
            s.state == SessionState::Bound) {
            // A second claim means the QR reached two phones: end the session and alert the
            // officer.
            move(s, SessionState::Conflict, QStringLiteral("second claim"));
            return error(ErrorCode::Conflict, QStringLiteral("the session was already claimed"));
        }
        if (s.state != SessionState::Created)
            return wrongState(s);
        if (typedCid != s.cid) {
            ++s.cidAttempts;
            const int left = kMaxCidAttempts - s.cidAttempts;
            if (left <= 0)
                move(s, SessionState::Rejected, QStringLiteral("citizen ID typed wrong 3 times"));
            return error(ErrorCode::CidMismatch,
                         QStringLiteral("the typed citizen ID does not match the card"),
                         std::max(left, 0));
        }
        s.termsVersion = termsVersion;
        s.devicePublicKey = devicePublicKey;
        s.serverNonce = m_random(16);
        move(s, SessionState::Claimed, QStringLiteral("claimed"));
        return s;
    });
}

Result<SessionRecord, ApiError> SessionBook::confirm(const QByteArray& sid, const QString& code) {
    return update(sid, [&](SessionRecord& s) -> Result<SessionRecord, ApiError> {
        if (s.state != SessionState::Claimed)
            return wrongState(s);
        if (code != protocol::confirmationCode(s.sid, s.devicePublicKey, s.serverNonce)) {
            ++s.codeAttempts;
            const int left = kMaxCodeAttempts - s.codeAttempts;
            if (left <= 0)
                move(s, SessionState::Cancelled, QStringLiteral("confirmation code wrong 3 times"));
            return error(ErrorCode::WrongCode,
                         QStringLiteral("the code does not match the phone's"), std::max(left, 0));
        }
        move(s, SessionState::Confirmed, QStringLiteral("code confirmed"));
        return s;
    });
}

Result<SessionRecord, ApiError> SessionBook::bind(const QByteArray& sid,
                                                  const QByteArray& devicePublicKey) {
    return update(sid, [&](SessionRecord& s) -> Result<SessionRecord, ApiError> {
        if (s.state != SessionState::Confirmed)
            return wrongState(s);
        if (devicePublicKey != s.devicePublicKey)
            return error(ErrorCode::Forbidden, QStringLiteral("not the claiming device"));
        move(s, SessionState::Bound, QStringLiteral("device bound"));
        return s;
    });
}

Result<SessionRecord, ApiError> SessionBook::complete(const QByteArray& sid,
                                                      const BindingEntry& binding) {
    return update(
        sid,
        [&](SessionRecord& s) -> Result<SessionRecord, ApiError> {
            if (s.state != SessionState::Bound)
                return wrongState(s);
            move(s, SessionState::Completed, QStringLiteral("consent and first unlock"));
            return s;
        },
        &binding);
}

Result<SessionRecord, ApiError> SessionBook::endWith(const QByteArray& sid, ErrorCode code,
                                                     const QString& message) {
    m_pending.clear();
    auto ended = update(sid, [&](SessionRecord& s) -> Result<SessionRecord, ApiError> {
        if (!isFinal(s.state)) {
            s.endCode = protocol::errorCodeName(code);
            move(s, SessionState::Cancelled, protocol::errorCodeName(code));
        }
        return s;
    });
    if (!ended)
        return ended;
    return error(code, message);
}

Result<SessionRecord, ApiError> SessionBook::cancel(const QByteArray& sid, const QString& reason) {
    return update(sid, [&](SessionRecord& s) -> Result<SessionRecord, ApiError> {
        if (!isFinal(s.state))
            move(s, SessionState::Cancelled, reason);
        return s;
    });
}

}  // namespace thaid::registry
