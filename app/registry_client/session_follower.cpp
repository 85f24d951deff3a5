#include "registry_client/session_follower.h"

namespace thaid::app {

SessionFollower::SessionFollower(RegistryClient& client, QObject* parent)
    : QObject(parent), m_client(client) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SessionFollower::poll);
}

void SessionFollower::start(const SessionInfo& initial) {
    stop();
    m_sid = initial.sid;
    m_current = initial;
    poll();
}

void SessionFollower::stop() {
    ++m_generation;
    m_retry.stop();
    m_sid.clear();
    m_failures = 0;
}

void SessionFollower::poll() {
    if (m_sid.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_client.session(m_sid, m_current.version, kWaitSeconds, this,
                     [this, generation](const Result<SessionInfo, RegistryError>& r) {
                         if (generation != m_generation)
                             return;
                         if (!r) {
                             ++m_failures;
                             Q_EMIT connectionProblem(r.error());
                             m_retry.start(std::min(250 << std::min(m_failures, 5), 5000));
                             return;
                         }
                         if (m_failures > 0)
                             Q_EMIT connectionRestored();
                         m_failures = 0;
                         const bool news = r.value().version != m_current.version ||
                                           r.value().state != m_current.state;
                         m_current = r.value();
                         if (isFinalBindingState(m_current.state))
                             m_sid.clear();
                         if (news)
                             Q_EMIT changed(m_current);
                         if (!m_sid.isEmpty())
                             poll();
                     });
}

}  // namespace thaid::app
