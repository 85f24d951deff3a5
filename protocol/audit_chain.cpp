#include "protocol/audit_chain.h"

#include <memory>

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace thaid::protocol {

QString auditRowHash(const QString& prevHash, qint64 seq, const QString& at, const QString& kind,
                     const QString& citizenHmac, const QString& detail) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& part : {prevHash, QString::number(seq), at, kind, citizenHmac, detail}) {
        const QByteArray bytes = part.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':');  // length-prefixed: no ambiguity
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

QByteArray auditCheckpointMessage(qint64 seq, const QString& hash) {
    return "THAID-AUDIT-CHECKPOINT\n" + QByteArray::number(seq) + '\n' + hash.toLatin1();
}

bool verifyWithCertificate(const QByteArray& certificateDer, const QByteArray& message,
                           const QByteArray& signature) {
    const auto* p = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        d2i_X509(nullptr, &p, static_cast<long>(certificateDer.size())), X509_free);
    if (!cert)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(X509_get_pubkey(cert.get()),
                                                            EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return key && ctx &&
           EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char*>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            static_cast<size_t>(message.size())) == 1;
}

}  // namespace thaid::protocol
