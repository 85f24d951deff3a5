#include "audit/station_signer.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace thaid::app {

namespace {
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
const unsigned char* u(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}
}  // namespace

void StationSigner::Free::operator()(EVP_PKEY* k) const {
    EVP_PKEY_free(k);
}

Result<StationSigner, QString> StationSigner::fromPrivatePem(const QByteArray& pem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        return QStringLiteral("not a PEM private key");
    return StationSigner(key, true);
}

Result<StationSigner, QString> StationSigner::fromCertificatePem(const QByteArray& pem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
    if (!cert)
        return QStringLiteral("not a PEM certificate");
    EVP_PKEY* key = X509_get_pubkey(cert.get());
    if (!key)
        return QStringLiteral("the certificate has no public key");
    return StationSigner(key, false);
}

QByteArray StationSigner::sign(const QByteArray& message) const {
    if (!m_private)
        return {};
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t len = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &len, u(message), static_cast<size_t>(message.size())) !=
            1)
        return {};
    QByteArray sig(static_cast<qsizetype>(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, u(message),
                       static_cast<size_t>(message.size())) != 1)
        return {};
    sig.truncate(static_cast<qsizetype>(len));
    return sig;
}

bool StationSigner::verify(const QByteArray& message, const QByteArray& signature) const {
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), u(signature), static_cast<size_t>(signature.size()),
                            u(message), static_cast<size_t>(message.size())) == 1;
}

}  // namespace thaid::app
