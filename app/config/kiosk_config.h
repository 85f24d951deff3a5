#pragma once

#include "common/result.h"
#include "station_key/station_key_location.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace thaid::app {

// The kiosk's configuration: one INI file (/etc/thaid-kiosk/kiosk.conf), read with QSettings.
// Every key is known and checked; anything else is refused with the key and the problem named.
struct KioskConfig {
    quint32 stationId = 0;
    QString stateDir = QStringLiteral("/var/lib/thaid-kiosk");

    QUrl registryUrl;
    QString registryCa;
    QString stationCertificate;
    QString stationKey;  // a PEM file, or tpm:0x81… for a key kept in the TPM
    QString tpmTcti;     // how to reach the TPM; empty: the TSS default (/dev/tpmrm0)
    QString registryQrKeys;
    int registryTimeoutMs = 10000;

    QString preferredReader;   // part of the reader name; empty: any reader
    QString preferredScanner;  // libfprint device id or name; empty: the first that fits
    int fingerAttempts = 3;    // matches tried before the officer is told to refer the citizen

    int idleLockSeconds = 300;
    int fingerprintSeconds = 30;
    int qrSeconds = 300;

    int oldPhotoYears = 10;  // the review screen flags a card photo this old, and lifelong cards

    QString language = QStringLiteral("th");
    bool fullscreen = true;
    QString officerScreen;  // Qt screen name; empty: the primary screen
    QString citizenScreen;  // empty: no second screen, the QR shows on a large panel

    int auditUploadSeconds = 60;

    QString metricsListen;  // "127.0.0.1:9477"; empty: no metrics endpoint

    // The ThaiD check (F6): this kiosk as an OpenID Connect client of the registry's phone
    // listener. Empty client ID: no checks at this counter.
    QUrl thaidCheckIssuer;
    QString thaidCheckClientId;
    QString thaidCheckSecretFile;  // the client secret, alone in a file only the kiosk reads

    StationKeyLocation stationKeyLocation() const {
        auto where = StationKeyLocation::parse(stationKey, tpmTcti);
        return where ? where.value() : StationKeyLocation::inFile(stationKey);
    }
    QString auditDatabase() const { return stateDir + QStringLiteral("/audit.db"); }
    QString officersDatabase() const { return stateDir + QStringLiteral("/officers.db"); }
    QString printKeyFile() const { return stateDir + QStringLiteral("/print.key"); }
    QString citizenSecretFile() const { return stateDir + QStringLiteral("/citizen-hmac.key"); }

    // Problems are "section/key: what is wrong"; files are checked for existence when checkFiles.
    static Result<KioskConfig, QStringList> load(const QString& path, bool checkFiles = true);
    static QString defaultPath();
};

}  // namespace thaid::app
