#pragma once

#include "protocol/wire/api_routes.h"
#include "registry_api/registry_types.h"

#include <QJsonObject>
#include <QObject>

namespace thaid::app {

// The registry as the workflow sees it: calls with replies, and a watched session whose QR
// frames and state changes arrive as signals. Implemented over the network in adapters/
// (NetworkRegistryPort: RegistryClient, QrFrameFeed, SessionFollower); tests script it.
class RegistryPort : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Reply = RegistryReply<T>;
    using JsonReply = RegistryReply<QJsonObject>;
    using QObject::QObject;

    // One call of the kiosk API: a request of the contract (protocol/wire/kiosk_requests.h) goes
    // on its route, and the answer comes back as the request's Answer, checked by the contract's
    // decoder. `parameter` fills the route's {sid}; the station's id is the port's to add. A call
    // whose answer nobody waits for passes an empty reply.
    template <typename Request>
    void send(Request request, Reply<typename Request::Answer> done,
              const QString& parameter = {}) {
        using Answer = typename Request::Answer;
        if constexpr (requires { request.stationId; })
            request.stationId = stationId();
        exchange(Request::kRoute, parameter, protocol::toJson(request),
                 [done = std::move(done)](const Result<QJsonObject, RegistryError>& r) {
                     if (done)
                         done(protocol::decodeAnswer(
                             r, protocol::decoderOf(std::type_identity<Answer>{})));
                 });
    }

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

protected:
    virtual quint32 stationId() const = 0;
    // The body on the route, and the registry's answer as JSON (or why there is none).
    virtual void exchange(const protocol::ApiRoute& route, const QString& parameter,
                          QJsonObject body, JsonReply done) = 0;
};

}  // namespace thaid::app
