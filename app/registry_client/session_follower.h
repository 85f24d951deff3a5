#pragma once

#include "registry_client/registry_client.h"

#include <QTimer>

namespace thaid::app {

// Follows a session by long polling (`?wait=25&since=<version>`), so a change on the registry
// reaches the kiosk as soon as it happens. Network trouble is reported and retried with
// backoff; following ends at a final state or stop().
class SessionFollower : public QObject {
    Q_OBJECT
public:
    static constexpr int kWaitSeconds = 25;

    explicit SessionFollower(RegistryClient& client, QObject* parent = nullptr);

    void start(const SessionInfo& initial);
    void stop();
    bool active() const { return !m_sid.isEmpty(); }
    const SessionInfo& current() const { return m_current; }

Q_SIGNALS:
    void changed(const thaid::app::SessionInfo& session);
    void connectionProblem(const thaid::app::RegistryError& error);
    void connectionRestored();

private:
    void poll();

    RegistryClient& m_client;
    QString m_sid;
    SessionInfo m_current;
    QTimer m_retry;
    int m_failures = 0;
    quint64 m_generation = 0;
};

}  // namespace thaid::app
