#pragma once

#include "registry_client/qr_frame_feed.h"
#include "registry_client/session_follower.h"
#include "workflow/registry_port.h"

namespace thaid::app {

// RegistryPort over the network: RegistryClient for calls, QrFrameFeed and SessionFollower for
// the watched session.
class NetworkRegistryPort : public RegistryPort {
    Q_OBJECT
public:
    explicit NetworkRegistryPort(RegistryEndpoint endpoint, QObject* parent = nullptr);

    void signIn(const QString& officerCid, const QString& cardRequestNumber,
                const FingerCapture& finger, Reply<OfficerSession> done) override;
    void signOut(const QString& officerToken) override;
    void checkCard(const QString& cid, const QString& requestNumber, const QString& officerToken,
                   Reply<CardCheck> done) override;
    void verifyFinger(const QString& cid, const QString& requestNumber, const QString& officerToken,
                      const FingerCapture& finger, Reply<FingerMatch> done) override;
    void requestException(const ExceptionRequest& request, Reply<ExceptionGrant> done) override;
    void createSession(const QString& cid, const QString& requestNumber,
                       const QString& verificationId, const QString& officerToken,
                       const QString& replacesBinding, Reply<SessionInfo> done) override;
    void confirm(const QString& sid, const QString& code, Reply<SessionInfo> done) override;
    void cancel(const QString& sid, protocol::CancelReason reason) override;
    void watch(const SessionInfo& session) override;
    void stopQr() override;
    void unwatch() override;

    RegistryClient& client() { return m_client; }

private:
    RegistryClient m_client;
    QrFrameFeed m_feed;
    SessionFollower m_follower;
};

}  // namespace thaid::app
