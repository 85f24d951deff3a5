#pragma once

#include "registry_api/registry_types.h"

#include <QObject>

namespace thaid::app {

// The registry as the workflow sees it: calls with replies, and a watched session whose QR
// frames and state changes arrive as signals. Implemented over the network in adapters/
// (RegistryClient, QrFrameFeed, SessionFollower); tests script it.
class RegistryPort : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Reply = RegistryReply<T>;
    using QObject::QObject;

    // The registry matches the officer's finger and answers with a token, or refuses.
    virtual void signIn(const QString& officerCid, const QString& cardRequestNumber,
                        const FingerCapture& finger, Reply<OfficerSession> done) = 0;
    // Ends the token at the registry; nothing to wait for.
    virtual void signOut(const QString& officerToken) = 0;
    virtual void checkCard(const QString& cid, const QString& requestNumber,
                           const QString& officerToken, Reply<CardCheck> done) = 0;
    virtual void verifyFinger(const QString& cid, const QString& requestNumber,
                              const QString& officerToken, const FingerCapture& finger,
                              Reply<FingerMatch> done) = 0;
    // A supervisor's sign-off in place of the citizen's finger.
    virtual void requestException(const ExceptionRequest& request, Reply<ExceptionGrant> done) = 0;
    virtual void createSession(const QString& cid, const QString& requestNumber,
                               const QString& verificationId, const QString& officerToken,
                               const QString& replacesBinding, Reply<SessionInfo> done) = 0;
    virtual void confirm(const QString& sid, const QString& code, Reply<SessionInfo> done) = 0;
    virtual void cancel(const QString& sid, protocol::CancelReason reason) = 0;

    // QR frames (verified) and session changes for this session until unwatch().
    virtual void watch(const SessionInfo& session) = 0;
    virtual void stopQr() = 0;
    virtual void unwatch() = 0;

Q_SIGNALS:
    void frameReady(const QString& text, const QDateTime& expiresAt);
    void frameWithdrawn();
    void sessionChanged(const thaid::app::SessionInfo& session);
    void problem(const thaid::app::RegistryError& error);
    void connectionRestored();
};

}  // namespace thaid::app
