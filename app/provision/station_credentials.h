#pragma once

#include "common/result.h"
#include "station_key/station_key.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace thaid::app {

// The station's TLS identity as the kiosk makes and checks it (OpenSSL): a P-256 key that never
// leaves the kiosk (a file, or the TPM: TpmKeyStore), a certificate request naming the station,
// and the registry's answer.
class StationCredentials {
public:
    static Result<QByteArray, QString> newPrivateKeyPem();
    // PKCS#10, CN station-<id>, signed with the key (inside the TPM for a TPM key).
    static Result<QByteArray, QString> certificateRequest(const StationKey& key, quint32 stationId);
    // A certificate the registry issued for this station and key: its expiry, or what is wrong.
    static Result<QDateTime, QString> checkCertificate(const QByteArray& certPem,
                                                       const QByteArray& caPem,
                                                       const StationKey& key, quint32 stationId);
};

}  // namespace thaid::app
