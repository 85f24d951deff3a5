#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace thaid::registry {

// A P-256 key that signs ID tokens (ES256, RFC 7518 §3.4). Its `kid` is its RFC 7638 JWK
// thumbprint, so any process that loads it from the database names it the same.
class IdTokenKey {
public:
    static std::optional<IdTokenKey> generate();
    static std::optional<IdTokenKey> fromPem(const QByteArray& privateKeyPem);

    QByteArray privateKeyPem() const;
    QString kid() const { return m_kid; }
    // The public half as a JWK, for the JWKS.
    QJsonObject publicJwk() const;
    // header.payload.signature, the signature as R‖S (64 bytes), all base64url.
    QByteArray signJwt(const QJsonObject& claims) const;

private:
    struct Free {
        void operator()(EVP_PKEY* k) const;
    };
    explicit IdTokenKey(EVP_PKEY* key);
    std::shared_ptr<EVP_PKEY> m_key;
    QString m_kid;
};

QByteArray base64Url(const QByteArray& bytes);

}  // namespace thaid::registry
