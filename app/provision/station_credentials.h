#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace thaid::app {

// The station's TLS identity as the kiosk makes and checks it (OpenSSL): a P-256 key that never
// leaves the kiosk, a certificate request naming the station, and the registry's answer.
class StationCredentials {
public:
    static Result<QByteArray, QString> newPrivateKeyPem();
    // PKCS#10, CN station-<id>, signed with the key.
    static Result<QByteArray, QString> certificateRequest(const QByteArray& keyPem,
                                                          quint32 stationId);
    // A certificate the registry issued for this station and key: its expiry, or what is wrong.
    static Result<QDateTime, QString> checkCertificate(const QByteArray& certPem,
                                                       const QByteArray& caPem,
                                                       const QByteArray& keyPem, quint32 stationId);
};

}  // namespace thaid::app
