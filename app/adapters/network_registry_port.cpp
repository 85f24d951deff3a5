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

void NetworkRegistryPort::signIn(const QString& officerCid, const QString& cardRequestNumber,
                                 const FingerprintReport& finger, Reply<OfficerSession> done) {
    m_client.signIn(officerCid, cardRequestNumber, finger, this, std::move(done));
}

void NetworkRegistryPort::checkCard(const QString& cid, const QString& requestNumber,
                                    Reply<CardStatus> done) {
    m_client.checkCard(cid, requestNumber, this, std::move(done));
}

void NetworkRegistryPort::referencePrint(const QString& cid, const QString& officerToken,
                                         Reply<ReferencePrint> done) {
    m_client.referencePrint(cid, officerToken, this, std::move(done));
}

void NetworkRegistryPort::createSession(const QString& cid, const QString& requestNumber,
                                        const FingerprintReport& finger,
                                        const QString& officerToken, Reply<SessionInfo> done) {
    m_client.createSession(cid, requestNumber, finger, officerToken, this, std::move(done));
}

void NetworkRegistryPort::confirm(const QString& sid, const QString& code,
                                  Reply<SessionInfo> done) {
    m_client.confirm(sid, code, this, std::move(done));
}

void NetworkRegistryPort::cancel(const QString& sid, const QString& reason) {
    // Best effort with retries inside the client; the session also expires by itself.
    m_client.cancel(sid, reason, this, [](const Result<SessionInfo, RegistryError>&) {});
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
