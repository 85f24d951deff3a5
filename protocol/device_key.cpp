#include "protocol/device_key.h"

#include "common/secure_wipe.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace thaid::protocol {

namespace {
const QByteArray kMagic("TDK1");
constexpr int kSaltBytes = 16;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr int kRounds = 200000;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
const unsigned char* u(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}
unsigned char* u(QByteArray& b) {
    return reinterpret_cast<unsigned char*>(b.data());
}

QByteArray derive(const QString& passcode, const QByteArray& salt) {
    QByteArray key(32, '\0');
    QByteArray pass = passcode.toUtf8();
    PKCS5_PBKDF2_HMAC(pass.constData(), static_cast<int>(pass.size()), u(salt),
                      static_cast<int>(salt.size()), kRounds, EVP_sha256(), 32, u(key));
    thaid::secureWipe(pass);
    return key;
}
}  // namespace

void DeviceKey::Free::operator()(EVP_PKEY* k) const {
    EVP_PKEY_free(k);
}
DeviceKey::DeviceKey(EVP_PKEY* key) : m_key(key, Free{}) {}

std::optional<DeviceKey> DeviceKey::generate() {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    if (!key)
        return std::nullopt;
    return DeviceKey(key);
}

QByteArray DeviceKey::publicKeyDer() const {
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(m_key.get(), &der);
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

QByteArray DeviceKey::seal(const QString& passcode) const {
    unsigned char* der = nullptr;
    const int len = i2d_PrivateKey(m_key.get(), &der);
    QByteArray plain(reinterpret_cast<const char*>(der), len);
    OPENSSL_clear_free(der, static_cast<size_t>(len));
    QByteArray salt(kSaltBytes, '\0'), nonce(kNonceBytes, '\0');
    // A predictable salt or a repeated GCM nonce would undo the sealing: no randomness, no key.
    if (RAND_bytes(u(salt), kSaltBytes) != 1 || RAND_bytes(u(nonce), kNonceBytes) != 1) {
        thaid::secureWipe(plain);
        return {};
    }
    QByteArray key = derive(passcode, salt);
    QByteArray cipher(plain.size(), '\0'), tag(kTagBytes, '\0');
    int n = 0, total = 0;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, u(key), u(nonce));
    EVP_EncryptUpdate(ctx.get(), nullptr, &n, u(kMagic), static_cast<int>(kMagic.size()));
    EVP_EncryptUpdate(ctx.get(), u(cipher), &n, u(plain), static_cast<int>(plain.size()));
    total = n;
    EVP_EncryptFinal_ex(ctx.get(), u(cipher) + total, &n);
    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data());
    thaid::secureWipe(plain);
    thaid::secureWipe(key);
    return kMagic + salt + nonce + cipher + tag;
}

std::optional<DeviceKey> DeviceKey::unseal(const QByteArray& sealed, const QString& passcode) {
    const int head = static_cast<int>(kMagic.size()) + kSaltBytes + kNonceBytes;
    if (sealed.size() <= head + kTagBytes || !sealed.startsWith(kMagic))
        return std::nullopt;
    const QByteArray salt = sealed.mid(kMagic.size(), kSaltBytes);
    const QByteArray nonce = sealed.mid(kMagic.size() + kSaltBytes, kNonceBytes);
    const QByteArray cipher = sealed.mid(head, sealed.size() - head - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    QByteArray key = derive(passcode, salt);
    QByteArray plain(cipher.size(), '\0');
    int n = 0;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, u(key), u(nonce));
    EVP_DecryptUpdate(ctx.get(), nullptr, &n, u(kMagic), static_cast<int>(kMagic.size()));
    EVP_DecryptUpdate(ctx.get(), u(plain), &n, u(cipher), static_cast<int>(cipher.size()));
    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data());
    const bool ok = EVP_DecryptFinal_ex(ctx.get(), u(plain) + n, &n) == 1;
    thaid::secureWipe(key);
    if (!ok) {
        thaid::secureWipe(plain);
        return std::nullopt;  // wrong passcode or altered
    }
    const unsigned char* p = u(plain);
    EVP_PKEY* pkey = d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(plain.size()));
    thaid::secureWipe(plain);
    if (!pkey)
        return std::nullopt;
    return DeviceKey(pkey);
}

QByteArray DeviceKey::sign(const QByteArray& message) const {
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t len = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &len, u(message), static_cast<size_t>(message.size())) !=
            1) {
        return {};
    }
    QByteArray sig(static_cast<qsizetype>(len), '\0');
    if (EVP_DigestSign(ctx.get(), u(sig), &len, u(message), static_cast<size_t>(message.size())) !=
        1)
        return {};
    sig.truncate(static_cast<qsizetype>(len));
    return sig;
}

namespace {
// A key that does not parse leaves errors on OpenSSL's per-thread queue. Left there, they make
// the next TLS write on this thread look failed, and Qt drops that connection: the answer to
// the very request that carried the bad key never arrives.
struct ClearErrorsOnExit {
    ~ClearErrorsOnExit() { ERR_clear_error(); }
};
}  // namespace

bool DeviceKey::isP256PublicKey(const QByteArray& publicKeyDer) {
    const ClearErrorsOnExit clear;
    const unsigned char* p = u(publicKeyDer);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        d2i_PUBKEY(nullptr, &p, static_cast<long>(publicKeyDer.size())), EVP_PKEY_free);
    if (!key || p != u(publicKeyDer) + publicKeyDer.size())
        return false;
    char group[32] = {};
    size_t len = 0;
    return EVP_PKEY_get_group_name(key.get(), group, sizeof group, &len) == 1 &&
           qstrcmp(group, "prime256v1") == 0;
}

bool DeviceKey::verify(const QByteArray& publicKeyDer, const QByteArray& message,
                       const QByteArray& signature) {
    const ClearErrorsOnExit clear;
    const unsigned char* p = u(publicKeyDer);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        d2i_PUBKEY(nullptr, &p, static_cast<long>(publicKeyDer.size())), EVP_PKEY_free);
    if (!key)
        return false;
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), u(signature), static_cast<size_t>(signature.size()),
                            u(message), static_cast<size_t>(message.size())) == 1;
}

}  // namespace thaid::protocol
