#include "protocol/ed25519_key.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace thaid::protocol {

namespace {
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
const auto* bytes(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}
}  // namespace

void Ed25519Key::Free::operator()(EVP_PKEY* k) const {
    EVP_PKEY_free(k);
}

std::optional<Ed25519Key> Ed25519Key::generate() {
    EVP_PKEY* key = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &key) != 1)
        return std::nullopt;
    return Ed25519Key(key, true);
}

std::optional<Ed25519Key> Ed25519Key::fromRawPrivate(const QByteArray& seed) {
    if (seed.size() != 32)
        return std::nullopt;
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), 32);
    if (!key)
        return std::nullopt;
    return Ed25519Key(key, true);
}

std::optional<Ed25519Key> Ed25519Key::fromRawPublic(const QByteArray& pub) {
    if (pub.size() != 32)
        return std::nullopt;
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(pub), 32);
    if (!key)
        return std::nullopt;
    return Ed25519Key(key, false);
}

std::optional<Ed25519Key> Ed25519Key::fromPem(const QByteArray& pem) {
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    bool isPrivate = key != nullptr;
    if (!key) {
        Bio again(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
        key = PEM_read_bio_PUBKEY(again.get(), nullptr, nullptr, nullptr);
    }
    if (!key || EVP_PKEY_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return std::nullopt;
    }
    return Ed25519Key(key, isPrivate);
}

QByteArray Ed25519Key::rawPublic() const {
    QByteArray out(32, '\0');
    size_t len = 32;
    EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(out.data()), &len);
    return out;
}

QByteArray Ed25519Key::rawPrivate() const {
    if (!m_private)
        return {};
    QByteArray out(32, '\0');
    size_t len = 32;
    EVP_PKEY_get_raw_private_key(m_key.get(), reinterpret_cast<unsigned char*>(out.data()), &len);
    return out;
}

QByteArray Ed25519Key::privatePem() const {
    if (!m_private)
        return {};
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

QByteArray Ed25519Key::keyId() const {
    return QCryptographicHash::hash(rawPublic(), QCryptographicHash::Sha256).left(4);
}

QByteArray Ed25519Key::sign(const QByteArray& message) const {
    if (!m_private)
        return {};
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    QByteArray sig(64, '\0');
    size_t len = 64;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                       bytes(message), static_cast<size_t>(message.size())) != 1) {
        return {};
    }
    return sig;
}

bool Ed25519Key::verify(const QByteArray& message, const QByteArray& signature) const {
    if (signature.size() != 64)
        return false;
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), bytes(signature), 64, bytes(message),
                            static_cast<size_t>(message.size())) == 1;
}

}  // namespace thaid::protocol
