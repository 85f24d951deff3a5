#include "protocol/wire/phone_messages.h"

#include "protocol/wire/kiosk_requests.h"

namespace thaid::protocol {

namespace {

SessionState sessionState(JsonFields& f, const char* key) {
    const QString name = f.string(key, 16);
    const auto state = sessionStateFromName(name);
    if (!state && !f.error())
        f.fail(QLatin1String(key), QStringLiteral("is not a session state"));
    return state.value_or(SessionState::Created);
}

}  // namespace

QJsonObject toJson(const ClaimRequest& v) {
    return {
        {QStringLiteral("qr_text"), v.qrText},
        {QStringLiteral("typed_cid"), v.typedCid},
        {QStringLiteral("terms_version"), v.termsVersion},
        {QStringLiteral("device_public_key"), QString::fromLatin1(v.devicePublicKey.toBase64())}};
}

QJsonObject toJson(const BindRequest& v) {
    return {
        {QStringLiteral("device_public_key"), QString::fromLatin1(v.devicePublicKey.toBase64())},
        {QStringLiteral("passcode_set"), v.passcodeSet}};
}

QJsonObject toJson(const CompleteRequest& v) {
    return {{QStringLiteral("consent"), v.consent},
            {QStringLiteral("first_unlock"), v.firstUnlock}};
}

QJsonObject toJson(const ClaimResult& v) {
    return {{QStringLiteral("sid"), v.sid},
            {QStringLiteral("server_nonce"), QString::fromLatin1(v.serverNonce.toBase64())},
            {QStringLiteral("state"), sessionStateName(v.state)}};
}

QJsonObject toJson(const PhoneSessionStatus& v) {
    return {{QStringLiteral("sid"), v.sid},
            {QStringLiteral("state"), sessionStateName(v.state)},
            {QStringLiteral("version"), v.version}};
}

QJsonObject toJson(const DeviceStatus& v) {
    return {{QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("bound_at"), wireTime(v.boundAt)},
            {QStringLiteral("assurance"), v.assurance}};
}

QJsonObject toJson(const LoginOffer& v) {
    return {{QStringLiteral("request_id"), v.requestId},
            {QStringLiteral("client_id"), v.clientId},
            {QStringLiteral("client_name_th"), v.clientNameTh},
            {QStringLiteral("client_name_en"), v.clientNameEn},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(v.scopes)},
            {QStringLiteral("relay_code"), v.relayCode},
            {QStringLiteral("nonce"), QString::fromLatin1(v.nonce.toBase64())},
            {QStringLiteral("expires_at"), wireTime(v.expiresAt)},
            {QStringLiteral("opened_at"), wireTime(v.openedAt)}};
}

QJsonObject toJson(const LoginDecision& v) {
    return {{QStringLiteral("decision"),
             v.approve ? QStringLiteral("approve") : QStringLiteral("deny")},
            {QStringLiteral("nonce"), QString::fromLatin1(v.nonce.toBase64())}};
}

Result<ClaimRequest, WireError> decodeClaimRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"qr_text", "typed_cid", "terms_version", "device_public_key"},
                 kStrict);
    ClaimRequest r;
    r.qrText = f.string("qr_text", 148);
    r.typedCid = f.citizenId("typed_cid");
    r.termsVersion = f.string("terms_version", 32);
    r.devicePublicKey = f.base64("device_public_key", 256);
    return finish(f, r);
}

Result<BindRequest, WireError> decodeBindRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"device_public_key", "passcode_set"}, kStrict);
    BindRequest r;
    r.devicePublicKey = f.base64("device_public_key", 256);
    r.passcodeSet = f.boolean("passcode_set");
    if (!f.error() && !r.passcodeSet)
        f.fail(QStringLiteral("passcode_set"), QStringLiteral("must be true"));
    return finish(f, r);
}

Result<CompleteRequest, WireError> decodeCompleteRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"consent", "first_unlock"}, kStrict);
    CompleteRequest r;
    r.consent = f.boolean("consent");
    if (!f.error() && !r.consent)
        f.fail(QStringLiteral("consent"), QStringLiteral("must be true"));
    r.firstUnlock = f.boolean("first_unlock");
    if (!f.error() && !r.firstUnlock)
        f.fail(QStringLiteral("first_unlock"), QStringLiteral("must be true"));
    return finish(f, r);
}

Result<ClaimResult, WireError> decodeClaimResult(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    ClaimResult r;
    r.sid = f.string("sid", 32, &hex32Form());
    r.serverNonce = f.base64("server_nonce", 128);
    r.state = sessionState(f, "state");
    return finish(f, r);
}

Result<PhoneSessionStatus, WireError> decodePhoneSessionStatus(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    PhoneSessionStatus r;
    r.sid = f.string("sid", 32, &hex32Form());
    r.state = sessionState(f, "state");
    r.version = static_cast<int>(f.integer("version", 0, 1 << 30));
    return finish(f, r);
}

Result<DeviceStatus, WireError> decodeDeviceStatus(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    static const QRegularExpression active(QStringLiteral("^active$"));
    f.string("status", 16, &active);
    DeviceStatus r;
    r.boundAt = f.time("bound_at");
    r.assurance = f.string("assurance", 32);
    return finish(f, r);
}

}  // namespace thaid::protocol

namespace thaid::protocol {

Result<LoginOffer, WireError> decodeLoginOffer(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    LoginOffer r;
    r.requestId = f.string("request_id", 32, &hex32Form());
    r.clientId = f.string("client_id", 128);
    r.clientNameTh = f.string("client_name_th", 200);
    r.clientNameEn = f.string("client_name_en", 200);
    r.scopes = f.stringArray("scopes", 32, 64);
    r.relayCode = f.string("relay_code", 6, &sixDigits);
    r.nonce = f.base64("nonce", 128);
    r.expiresAt = f.time("expires_at");
    r.openedAt = f.time("opened_at");
    return finish(f, r);
}

// A decision is small: a word and a nonce of at most 64 bytes.
Result<LoginDecision, WireError> decodeLoginDecision(const QByteArray& body) {
    auto o = jsonObject(body, 1024);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"decision", "nonce"}, kStrict);
    static const QRegularExpression decision(QStringLiteral("^(approve|deny)$"));
    LoginDecision r;
    r.approve = f.string("decision", 8, &decision) == QLatin1String("approve");
    r.nonce = f.base64("nonce", 88);
    if (!f.error() && r.nonce.size() > 64)
        f.fail(QStringLiteral("nonce"), QStringLiteral("is longer than 64 bytes"));
    return finish(f, r);
}

}  // namespace thaid::protocol
