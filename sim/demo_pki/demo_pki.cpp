#include "sim/demo_pki/demo_pki.h"

#include "protocol/station_name.h"

#include <memory>

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace thaid::sim {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

Key newKey() {
    return Key(EVP_EC_gen("P-256"), EVP_PKEY_free);
}

QByteArray drain(BIO* bio) {
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

QByteArray keyPem(EVP_PKEY* key) {
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return drain(bio.get());
}

QByteArray certPem(X509* cert) {
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509(bio.get(), cert);
    return drain(bio.get());
}

bool addExt(X509* cert, X509* issuer, int nid, const QByteArray& value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Cert skeleton(EVP_PKEY* key, const QString& cn, int validDays) {
    unsigned char serial[16];
    // Serials must not be guessable; without randomness there is no certificate.
    if (RAND_bytes(serial, sizeof serial) != 1)
        return Cert(nullptr, X509_free);
    Cert cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    serial[0] &= 0x7F;  // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    // A little in the past, to tolerate clock skew; well before notAfter for expired test ones.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()),
                    validDays < 0 ? (static_cast<long>(validDays) - 30) * 86400 : -300);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(validDays) * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("ThaiD kiosk demo"), -1, -1,
                               0);
    const QByteArray cnBytes = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cnBytes.constData()), -1, -1,
                               0);
    return cert;
}

Key readKey(const QByteArray& pem) {
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
}

Cert readCert(const QByteArray& pem) {
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
}

}  // namespace

Result<DemoPki, QString> DemoPki::createCa(const QString& commonName, int validDays) {
    Key key = newKey();
    if (!key)
        return QStringLiteral("cannot generate the CA key");
    Cert cert = skeleton(key.get(), commonName, validDays);
    if (!cert)
        return QStringLiteral("no randomness for the certificate serial");
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    if (!addExt(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExt(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExt(cert.get(), cert.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        return QStringLiteral("cannot build the CA certificate");
    }
    return DemoPki(PemPair{certPem(cert.get()), keyPem(key.get())});
}

Result<DemoPki, QString> DemoPki::fromPem(const PemPair& ca) {
    if (!readCert(ca.certificate) || !readKey(ca.privateKey))
        return QStringLiteral("not a CA certificate and key");
    return DemoPki(ca);
}

Result<PemPair, QString> DemoPki::issueServer(const QString& serverNames, int validDays) const {
    QStringList altNames;
    const QStringList names = serverNames.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : names) {
        const bool isAddress = !QHostAddress(name).isNull();
        altNames << (isAddress ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + name.trimmed();
    }
    if (names.isEmpty())
        return QStringLiteral("the server certificate needs a name");
    return issue(names.first().trimmed(), altNames.join(QLatin1Char(',')), true, validDays);
}

Result<PemPair, QString> DemoPki::issueStation(quint32 stationId, int validDays) const {
    return issue(protocol::stationCommonName(stationId), {}, false, validDays);
}

Result<PemPair, QString> DemoPki::issueProxy(const QString& commonName, int validDays) const {
    if (commonName.isEmpty() || protocol::stationIdFromCommonName(commonName) != 0)
        return QStringLiteral("a proxy's name must not be a station's: \"%1\"").arg(commonName);
    return issue(commonName, {}, false, validDays);
}

Result<QByteArray, QString> DemoPki::signStationRequest(const QByteArray& csrPem,
                                                        int validDays) const {
    Bio bio(BIO_new_mem_buf(csrPem.constData(), static_cast<int>(csrPem.size())), BIO_free);
    std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)> csr(
        PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr), X509_REQ_free);
    if (!csr)
        return QStringLiteral("not a PEM certificate request");
    EVP_PKEY* key = X509_REQ_get0_pubkey(csr.get());
    if (!key || X509_REQ_verify(csr.get(), key) != 1)
        return QStringLiteral("the request's signature does not verify");
    char cn[64] = {};
    const int length = X509_NAME_get_text_by_NID(X509_REQ_get_subject_name(csr.get()),
                                                 NID_commonName, cn, sizeof cn);
    const QString name = QString::fromUtf8(cn);
    // A name that filled the buffer may have been cut; the exact form decides the rest.
    if (length <= 0 || length >= static_cast<int>(sizeof cn) - 1 ||
        protocol::stationIdFromCommonName(name) == 0)
        return QStringLiteral("the request is not for a station (CN station-<id>): \"%1\"")
            .arg(name);
    return certify(key, name, {}, false, validDays);
}

Result<PemPair, QString> DemoPki::issue(const QString& cn, const QString& altName, bool server,
                                        int validDays) const {
    Key key = newKey();
    if (!key)
        return QStringLiteral("cannot make a key");
    auto cert = certify(key.get(), cn, altName, server, validDays);
    if (!cert)
        return cert.error();
    return PemPair{cert.value(), keyPem(key.get())};
}

Result<QByteArray, QString> DemoPki::certify(EVP_PKEY* key, const QString& cn,
                                             const QString& altName, bool server,
                                             int validDays) const {
    Cert caCert = readCert(m_ca.certificate);
    Key caKey = readKey(m_ca.privateKey);
    if (!caCert || !caKey)
        return QStringLiteral("cannot load the CA");
    Cert cert = skeleton(key, cn, validDays);
    if (!cert)
        return QStringLiteral("no randomness for the certificate serial");
    X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get()));
    bool ok =
        addExt(cert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExt(cert.get(), caCert.get(), NID_key_usage, "critical,digitalSignature") &&
        addExt(cert.get(), caCert.get(), NID_ext_key_usage, server ? "serverAuth" : "clientAuth") &&
        addExt(cert.get(), caCert.get(), NID_authority_key_identifier, "keyid:always");
    if (ok && !altName.isEmpty())
        ok = addExt(cert.get(), caCert.get(), NID_subject_alt_name, altName.toUtf8());
    if (!ok || X509_sign(cert.get(), caKey.get(), EVP_sha256()) == 0)
        return QStringLiteral("cannot sign the certificate");
    return certPem(cert.get());
}

}  // namespace thaid::sim
