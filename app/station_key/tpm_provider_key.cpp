// EC_KEY_METHOD is deprecated in OpenSSL 3, and it is still the one way to put a lock in front of
// a key whose users (libssl inside Qt) call it from threads we do not own: a key with its own
// method stays on OpenSSL's legacy path, which calls the method for every signature.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "station_key/tpm_provider_key.h"

#include "station_key/tss_log.h"

#include <mutex>

#include <QByteArray>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/provider.h>
#include <openssl/store.h>
#include <openssl/x509.h>

namespace thaid::app {

namespace {

// What one loaded TPM key holds: its library context with the providers, and the provider key.
struct TpmSession {
    OSSL_LIB_CTX* libctx = nullptr;
    OSSL_PROVIDER* tpm2 = nullptr;
    OSSL_PROVIDER* base = nullptr;
    EVP_PKEY* key = nullptr;
    std::mutex lock;

    TpmSession() = default;
    TpmSession(const TpmSession&) = delete;
    TpmSession& operator=(const TpmSession&) = delete;
    ~TpmSession() {
        EVP_PKEY_free(key);
        if (tpm2)
            OSSL_PROVIDER_unload(tpm2);
        if (base)
            OSSL_PROVIDER_unload(base);
        OSSL_LIB_CTX_free(libctx);
    }
};

void freeSession(void*, void* ptr, CRYPTO_EX_DATA*, int, long, void*) {
    delete static_cast<TpmSession*>(ptr);
}

// OpenSSL's per-type slot for application data on an EC_KEY: allocated once per process.
int sessionSlot() {
    static const int slot = EC_KEY_get_ex_new_index(0, nullptr, nullptr, nullptr, freeSession);
    return slot;
}

const EVP_MD* digestFor(int length) {
    switch (length) {
        case 32:
            return EVP_sha256();
        case 48:
            return EVP_sha384();
        case 64:
            return EVP_sha512();
        default:
            return nullptr;
    }
}

ECDSA_SIG* signInTpm(const unsigned char* digest, int length, const BIGNUM*, const BIGNUM*,
                     EC_KEY* ec) {
    auto* s = static_cast<TpmSession*>(EC_KEY_get_ex_data(ec, sessionSlot()));
    const EVP_MD* md = digestFor(length);
    if (!s || !md)
        return nullptr;
    const std::lock_guard<std::mutex> held(s->lock);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_from_pkey(s->libctx, s->key, "provider=tpm2"), EVP_PKEY_CTX_free);
    size_t size = 0;
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(ctx.get(), md) != 1 ||
        EVP_PKEY_sign(ctx.get(), nullptr, &size, digest, static_cast<size_t>(length)) != 1)
        return nullptr;
    QByteArray der(static_cast<qsizetype>(size), '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (EVP_PKEY_sign(ctx.get(), out, &size, digest, static_cast<size_t>(length)) != 1)
        return nullptr;
    const unsigned char* in = out;
    return d2i_ECDSA_SIG(nullptr, &in, static_cast<long>(size));
}

const EC_KEY_METHOD* lockedMethod() {
    static const EC_KEY_METHOD* method = [] {
        EC_KEY_METHOD* m = EC_KEY_METHOD_new(EC_KEY_OpenSSL());
        int (*sign)(int, const unsigned char*, int, unsigned char*, unsigned int*, const BIGNUM*,
                    const BIGNUM*, EC_KEY*) = nullptr;
        int (*setup)(EC_KEY*, BN_CTX*, BIGNUM**, BIGNUM**) = nullptr;
        EC_KEY_METHOD_get_sign(EC_KEY_OpenSSL(), &sign, &setup, nullptr);
        EC_KEY_METHOD_set_sign(m, sign, setup, signInTpm);
        return m;
    }();
    return method;
}

Result<EVP_PKEY*, QString> loadFromStore(const TpmSession& s, quint32 handle) {
    const QByteArray uri = QByteArrayLiteral("handle:0x") + QByteArray::number(handle, 16);
    std::unique_ptr<OSSL_STORE_CTX, decltype(&OSSL_STORE_close)> store(
        OSSL_STORE_open_ex(uri.constData(), s.libctx, "provider=tpm2", nullptr, nullptr, nullptr,
                           nullptr, nullptr),
        OSSL_STORE_close);
    if (!store)
        return QStringLiteral("the TPM's OpenSSL provider cannot open %1").arg(QLatin1String(uri));
    while (!OSSL_STORE_eof(store.get())) {
        std::unique_ptr<OSSL_STORE_INFO, decltype(&OSSL_STORE_INFO_free)> info(
            OSSL_STORE_load(store.get()), OSSL_STORE_INFO_free);
        if (info && OSSL_STORE_INFO_get_type(info.get()) == OSSL_STORE_INFO_PKEY)
            return OSSL_STORE_INFO_get1_PKEY(info.get());
        if (!info)
            break;
    }
    return QStringLiteral("no key at TPM handle 0x%1 (provision this station again)")
        .arg(handle, 8, 16, QLatin1Char('0'));
}

}  // namespace

Result<std::shared_ptr<EVP_PKEY>, QString> loadTpmProviderKey(const StationKeyLocation& where) {
    // The provider reads its TCTI only from the environment in OpenSSL 3.0 (no per-load
    // parameters before 3.2).
    if (!where.tcti.isEmpty())
        qputenv("TPM2OPENSSL_TCTI", where.tcti.toUtf8());
    quietTssLog();
    auto session = std::make_unique<TpmSession>();
    session->libctx = OSSL_LIB_CTX_new();
    if (session->libctx) {
        session->base = OSSL_PROVIDER_load(session->libctx, "default");
        session->tpm2 = OSSL_PROVIDER_load(session->libctx, "tpm2");
    }
    if (!session->tpm2 || !session->base)
        return QStringLiteral(
                   "OpenSSL's tpm2 provider cannot be loaded (install tpm2-openssl), "
                   "or it cannot reach the TPM at %1")
            .arg(where.tcti.isEmpty() ? QStringLiteral("the default device") : where.tcti);
    auto loaded = loadFromStore(*session, where.handle);
    if (!loaded)
        return loaded.error();
    session->key = loaded.value();

    unsigned char* der = nullptr;
    const int derLength = i2d_PUBKEY(session->key, &der);
    if (derLength <= 0)
        return QStringLiteral("the TPM key's public part cannot be read");
    const unsigned char* in = der;
    EC_KEY* ec = d2i_EC_PUBKEY(nullptr, &in, derLength);
    OPENSSL_free(der);
    if (!ec)
        return QStringLiteral("the TPM key at 0x%1 is not an EC key")
            .arg(where.handle, 8, 16, QLatin1Char('0'));
    EC_KEY_set_method(ec, lockedMethod());
    EC_KEY_set_ex_data(ec, sessionSlot(), session.release());
    EVP_PKEY* pkey = EVP_PKEY_new();
    if (!pkey || EVP_PKEY_assign_EC_KEY(pkey, ec) != 1) {
        EVP_PKEY_free(pkey);
        EC_KEY_free(ec);
        return QStringLiteral("cannot wrap the TPM key");
    }
    return std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
}

}  // namespace thaid::app
