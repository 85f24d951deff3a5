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

    void watch(const SessionInfo& session) override;
    void stopQr() override;
    void unwatch() override;

    RegistryClient& client() { return m_client; }

protected:
    quint32 stationId() const override { return m_client.endpoint().stationId; }
    void exchange(const protocol::ApiRoute& route, const QString& parameter, QJsonObject body,
                  JsonReply done) override;

private:
    RegistryClient m_client;
    QrFrameFeed m_feed;
    SessionFollower m_follower;
};

}  // namespace thaid::app
