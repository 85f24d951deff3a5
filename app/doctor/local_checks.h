#pragma once

#include "config/kiosk_config.h"
#include "doctor/doctor_check.h"
#include "fingerprint/fingerprint_types.h"

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
    static DoctorCheck certificate(const KioskConfig& config, const QDateTime& now);
    static DoctorCheck auditQueue(const KioskConfig& config, const QDateTime& now);
    static DoctorCheck disk(const KioskConfig& config);
};

}  // namespace thaid::app
