#include "adapters/network_registry_port.h"

namespace thaid::app {

NetworkRegistryPort::NetworkRegistryPort(RegistryEndpoint endpoint, QObject* parent)
    : RegistryPort(parent),
      m_client(std::move(endpoint)),
      m_feed(m_client, [] { return QDateTime::currentDateTimeUtc(); }),
      m_follower(m_client) {
    connect(&m_feed, &QrFrameFeed::frameReady, this, &RegistryPort::frameReady);
    connect(&m_feed, &QrFrameFeed::frameWithdrawn, this, &RegistryPort::frameWithdrawn);
    connect(&m_feed, &QrFrameFeed::problem, this, &RegistryPort::problem);
    connect(&m_follower, &SessionFollower::changed, this, &RegistryPort::sessionChanged);
    connect(&m_follower, &SessionFollower::connectionProblem, this, &RegistryPort::problem);
    connect(&m_follower, &SessionFollower::connectionRestored, this,
            &RegistryPort::connectionRestored);
}

void NetworkRegistryPort::exchange(const protocol::ApiRoute& route, const QString& parameter,
                                   QJsonObject body, JsonReply done) {
    m_client.exchange(route, parameter, std::move(body), this, std::move(done));
}

void NetworkRegistryPort::watch(const SessionInfo& session) {
    m_feed.start(session.sid);
    m_follower.start(session);
}

void NetworkRegistryPort::stopQr() {
    m_feed.stop();
}

void NetworkRegistryPort::unwatch() {
    m_feed.stop();
    m_follower.stop();
}

}  // namespace thaid::app
