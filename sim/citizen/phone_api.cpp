#include "sim/citizen/phone_api.h"

#include "protocol/tls_policy.h"
#include "protocol/wire/api_routes.h"

namespace thaid::sim {

using protocol::apiPath;
namespace route = protocol::route;

namespace {

Result<PhoneStatus, protocol::RegistryError> parseStatus(
    const Result<QJsonObject, protocol::RegistryError>& r) {
    return protocol::decodeAnswer(r, protocol::decodePhoneSessionStatus);
}

QByteArray deviceSignature(const protocol::DeviceKey& key, const QByteArray& method,
                           const QString& path, const QByteArray& body) {
    return key.sign(method + ' ' + path.toUtf8() + '\n' + body).toBase64();
}

}  // namespace

PhoneApi::PhoneApi(const QUrl& url, const QList<QSslCertificate>& ca, QObject* parent)
    : QObject(parent),
      m_http(
          url,
          [&] {
              QSslConfiguration tls =
                  protocol::withProtocolTls(QSslConfiguration::defaultConfiguration());
              tls.setCaCertificates(ca);
              return tls;
          }(),
          this) {}

void PhoneApi::claim(const QString& qrText, const QString& typedCid, const QString& termsVersion,
                     const QByteArray& devicePublicKey, Reply<ClaimResult> done) {
    protocol::JsonCall call{
        "POST",
        apiPath(route::kClaims),
        QStringLiteral("claim"),
        protocol::toJson(protocol::ClaimRequest{qrText, typedCid, termsVersion, devicePublicKey}),
        {},
        10000,
        2};
    m_http.send(std::move(call), this,
                [done = std::move(done)](const Result<QJsonObject, protocol::RegistryError>& r) {
                    done(protocol::decodeAnswer(r, protocol::decodeClaimResult));
                });
}

void PhoneApi::status(const QString& sid, int since, int waitSeconds,
                      const protocol::DeviceKey& key, Reply<PhoneStatus> done) {
    const QString path = apiPath(route::kPhoneSession, sid);
    protocol::JsonCall call{
        "GET",
        waitSeconds > 0 ? path + QStringLiteral("?wait=%1&since=%2").arg(waitSeconds).arg(since)
                        : path,
        QStringLiteral("status"),
        std::nullopt,
        {{"X-Device-Signature", deviceSignature(key, "GET", path, {})}},
        waitSeconds * 1000 + 10000,
        2};
    m_http.send(std::move(call), this,
                [done = std::move(done)](const Result<QJsonObject, protocol::RegistryError>& r) {
                    done(parseStatus(r));
                });
}

void PhoneApi::signedPost(const QString& path, const QString& label, const QJsonObject& body,
                          const protocol::DeviceKey& key, Reply<PhoneStatus> done) {
    const QByteArray bytes = protocol::JsonHttpClient::encode(body);
    protocol::JsonCall call{"POST",
                            path,
                            label,
                            body,
                            {{"X-Device-Signature", deviceSignature(key, "POST", path, bytes)}},
                            10000,
                            2};
    m_http.send(std::move(call), this,
                [done = std::move(done)](const Result<QJsonObject, protocol::RegistryError>& r) {
                    done(parseStatus(r));
                });
}

void PhoneApi::bind(const QString& sid, const protocol::DeviceKey& key, Reply<PhoneStatus> done) {
    signedPost(apiPath(route::kBind, sid), QStringLiteral("bind"),
               protocol::toJson(protocol::BindRequest{key.publicKeyDer(), true}), key,
               std::move(done));
}

void PhoneApi::complete(const QString& sid, const protocol::DeviceKey& key,
                        Reply<PhoneStatus> done) {
    signedPost(apiPath(route::kComplete, sid), QStringLiteral("complete"),
               protocol::toJson(protocol::CompleteRequest{true, true}), key, std::move(done));
}

void PhoneApi::device(const protocol::DeviceKey& key, Reply<DeviceStatus> done) {
    const QString path = apiPath(route::kDevice);
    protocol::JsonCall call{"GET",
                            path,
                            QStringLiteral("device"),
                            std::nullopt,
                            {{"X-Device-Key", key.publicKeyDer().toBase64()},
                             {"X-Device-Signature", deviceSignature(key, "GET", path, {})}},
                            10000,
                            2};
    m_http.send(std::move(call), this,
                [done = std::move(done)](const Result<QJsonObject, protocol::RegistryError>& r) {
                    done(protocol::decodeAnswer(r, protocol::decodeDeviceStatus));
                });
}

protocol::JsonCall PhoneApi::loginCall(const QString& path, const QString& label,
                                       const QJsonObject& body, const protocol::DeviceKey& key) {
    const QByteArray bytes = protocol::JsonHttpClient::encode(body);
    // Not repeated: a decision the registry may have taken must not be sent twice.
    return {"POST",
            path,
            label,
            body,
            {{"X-Device-Key", key.publicKeyDer().toBase64()},
             {"X-Device-Signature", deviceSignature(key, "POST", path, bytes)}},
            10000,
            0};
}

void PhoneApi::scanLogin(const QString& requestId, const protocol::DeviceKey& key,
                         Reply<LoginOffer> done) {
    protocol::JsonCall call = loginCall(apiPath(route::kLoginScan, requestId),
                                        QStringLiteral("login-scan"), QJsonObject(), key);
    m_http.send(std::move(call), this,
                [done = std::move(done)](const Result<QJsonObject, protocol::RegistryError>& r) {
                    done(protocol::decodeAnswer(r, protocol::decodeLoginOffer));
                });
}

void PhoneApi::decideLogin(const LoginOffer& offer, bool approve, const protocol::DeviceKey& key,
                           Reply<QString> done) {
    // The nonce in the signed body ties the approval to this one request.
    const QJsonObject body = protocol::toJson(protocol::LoginDecision{approve, offer.nonce});
    protocol::JsonCall call = loginCall(apiPath(route::kLoginDecision, offer.requestId),
                                        QStringLiteral("login-decision"), body, key);
    m_http.send(std::move(call), this,
                [done = std::move(done)](const Result<QJsonObject, protocol::RegistryError>& r) {
                    if (!r)
                        return done(r.error());
                    done(r.value().value(QStringLiteral("status")).toString());
                });
}

}  // namespace thaid::sim
