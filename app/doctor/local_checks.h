#pragma once

#include "config/kiosk_config.h"
#include "doctor/doctor_check.h"
#include "fingerprint/fingerprint_types.h"
#include "station_key/station_key.h"

namespace thaid::app {

// Checks of this machine that need no registry: the configuration, the card service and
// reader, the scanners, the station certificate, the audit queue and the disk.
class LocalChecks {
    Q_DECLARE_TR_FUNCTIONS(Doctor)
public:
    static DoctorCheck configuration(const QString& path,
                                     const Result<KioskConfig, QStringList>& config);
    // pcscd, readers and their ATRs; then whether a card in the (preferred) reader reads.
    static QList<DoctorCheck> cardService(const QString& preferredReader);
    // pcscd, readers and ATRs only; `cardReader` gets the reader holding a card, if any.
    static DoctorCheck readers(const QString& preferredReader, QString* cardReader = nullptr);
    static DoctorCheck scanners(const QString& preferredScanner, int waitMs);
    static DoctorCheck scannersFrom(const QList<fingerprint::ScannerInfo>& found,
                                    const QString& preferredScanner);
    // Where the station key is: in the TPM (ok), in a file anyone with root can copy (warn), or
    // not loadable (fail); `loaded` is StationKey::load's answer.
    static DoctorCheck stationKey(const KioskConfig& config,
                                  const Result<StationKey, QString>& loaded);
    // `key` is null when the station key could not be loaded.
    static DoctorCheck certificate(const KioskConfig& config, const StationKey* key,
                                   const QDateTime& now);
    static DoctorCheck auditQueue(const KioskConfig& config, const QDateTime& now);
    static DoctorCheck disk(const KioskConfig& config);
};

}  // namespace thaid::app
