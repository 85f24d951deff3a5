#pragma once

#include "common/result.h"
#include "station_key/station_key.h"

#include <memory>

#include <QByteArray>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace thaid::app {

// The station's P-256 key (the one its TLS client certificate carries, in a file or the TPM),
// used to sign audit checkpoints; verification needs only the certificate's public key.
class StationSigner {
public:
    static Result<StationSigner, QString> fromPrivatePem(const QByteArray& pem);
    static StationSigner fromKey(const StationKey& key) {
        return StationSigner(key.shared(), true);
    }
    static Result<StationSigner, QString> fromCertificatePem(const QByteArray& pem);

    bool canSign() const { return m_private; }
    QByteArray sign(const QByteArray& message) const;  // DER ECDSA-SHA256
    bool verify(const QByteArray& message, const QByteArray& signature) const;

private:
    struct Free {
        void operator()(EVP_PKEY* k) const;
    };
    StationSigner(EVP_PKEY* key, bool isPrivate) : m_key(key, Free{}), m_private(isPrivate) {}
    StationSigner(std::shared_ptr<EVP_PKEY> key, bool isPrivate)
        : m_key(std::move(key)), m_private(isPrivate) {}
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_private = false;
};

}  // namespace thaid::app
