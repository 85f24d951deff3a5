#pragma once

#include "protocol/ed25519_key.h"
#include "protocol/json_http_client.h"
#include "protocol/wire/api_routes.h"
#include "registry_api/registry_types.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>

namespace thaid::app {

// What the kiosk needs to reach its registry (from the kiosk configuration).
struct RegistryEndpoint {
    QUrl url;  // https://host:port of the kiosk API
    QList<QSslCertificate> caCertificates;
    QSslCertificate stationCertificate;
    QSslKey stationKey;
    quint32 stationId = 0;
    QList<protocol::Ed25519Key> trustedSigningKeys;
    int timeoutMs = 10000;

    // Reads the PEM files and the hex public keys; the station key is loaded already (a file's
    // or the TPM's, StationKey::sslKey).
    static Result<RegistryEndpoint, QString> fromFiles(const QUrl& url, const QString& caPem,
                                                       const QString& stationCertPem,
                                                       const QSslKey& stationKey,
                                                       const QString& signingKeysHexFile);
};

// The kiosk API of registry-api.yaml over mutual TLS. Answers are checked against the API
// document before anyone sees them; anything else is a MalformedAnswer.
class RegistryClient : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Reply = RegistryReply<T>;

    explicit RegistryClient(RegistryEndpoint endpoint, QObject* parent = nullptr);
    const RegistryEndpoint& endpoint() const { return m_endpoint; }

    // One call of the kiosk API with a body: the contract's request on its route, its answer as
    // the request's Answer, checked by the contract's decoder; the station's id filled in.
    // `parameter` fills the route's {sid}.
    template <typename Request>
    void send(Request request, QObject* context, Reply<typename Request::Answer> done,
              const QString& parameter = {}) {
        using Answer = typename Request::Answer;
        if constexpr (requires { request.stationId; })
            request.stationId = m_endpoint.stationId;
        exchange(Request::kRoute, parameter, protocol::toJson(request), context,
                 [done = std::move(done)](const Result<QJsonObject, RegistryError>& r) {
                     if (done)
                         done(protocol::decodeAnswer(
                             r, protocol::decoderOf(std::type_identity<Answer>{})));
                 });
    }
    // The same as JSON: RegistryPort's calls go through here.
    void exchange(const protocol::ApiRoute& route, const QString& parameter, QJsonObject body,
                  QObject* context, Reply<QJsonObject> done);

    void status(QObject* context, Reply<RegistryStatus> done);
    // waitSeconds > 0: long poll until the version differs from `since`.
    void session(const QString& sid, int since, int waitSeconds, QObject* context,
                 Reply<SessionInfo> done);
    void qrFrame(const QString& sid, QObject* context, Reply<QrFrameInfo> done);

Q_SIGNALS:
    // Each exchange with the registry ("session-poll" for long polls, which wait on purpose).
    void exchanged(const QString& call, qint64 ms, bool ok);

private:
    // One call on a route of the contract, with the usual time limit, and the retries and the
    // metrics label the route's policy gives it.
    protocol::JsonCall call(const protocol::ApiRoute& route, std::optional<QJsonObject> body,
                            const QString& parameter = {}) const;

    protocol::JsonHttpClient m_http;
    RegistryEndpoint m_endpoint;
};

}  // namespace thaid::app
