#include "protocol/id_token.h"

#include "protocol/device_key.h"

#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>

namespace thaid::protocol {

namespace {

QByteArray fromBase64Url(const QString& s) {
    return QByteArray::fromBase64(s.toLatin1(), QByteArray::Base64UrlEncoding);
}

// JWS's R‖S as the DER ECDSA-Sig-Value OpenSSL verifies.
QByteArray derSignature(const QByteArray& raw) {
    if (raw.size() != 64)
        return {};
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    ECDSA_SIG* sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, 32, nullptr), BN_bin2bn(bytes + 32, 32, nullptr));
    unsigned char* der = nullptr;
    const int len = i2d_ECDSA_SIG(sig, &der);
    QByteArray out = len > 0 ? QByteArray(reinterpret_cast<const char*>(der), len) : QByteArray();
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

// The JWK's point as a P-256 SubjectPublicKeyInfo (the fixed DER prefix, then 04‖X‖Y).
QByteArray spkiOf(const QJsonObject& jwk) {
    const QByteArray x = fromBase64Url(jwk.value(QStringLiteral("x")).toString());
    const QByteArray y = fromBase64Url(jwk.value(QStringLiteral("y")).toString());
    if (jwk.value(QStringLiteral("kty")) != QLatin1String("EC") ||
        jwk.value(QStringLiteral("crv")) != QLatin1String("P-256") || x.size() != 32 ||
        y.size() != 32)
        return {};
    return QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + '\x04' +
           x + y;
}

}  // namespace

std::optional<QJsonObject> verifiedIdTokenClaims(const QString& idToken, const QJsonArray& jwks) {
    const QStringList parts = idToken.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
    if (header.value(QStringLiteral("alg")) != QLatin1String("ES256"))
        return std::nullopt;
    for (const QJsonValue k : jwks) {
        const QJsonObject jwk = k.toObject();
        if (jwk.value(QStringLiteral("kid")) != header.value(QStringLiteral("kid")))
            continue;
        const QByteArray spki = spkiOf(jwk);
        const QByteArray sig = derSignature(fromBase64Url(parts[2]));
        if (spki.isEmpty() || sig.isEmpty() ||
            !DeviceKey::verify(spki, (parts[0] + QLatin1Char('.') + parts[1]).toLatin1(), sig))
            return std::nullopt;
        QJsonParseError e{};
        const QJsonDocument claims = QJsonDocument::fromJson(fromBase64Url(parts[1]), &e);
        if (e.error != QJsonParseError::NoError || !claims.isObject())
            return std::nullopt;
        return claims.object();
    }
    return std::nullopt;
}

}  // namespace thaid::protocol
