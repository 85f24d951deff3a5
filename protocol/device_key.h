#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace thaid::protocol {

// The phone's device key (P-256), as the citizen app keeps it: the private key sealed under a
// key derived from the 8-digit passcode (PBKDF2-HMAC-SHA256, 200,000 rounds, random salt) with
// AES-256-GCM. Format: "TDK1" | salt[16] | nonce[12] | ciphertext | tag[16].
class DeviceKey {
public:
    static std::optional<DeviceKey> generate();
    static std::optional<DeviceKey> unseal(const QByteArray& sealed, const QString& passcode);

    // DER SubjectPublicKeyInfo, as the claim and bind requests carry it.
    QByteArray publicKeyDer() const;
    QByteArray seal(const QString& passcode) const;
    // ECDSA-SHA256 signature (DER), e.g. over a request path.
    QByteArray sign(const QByteArray& message) const;
    // True for a DER SubjectPublicKeyInfo holding a P-256 point.
    static bool isP256PublicKey(const QByteArray& publicKeyDer);
    static bool verify(const QByteArray& publicKeyDer, const QByteArray& message,
                       const QByteArray& signature);

private:
    struct Free {
        void operator()(EVP_PKEY* k) const;
    };
    explicit DeviceKey(EVP_PKEY* key);
    std::shared_ptr<EVP_PKEY> m_key;
};

}  // namespace thaid::protocol
