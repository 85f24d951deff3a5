#pragma once

#include "common/result.h"
#include "station_key/station_key_location.h"

namespace thaid::app {

// Makes the station key inside a TPM 2.0 and keeps it at a persistent handle. This part uses the
// TSS's ESAPI (tpm2-tss) because OpenSSL's tpm2 provider can create keys but cannot make them
// persistent; everything after that (the CSR, TLS, checkpoints) goes through the provider.
class TpmKeyStore {
public:
    // Whether a key is stored at the handle; an error when the TPM cannot be reached.
    static Result<bool, QString> exists(const StationKeyLocation& where);
    // A new P-256 signing key, generated in the TPM and never exported, replacing any key at the
    // handle. It needs the owner hierarchy's authorisation to be empty (the TPM's default).
    static Result<void, QString> create(const StationKeyLocation& where);
};

}  // namespace thaid::app
