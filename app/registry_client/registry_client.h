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

    void status(QObject* context, Reply<RegistryStatus> done);
    void signIn(const QString& officerCid, const QString& cardRequestNumber,
                const FingerCapture& finger, QObject* context, Reply<OfficerSession> done);
    void signOut(const QString& officerToken, QObject* context, Reply<bool> done);
    void checkCard(const QString& cid, const QString& requestNumber, const QString& officerToken,
                   QObject* context, Reply<CardCheck> done);
    void verifyFinger(const QString& cid, const QString& requestNumber, const QString& officerToken,
                      const FingerCapture& finger, QObject* context, Reply<FingerMatch> done);
    void requestException(const ExceptionRequest& request, QObject* context,
                          Reply<ExceptionGrant> done);
    void createSession(const QString& cid, const QString& requestNumber,
                       const QString& verificationId, const QString& officerToken,
                       const QString& replacesBinding, QObject* context, Reply<SessionInfo> done);
    // waitSeconds > 0: long poll until the version differs from `since`.
    void session(const QString& sid, int since, int waitSeconds, QObject* context,
                 Reply<SessionInfo> done);
    void qrFrame(const QString& sid, QObject* context, Reply<QrFrameInfo> done);
    void confirm(const QString& sid, const QString& code, QObject* context,
                 Reply<SessionInfo> done);
    void cancel(const QString& sid, protocol::CancelReason reason, QObject* context,
                Reply<SessionInfo> done);
    // Answers the acknowledged sequence number.
    void uploadAudit(const QList<protocol::AuditRow>& rows, QObject* context, Reply<AuditAck> done);

Q_SIGNALS:
    // Each exchange with the registry ("session-poll" for long polls, which wait on purpose).
    void exchanged(const QString& call, qint64 ms, bool ok);

private:
    // One call on a route of the contract, with the usual time limit.
    protocol::JsonCall call(const protocol::ApiRoute& route, const QString& label,
                            std::optional<QJsonObject> body, int retries,
                            const QString& parameter = {}) const;

    protocol::JsonHttpClient m_http;
    RegistryEndpoint m_endpoint;
};

}  // namespace thaid::app
