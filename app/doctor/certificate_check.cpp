// The station certificate: readable, for this station, issued by the registry CA, matching the
// station key, and valid for more than 30 days.
#include "doctor/local_checks.h"
#include "protocol/station_name.h"

#include <memory>

#include <QFile>
#include <QSslCertificate>

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace thaid::app {

namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

X509Ptr x509(const QByteArray& pem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
}

}  // namespace

DoctorCheck LocalChecks::certificate(const KioskConfig& config, const StationKey* key,
                                     const QDateTime& now) {
    const QString id = QStringLiteral("certificate");
    const QString provision =
        tr("Request a new one: thaid-kioskctl provision request, then "
           "thaid-kioskctl provision install with what the registry sends.");
    const QByteArray certPem = readFile(config.stationCertificate);
    const X509Ptr cert = x509(certPem);
    if (!cert)
        return DoctorCheck::fail(
            id, tr("The station certificate %1 cannot be read.").arg(config.stationCertificate),
            provision);
    const QSslCertificate qcert(certPem);
    const QString cn = qcert.subjectInfo(QSslCertificate::CommonName).value(0);
    const QString expected = protocol::stationCommonName(config.stationId);
    const QDateTime until = qcert.expiryDate();
    const QStringList details{
        tr("Subject: %1").arg(cn),
        tr("Valid from %1 to %2 (UTC)")
            .arg(qcert.effectiveDate().toString(Qt::ISODate), until.toString(Qt::ISODate))};
    if (cn != expected)
        return DoctorCheck::fail(
            id, tr("The station certificate is for %1, but this kiosk is %2.").arg(cn, expected),
            tr("Set station/id to the station the certificate names, or "
               "provision this station again."),
            details);
    const X509Ptr ca = x509(readFile(config.registryCa));
    if (!ca || X509_verify(cert.get(), X509_get0_pubkey(ca.get())) != 1)
        return DoctorCheck::fail(
            id,
            tr("The station certificate was not issued by the registry CA in %1.")
                .arg(config.registryCa),
            tr("Install the CA and certificate the registry sent together: thaid-kioskctl "
               "provision install."),
            details);
    if (!key)
        return DoctorCheck::warn(id,
                                 tr("The station key %1 could not be loaded, so it was not "
                                    "compared with the certificate.")
                                     .arg(config.stationKeyLocation().describe()),
                                 tr("See the station key check."), details);
    if (!key->matches(certPem))
        return DoctorCheck::fail(
            id,
            tr("The station certificate does not belong to the station key %1.")
                .arg(config.stationKeyLocation().describe()),
            provision, details);
    if (qcert.effectiveDate() > now)
        return DoctorCheck::fail(id, tr("The station certificate is not valid yet."),
                                 tr("Check the kiosk's clock (see the clock check)."), details);
    const qint64 daysLeft = now.daysTo(until);
    if (until <= now)
        return DoctorCheck::fail(
            id, tr("The station certificate expired on %1.").arg(until.toString(Qt::ISODate)),
            provision, details);
    if (daysLeft <= 30)
        return DoctorCheck::warn(id,
                                 tr("The station certificate expires in %n day(s).", nullptr,
                                    static_cast<int>(daysLeft)),
                                 provision, details);
    return DoctorCheck::ok(id,
                           tr("The station certificate is valid for %n more day(s).", nullptr,
                              static_cast<int>(daysLeft)),
                           details);
}

}  // namespace thaid::app
