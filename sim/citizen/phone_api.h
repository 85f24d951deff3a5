#pragma once

#include "protocol/device_key.h"
#include "protocol/json_http_client.h"
#include "protocol/session_state.h"
#include "protocol/wire/phone_messages.h"

namespace thaid::sim {

// The phone API's answers are the contract's (protocol/wire).
using ClaimResult = protocol::ClaimResult;
using DeviceStatus = protocol::DeviceStatus;  // GET /v1/phone/device
using PhoneStatus = protocol::PhoneSessionStatus;

using LoginOffer = protocol::LoginOffer;  // POST /v1/phone/logins/{id}/scan

// The phone endpoints of registry-api.yaml, as the citizen app calls them: server-authenticated
// TLS, and after the claim every request signed by the device key over
// "<METHOD> <path>\n<body>" (X-Device-Signature).
class PhoneApi : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Reply = std::function<void(const Result<T, protocol::RegistryError>&)>;

    PhoneApi(const QUrl& url, const QList<QSslCertificate>& ca, QObject* parent = nullptr);

    void claim(const QString& qrText, const QString& typedCid, const QString& termsVersion,
               const QByteArray& devicePublicKey, Reply<ClaimResult> done);
    void status(const QString& sid, int since, int waitSeconds, const protocol::DeviceKey& key,
                Reply<PhoneStatus> done);
    void bind(const QString& sid, const protocol::DeviceKey& key, Reply<PhoneStatus> done);
    void complete(const QString& sid, const protocol::DeviceKey& key, Reply<PhoneStatus> done);
    // Whether this device key is still the citizen's active ThaiD (device_revoked once a new
    // phone replaced it).
    void device(const protocol::DeviceKey& key, Reply<DeviceStatus> done);
    // An agency's login: the scanned request, then the citizen's signed decision.
    void scanLogin(const QString& requestId, const protocol::DeviceKey& key,
                   Reply<LoginOffer> done);
    void decideLogin(const LoginOffer& offer, bool approve, const protocol::DeviceKey& key,
                     Reply<QString> done);

private:
    void signedPost(const QString& path, const QString& label, const QJsonObject& body,
                    const protocol::DeviceKey& key, Reply<PhoneStatus> done);
    // A login call, signed and naming the key (the login has no session to claim it by).
    static protocol::JsonCall loginCall(const QString& path, const QString& label,
                                        const QJsonObject& body, const protocol::DeviceKey& key);
    protocol::JsonHttpClient m_http;
};

}  // namespace thaid::sim
