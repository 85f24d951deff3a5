#pragma once

#include "common/result.h"
#include "station_key/station_key_location.h"

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace thaid::app {

// The TPM's station key as an EVP_PKEY for TLS, checkpoints and the certificate request.
// OpenSSL's tpm2 provider does every private-key operation inside the TPM; it runs in a library
// context of its own, so the rest of the process never hashes or draws randomness through the
// TPM. The provider is not thread-safe (tpm2-openssl#118) and Qt's network threads shake hands
// while the main thread signs checkpoints, so the key handed out is an EC key whose signing
// method takes one lock and then asks the provider.
Result<std::shared_ptr<EVP_PKEY>, QString> loadTpmProviderKey(const StationKeyLocation& where);

}  // namespace thaid::app
