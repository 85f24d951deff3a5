#pragma once

#include "registry/registry_service.h"
#include "registry/station_name.h"

#include <list>

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTimer>

namespace thaid::registry {

// One HTTPS listener of the registry. The kiosk listener demands a station certificate during
// the TLS handshake (VerifyPeer against the registry CA) and takes the station ID from its CN;
// the phone listener is server-authenticated only. Requests go to RegistryService; long polls
// (`?wait=`) are held here and answered when the session changes or the wait runs out.
class RegistryHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    enum class Audience { Kiosk, Phone };
    static constexpr int kMaxWaitSeconds = 25;

    RegistryHttpServer(RegistryService& service, Audience audience, QObject* parent = nullptr);
    ~RegistryHttpServer() override;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct PollSpec {
        QString sid;
        int since = 0;
        quint32 station = 0;
        DeviceProof proof;
        int waitMs = 0;
    };
    struct Poll {
        Poll(PollSpec s, QTcpSocket* peer, QHttpServerResponder&& r)
            : spec(std::move(s)), deadline(spec.waitMs), socket(peer), responder(std::move(r)) {}
        PollSpec spec;
        QDeadlineTimer deadline;
        QPointer<QTcpSocket> socket;
        QHttpServerResponder responder;
    };

    // A call answered later (the fingerprint matcher): it is given the reply to call.
    using Deferred = std::function<void(RegistryService::Reply)>;
    ApiAnswer route(const QHttpServerRequest& request, QTcpSocket* socket,
                    std::optional<PollSpec>& poll, Deferred& later);
    ApiAnswer routeKiosk(const QHttpServerRequest& request, quint32 station,
                         const QStringList& path, std::optional<PollSpec>& poll, Deferred& later);
    ApiAnswer routePhone(const QHttpServerRequest& request, const QStringList& path,
                         std::optional<PollSpec>& poll);
    // A long poll to hold: the request asks to wait and the session is still at `since`.
    std::optional<PollSpec> holdIfUnchanged(const QHttpServerRequest& request, PollSpec spec);
    ApiAnswer pollAnswer(const PollSpec& poll);
    std::optional<int> pollVersion(const PollSpec& poll);
    void onSessionChanged(const QByteArray& sid);
    void onTick();
    static void send(QHttpServerResponder& responder, const ApiAnswer& answer);

    RegistryService& m_service;
    Audience m_audience;
    std::list<Poll> m_polls;
    QTimer m_tick;
};

}  // namespace thaid::registry
