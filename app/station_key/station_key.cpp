#include "station_key/station_key.h"

#include "station_key/tpm_provider_key.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace thaid::app {

namespace {
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
Bio readBio(const QByteArray& pem) {
    return Bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
}
}  // namespace

Result<StationKey, QString> StationKey::fromPem(const QByteArray& pem) {
    EVP_PKEY* key = PEM_read_bio_PrivateKey(readBio(pem).get(), nullptr, nullptr, nullptr);
    if (!key)
        return QStringLiteral("not a PEM private key");
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC) {
        EVP_PKEY_free(key);
        return QStringLiteral("not an EC (P-256) key");
    }
    return StationKey(std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free), false);
}

Result<StationKey, QString> StationKey::load(const StationKeyLocation& where) {
    if (where.inTpm()) {
        auto key = loadTpmProviderKey(where);
        if (!key)
            return key.error();
        return StationKey(std::move(key).value(), true);
    }
    QFile f(where.file);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(where.file, f.errorString());
    auto key = fromPem(f.readAll());
    if (!key)
        return QStringLiteral("%1: %2").arg(where.file, key.error());
    return key;
}

QSslKey StationKey::sslKey() const {
    if (!m_key || EVP_PKEY_up_ref(m_key.get()) != 1)
        return {};
    return QSslKey(static_cast<Qt::HANDLE>(m_key.get()), QSsl::PrivateKey);
}

bool StationKey::matches(const QByteArray& certificatePem) const {
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(readBio(certificatePem).get(), nullptr, nullptr, nullptr), X509_free);
    return cert && m_key && EVP_PKEY_eq(X509_get0_pubkey(cert.get()), m_key.get()) == 1;
}

}  // namespace thaid::app
