#include "registry/session_book.h"

#include "protocol/confirmation_code.h"

namespace thaid::registry {

namespace {
ApiError error(const char* code, const QString& message, int attemptsLeft = -1) {
    return apiError(code, message, attemptsLeft);
}
ApiError wrongState(const SessionRecord& s) {
    return error("wrong_state", QStringLiteral("the session is %1").arg(sessionStateName(s.state)));
}
}  // namespace

SessionBook::SessionBook(Clock clockMs, Random random)
    : m_clock(std::move(clockMs)), m_random(std::move(random)) {}

void SessionBook::move(SessionRecord& s, SessionState to, const QString& reason) {
    m_transitions.append({s.sid, s.state, to, reason, m_clock()});
    s.state = to;
    ++s.version;
}

Result<SessionRecord, ApiError> SessionBook::create(const QString& cid,
                                                    const QString& requestNumber, quint32 stationId,
                                                    const QString& officer,
                                                    const SessionVerification& verification) {
    SessionRecord s;
    s.verification = verification;
    s.sid = m_random(16);
    s.cid = cid;
    s.requestNumber = requestNumber;
    s.stationId = stationId;
    s.officer = officer;
    s.createdAtMs = m_clock();
    s.expiresAtMs = s.createdAtMs + kLifetimeMs;
    m_transitions.append({s.sid, SessionState::Created, SessionState::Created,
                          QStringLiteral("created"), s.createdAtMs});
    m_sessions.insert(s.sid, s);
    return s;
}

Result<SessionRecord*, ApiError> SessionBook::live(const QByteArray& sid) {
    auto it = m_sessions.find(sid);
    if (it == m_sessions.end())
        return error("not_found", QStringLiteral("no such session"));
    if (!isFinal(it->state) && m_clock() >= it->expiresAtMs)
        move(*it, SessionState::Expired, QStringLiteral("lifetime"));
    return &*it;
}

QList<QByteArray> SessionBook::expireDue(qint64 forgetAfterMs) {
    QList<QByteArray> changed;
    const qint64 now = m_clock();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (!isFinal(it->state) && now >= it->expiresAtMs) {
            move(*it, SessionState::Expired, QStringLiteral("lifetime"));
            changed.append(it->sid);
        }
        if (isFinal(it->state) && now >= it->expiresAtMs + forgetAfterMs)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    return changed;
}

const SessionRecord* SessionBook::find(const QByteArray& sid) const {
    auto it = m_sessions.constFind(sid);
    return it == m_sessions.cend() ? nullptr : &*it;
}

Result<SessionRecord, ApiError> SessionBook::get(const QByteArray& sid) {
    auto s = live(sid);
    if (!s)
        return s.error();
    return *s.value();
}

Result<SessionRecord, ApiError> SessionBook::claim(const QByteArray& sid, const QString& typedCid,
                                                   const QString& termsVersion,
                                                   const QByteArray& devicePublicKey) {
    auto found = live(sid);
    if (!found)
        return found.error();
    SessionRecord& s = *found.value();
    if (s.state == SessionState::Expired)
        return error("expired", QStringLiteral("the session has expired"));
    if (s.state == SessionState::Claimed || s.state == SessionState::Confirmed ||
        s.state == SessionState::Bound) {
        // A second claim means the QR reached two phones: end the session and alert the officer.
        move(s, SessionState::Conflict, QStringLiteral("second claim"));
        return error("conflict", QStringLiteral("the session was already claimed"));
    }
    if (s.state != SessionState::Created)
        return wrongState(s);
    if (typedCid != s.cid) {
        ++s.cidAttempts;
        const int left = kMaxCidAttempts - s.cidAttempts;
        if (left <= 0)
            move(s, SessionState::Rejected, QStringLiteral("citizen ID typed wrong 3 times"));
        return error("cid_mismatch", QStringLiteral("the typed citizen ID does not match the card"),
                     std::max(left, 0));
    }
    s.termsVersion = termsVersion;
    s.devicePublicKey = devicePublicKey;
    s.serverNonce = m_random(16);
    move(s, SessionState::Claimed, QStringLiteral("claimed"));
    return s;
}

Result<SessionRecord, ApiError> SessionBook::confirm(const QByteArray& sid, const QString& code) {
    auto found = live(sid);
    if (!found)
        return found.error();
    SessionRecord& s = *found.value();
    if (s.state != SessionState::Claimed)
        return wrongState(s);
    if (code != protocol::confirmationCode(s.sid, s.devicePublicKey, s.serverNonce)) {
        ++s.codeAttempts;
        const int left = kMaxCodeAttempts - s.codeAttempts;
        if (left <= 0)
            move(s, SessionState::Cancelled, QStringLiteral("confirmation code wrong 3 times"));
        return error("wrong_code", QStringLiteral("the code does not match the phone's"),
                     std::max(left, 0));
    }
    move(s, SessionState::Confirmed, QStringLiteral("code confirmed"));
    return s;
}

Result<SessionRecord, ApiError> SessionBook::bind(const QByteArray& sid,
                                                  const QByteArray& devicePublicKey) {
    auto found = live(sid);
    if (!found)
        return found.error();
    SessionRecord& s = *found.value();
    if (s.state != SessionState::Confirmed)
        return wrongState(s);
    if (devicePublicKey != s.devicePublicKey)
        return error("forbidden", QStringLiteral("not the claiming device"));
    move(s, SessionState::Bound, QStringLiteral("device bound"));
    return s;
}

Result<SessionRecord, ApiError> SessionBook::complete(const QByteArray& sid) {
    auto found = live(sid);
    if (!found)
        return found.error();
    SessionRecord& s = *found.value();
    if (s.state != SessionState::Bound)
        return wrongState(s);
    move(s, SessionState::Completed, QStringLiteral("consent and first unlock"));
    return s;
}

Result<SessionRecord, ApiError> SessionBook::cancel(const QByteArray& sid, const QString& reason) {
    auto found = live(sid);
    if (!found)
        return found.error();
    SessionRecord& s = *found.value();
    if (!isFinal(s.state))
        move(s, SessionState::Cancelled, reason);
    return s;
}

}  // namespace thaid::registry
