#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

struct evp_pkey_st;

namespace thaid::sim {

struct PemPair {
    QByteArray certificate;
    QByteArray privateKey;
};

// The registry's demo PKI for `thaid-registryd init`: a CA, a TLS server certificate for the
// registry, and one client certificate per station. P-256 keys, SHA-256 signatures (OpenSSL).
class DemoPki {
public:
    static Result<DemoPki, QString> createCa(const QString& commonName, int validDays);
    static Result<DemoPki, QString> fromPem(const PemPair& ca);

    // Each of the comma-separated names goes into the subjectAltName (DNS, or IP for an address
    // such as 127.0.0.1); the first is also the CN.
    Result<PemPair, QString> issueServer(const QString& serverNames, int validDays) const;
    // Named only in its CN, as an old or careless CA would issue it; kiosks refuse it (tests).
    Result<PemPair, QString> issueServerWithoutAltName(const QString& commonName,
                                                       int validDays) const {
        return issue(commonName, {}, true, validDays);
    }
    // The station ID is the certificate's CN ("station-<id>"), which the registry trusts.
    Result<PemPair, QString> issueStation(quint32 stationId, int validDays) const;
    // The client certificate of a reverse proxy (nginx) in front of registry processes: it
    // proves the hop from the proxy, which passes on the station's certificate. The name must
    // not be a station's.
    Result<PemPair, QString> issueProxy(const QString& commonName, int validDays) const;
    // A station's own request (CN station-<id>, signed with its key): the client certificate.
    // A negative validDays gives a certificate that has already expired (for tests).
    Result<QByteArray, QString> signStationRequest(const QByteArray& csrPem, int validDays) const;

    const PemPair& ca() const { return m_ca; }

private:
    explicit DemoPki(PemPair ca) : m_ca(std::move(ca)) {}
    Result<PemPair, QString> issue(const QString& commonName, const QString& altName, bool server,
                                   int validDays) const;
    Result<QByteArray, QString> certify(evp_pkey_st* key, const QString& commonName,
                                        const QString& altName, bool server, int validDays) const;
    PemPair m_ca;
};

}  // namespace thaid::sim
