#include "registry/oidc/id_token_key.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace thaid::registry {

namespace {

QByteArray coordinate(EVP_PKEY* key, const char* name) {
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(32, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), 32);
    BN_free(bn);
    return out;
}

}  // namespace

QByteArray base64Url(const QByteArray& bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void IdTokenKey::Free::operator()(EVP_PKEY* k) const {
    EVP_PKEY_free(k);
}

IdTokenKey::IdTokenKey(EVP_PKEY* key) : m_key(key, Free{}) {
    // RFC 7638: the required members in lexicographic order, no spaces.
    const QJsonObject jwk = publicJwk();
    const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" +
                                 jwk.value(QStringLiteral("x")).toString().toLatin1() +
                                 "\",\"y\":\"" +
                                 jwk.value(QStringLiteral("y")).toString().toLatin1() + "\"}";
    m_kid = QString::fromLatin1(
        base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

std::optional<IdTokenKey> IdTokenKey::generate() {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    if (!key)
        return std::nullopt;
    return IdTokenKey(key);
}

std::optional<IdTokenKey> IdTokenKey::fromPem(const QByteArray& privateKeyPem) {
    BIO* bio = BIO_new_mem_buf(privateKeyPem.constData(), static_cast<int>(privateKeyPem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key) {
        ERR_clear_error();
        return std::nullopt;
    }
    char group[32] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &len) != 1 ||
        QByteArray(group) != "prime256v1") {
        EVP_PKEY_free(key);
        ERR_clear_error();
        return std::nullopt;
    }
    return IdTokenKey(key);
}

QByteArray IdTokenKey::privateKeyPem() const {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, static_cast<qsizetype>(len));
    BIO_free(bio);
    return pem;
}

QJsonObject IdTokenKey::publicJwk() const {
    return {{QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("x"),
             QString::fromLatin1(base64Url(coordinate(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X)))},
            {QStringLiteral("y"),
             QString::fromLatin1(base64Url(coordinate(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y)))},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("ES256")},
            {QStringLiteral("kid"), m_kid}};
}

QByteArray IdTokenKey::signJwt(const QJsonObject& claims) const {
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), m_kid}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t derLen = 0;
    QByteArray der(80, '\0');
    bool ok =
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
        EVP_DigestSignUpdate(ctx, input.constData(), static_cast<size_t>(input.size())) == 1 &&
        EVP_DigestSignFinal(ctx, nullptr, &derLen) == 1 &&
        derLen <= static_cast<size_t>(der.size()) &&
        EVP_DigestSignFinal(ctx, reinterpret_cast<unsigned char*>(der.data()), &derLen) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok) {
        ERR_clear_error();
        return {};
    }
    // JWS wants R‖S, each 32 bytes, not the DER sequence OpenSSL gives.
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(derLen));
    if (!sig)
        return {};
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char*>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char*>(raw.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return input + '.' + base64Url(raw);
}

}  // namespace thaid::registry
