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
                                 const FingerCapture& finger, Reply<OfficerSession> done) {
    m_client.signIn(officerCid, cardRequestNumber, finger, this, std::move(done));
}

void NetworkRegistryPort::signOut(const QString& officerToken) {
    // The kiosk forgets the token whatever the answer; the registry ends it or lets it expire.
    m_client.signOut(officerToken, this, [](const Result<bool, RegistryError>&) {});
}

void NetworkRegistryPort::checkCard(const QString& cid, const QString& requestNumber,
                                    const QString& officerToken, Reply<CardCheck> done) {
    m_client.checkCard(cid, requestNumber, officerToken, this, std::move(done));
}

void NetworkRegistryPort::verifyFinger(const QString& cid, const QString& requestNumber,
                                       const QString& officerToken, const FingerCapture& finger,
                                       Reply<FingerMatch> done) {
    m_client.verifyFinger(cid, requestNumber, officerToken, finger, this, std::move(done));
}

void NetworkRegistryPort::requestException(const ExceptionRequest& request,
                                           Reply<ExceptionGrant> done) {
    m_client.requestException(request, this, std::move(done));
}

void NetworkRegistryPort::createSession(const QString& cid, const QString& requestNumber,
                                        const QString& verificationId, const QString& officerToken,
                                        const QString& replacesBinding, Reply<SessionInfo> done) {
    m_client.createSession(cid, requestNumber, verificationId, officerToken, replacesBinding, this,
                           std::move(done));
}

void NetworkRegistryPort::confirm(const QString& sid, const QString& code,
                                  Reply<SessionInfo> done) {
    m_client.confirm(sid, code, this, std::move(done));
}

void NetworkRegistryPort::cancel(const QString& sid, protocol::CancelReason reason) {
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
