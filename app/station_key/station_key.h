#pragma once

#include "common/result.h"
#include "station_key/station_key_location.h"

#include <memory>

#include <QByteArray>
#include <QSslKey>

typedef struct evp_pkey_st EVP_PKEY;

namespace thaid::app {

// The station's P-256 private key, loaded once per process and shared by everything that signs
// as this station: mutual TLS, audit checkpoints and the certificate request. From a PEM file,
// or from the TPM, where the private part never leaves the chip. Load it once: a TPM simulator
// serves one connection at a time, and each load opens one.
class StationKey {
public:
    static Result<StationKey, QString> load(const StationKeyLocation& where);
    static Result<StationKey, QString> fromPem(const QByteArray& pem);

    bool inTpm() const { return m_inTpm; }
    EVP_PKEY* pkey() const { return m_key.get(); }
    std::shared_ptr<EVP_PKEY> shared() const { return m_key; }
    // For QSslConfiguration::setPrivateKey; Qt holds its own reference.
    QSslKey sslKey() const;
    // True when the certificate (PEM) carries this key's public half.
    bool matches(const QByteArray& certificatePem) const;

private:
    StationKey(std::shared_ptr<EVP_PKEY> key, bool inTpm) : m_key(std::move(key)), m_inTpm(inTpm) {}
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_inTpm = false;
};

}  // namespace thaid::app
