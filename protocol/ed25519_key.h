#pragma once

#include <memory>
#include <optional>

#include <QByteArray>

typedef struct evp_pkey_st EVP_PKEY;

namespace thaid::protocol {

// An Ed25519 key (OpenSSL), private or public only.
class Ed25519Key {
public:
    static std::optional<Ed25519Key> generate();
    static std::optional<Ed25519Key> fromRawPrivate(const QByteArray& seed32);
    static std::optional<Ed25519Key> fromRawPublic(const QByteArray& public32);
    static std::optional<Ed25519Key> fromPem(const QByteArray& pem);

    bool hasPrivate() const { return m_private; }
    QByteArray rawPublic() const;
    QByteArray rawPrivate() const;  // empty for a public-only key
    QByteArray privatePem() const;
    // First 4 bytes of SHA-256 of the raw public key (docs/protocol.md).
    QByteArray keyId() const;

    QByteArray sign(const QByteArray& message) const;
    bool verify(const QByteArray& message, const QByteArray& signature) const;

private:
    struct Free {
        void operator()(EVP_PKEY* k) const;
    };
    Ed25519Key(EVP_PKEY* key, bool isPrivate) : m_key(key, Free{}), m_private(isPrivate) {}
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_private = false;
};

}  // namespace thaid::protocol
