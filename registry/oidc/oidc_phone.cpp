// The phone's side of a login: it scans the page's QR, shows the agency, the data asked for and
// the relay code, and sends the citizen's decision, signed by the device key bound at the
// counter.
#include "protocol/device_key.h"
#include "protocol/wire/phone_messages.h"
#include "registry/base/registry_logging.h"
#include "registry/base/registry_support.h"
#include "registry/oidc/oidc_provider.h"
#include "registry/oidc/oidc_requests.h"

#include <QJsonArray>

namespace thaid::registry {

namespace {

ApiAnswer refused(ErrorCode code, const QString& why) {
    return ApiAnswer::of(apiError(code, why));
}

}  // namespace

Result<LoginRequest, ApiError> OidcProvider::openLogin(QStringView requestId,
                                                       const QByteArray& devicePublicKey,
                                                       const DeviceProof& proof) {
    if (!protocol::DeviceKey::isP256PublicKey(devicePublicKey))
        return apiError(ErrorCode::InvalidField, QStringLiteral("X-Device-Key is not a P-256 key"));
    if (!protocol::DeviceKey::verify(devicePublicKey, proof.signedMessage, proof.signature))
        return apiError(ErrorCode::Forbidden, QStringLiteral("not signed by that key"));
    auto r = m_oidc.request(requestId.toString());
    if (!r)
        return apiError(ErrorCode::NotFound, QStringLiteral("no such login request"));
    if (!live(*r))
        return r->status == QLatin1String("expired")
                   ? apiError(ErrorCode::Expired, QStringLiteral("the login request has expired"))
                   : apiError(ErrorCode::WrongState,
                              QStringLiteral("the login was already decided"));
    return *r;
}

ApiAnswer OidcProvider::scan(QStringView requestId, const QByteArray& devicePublicKey,
                             const DeviceProof& proof) {
    auto opened = openLogin(requestId, devicePublicKey, proof);
    if (!opened)
        return ApiAnswer::of(opened.error());
    LoginRequest* r = &opened.value();
    if (r->status == QLatin1String("scanned") && r->devicePublicKey != devicePublicKey)
        return refused(ErrorCode::Conflict,
                       QStringLiteral("another phone scanned this login first"));
    const auto binding = m_store.bindingForDevice(devicePublicKey);
    if (!binding || binding->revokedAtMs != 0) {
        // The page tells the person at the screen, and another phone may still scan.
        LoginRequest seen = *r;
        seen.status = QStringLiteral("refused");
        seen.devicePublicKey = devicePublicKey;
        seen.version = r->version + 1;
        m_oidc.updateRequest(seen, r->version);
        qCInfo(lcRegistry).noquote() << "oidc: login" << r->requestId.left(8) << "scanned by a"
                                     << (binding ? "revoked" : "unknown") << "device";
        return binding
                   ? refused(ErrorCode::DeviceRevoked,
                             QStringLiteral("this device's ThaiD was replaced by another phone"))
                   : refused(ErrorCode::DeviceUnknown,
                             QStringLiteral("no ThaiD is bound to this device key"));
    }
    const auto client = m_oidc.client(r->clientId);
    if (!client)
        return refused(ErrorCode::NotFound, QStringLiteral("the agency is no longer registered"));
    if (r->status != QLatin1String("scanned")) {
        LoginRequest seen = *r;
        seen.status = QStringLiteral("scanned");
        seen.devicePublicKey = devicePublicKey;
        seen.cid = binding->cid;
        seen.assurance = binding->assurance;
        seen.version = r->version + 1;
        if (!m_oidc.updateRequest(seen, r->version))
            return refused(ErrorCode::Conflict,
                           QStringLiteral("the login changed meanwhile; scan again"));
        *r = seen;
    }
    return {200, toJson(protocol::LoginOffer{r->requestId, client->clientId, client->nameTh,
                                             client->nameEn, r->scope.split(QLatin1Char(' ')),
                                             relayCode(*r), r->serverNonce, utcTime(r->expiresAtMs),
                                             utcTime(r->createdAtMs)})};
}

ApiAnswer OidcProvider::decide(QStringView requestId, const QByteArray& devicePublicKey,
                               const DeviceProof& proof, const QByteArray& body) {
    // The signature covers the path (this request's ID) and the body (this request's nonce):
    // an approval is good for one request, once.
    auto opened = openLogin(requestId, devicePublicKey, proof);
    if (!opened)
        return ApiAnswer::of(opened.error());
    LoginRequest* r = &opened.value();
    const auto decision = protocol::decodeLoginDecision(body);
    if (!decision)
        return refused(ErrorCode::MalformedRequest,
                       QStringLiteral("expected {\"decision\": approve|deny, \"nonce\": …}"));
    if (r->status != QLatin1String("scanned") || r->devicePublicKey != devicePublicKey)
        return refused(ErrorCode::WrongState, QStringLiteral("scan the login before deciding"));
    if (decision.value().nonce != r->serverNonce)
        return refused(ErrorCode::Forbidden, QStringLiteral("the approval is for another request"));
    const auto binding = m_store.bindingForDevice(devicePublicKey);
    if (!binding || binding->revokedAtMs != 0)
        return refused(ErrorCode::DeviceRevoked,
                       QStringLiteral("this device's ThaiD was replaced by another phone"));
    // A refusal is always taken; approvals are limited per phone.
    if (decision.value().approve &&
        m_oidc.approvalsSince(devicePublicKey, m_clock() - m_settings.approvalWindowMs) >=
            m_settings.approvalsPerWindow) {
        qCInfo(lcRegistry).noquote()
            << "oidc: login" << r->requestId.left(8) << "approval refused: too many from one phone";
        return refused(ErrorCode::RateLimited,
                       QStringLiteral("this phone approved too many logins; wait a few minutes"));
    }
    LoginRequest decided = *r;
    decided.status =
        decision.value().approve ? QStringLiteral("approved") : QStringLiteral("denied");
    decided.authTimeMs = m_clock();
    decided.version = r->version + 1;
    if (!m_oidc.updateRequest(decided, r->version))
        return refused(ErrorCode::WrongState, QStringLiteral("the login was already decided"));
    qCInfo(lcRegistry).noquote() << "oidc: login" << r->requestId.left(8) << decided.status
                                 << "on the phone";
    return {200, {{QStringLiteral("status"), decided.status}}};
}

}  // namespace thaid::registry
