#include "provision/station_credentials.h"

#include "protocol/station_name.h"

#include <memory>

#include <QSslCertificate>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace thaid::app {

namespace {

using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;

Bio readBio(const QByteArray& pem) {
    return Bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
}

QByteArray drain(BIO* bio) {
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

Cert readCert(const QByteArray& pem) {
    return Cert(PEM_read_bio_X509(readBio(pem).get(), nullptr, nullptr, nullptr), X509_free);
}

}  // namespace

Result<QByteArray, QString> StationCredentials::newPrivateKeyPem() {
    Key key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    if (!key)
        return QStringLiteral("cannot make a P-256 key");
    Bio out(BIO_new(BIO_s_mem()), BIO_free);
    if (PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return QStringLiteral("cannot write the key");
    return drain(out.get());
}

Result<QByteArray, QString> StationCredentials::certificateRequest(const StationKey& key,
                                                                   quint32 stationId) {
    std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)> req(X509_REQ_new(), X509_REQ_free);
    const QByteArray cn = protocol::stationCommonName(stationId).toLatin1();
    X509_NAME* name = X509_REQ_get_subject_name(req.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1,
                                   0) != 1 ||
        X509_REQ_set_pubkey(req.get(), key.pkey()) != 1 ||
        X509_REQ_sign(req.get(), key.pkey(), EVP_sha256()) == 0)
        return QStringLiteral("cannot make the certificate request");
    Bio out(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509_REQ(out.get(), req.get());
    return drain(out.get());
}

Result<QDateTime, QString> StationCredentials::checkCertificate(const QByteArray& certPem,
                                                                const QByteArray& caPem,
                                                                const StationKey& key,
                                                                quint32 stationId) {
    const Cert cert = readCert(certPem);
    const Cert ca = readCert(caPem);
    if (!cert)
        return QStringLiteral("the certificate is not a PEM certificate");
    if (!ca)
        return QStringLiteral("the registry CA is not a PEM certificate");
    if (X509_verify(cert.get(), X509_get0_pubkey(ca.get())) != 1)
        return QStringLiteral("the certificate was not issued by this registry CA");
    if (!key.matches(certPem))
        return QStringLiteral("the certificate is for another key than this station's");
    const QSslCertificate q(certPem);
    const QString cn = q.subjectInfo(QSslCertificate::CommonName).value(0);
    if (cn != protocol::stationCommonName(stationId))
        return QStringLiteral("the certificate is for %1, not station-%2").arg(cn).arg(stationId);
    if (q.expiryDate() <= QDateTime::currentDateTimeUtc())
        return QStringLiteral("the certificate expired on %1")
            .arg(q.expiryDate().toString(Qt::ISODate));
    return q.expiryDate();
}

}  // namespace thaid::app
