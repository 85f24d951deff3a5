// Where the station key is kept. A file key works, but anyone who can read it (root, a backup, a
// copied disk) can act as this station; a TPM key cannot be copied off the machine.
#include "doctor/local_checks.h"

namespace thaid::app {

DoctorCheck LocalChecks::stationKey(const KioskConfig& config,
                                    const Result<StationKey, QString>& loaded) {
    const QString id = QStringLiteral("key");
    const StationKeyLocation where = config.stationKeyLocation();
    if (!loaded) {
        if (where.inTpm())
            return DoctorCheck::fail(
                id, tr("The station key cannot be used from the TPM (%1).").arg(where.describe()),
                tr("Check that this is the machine the station was provisioned on and that its "
                   "TPM is enabled (tpm/tcti in the configuration says how it is reached). A "
                   "new machine or a cleared TPM needs provisioning again: thaid-kioskctl "
                   "provision request --new-key."),
                {loaded.error()});
        return DoctorCheck::warn(
            id, tr("The station key %1 cannot be read by this user.").arg(where.describe()),
            tr("Run doctor as root or as thaid-kiosk."), {loaded.error()});
    }
    if (where.inTpm())
        return DoctorCheck::ok(id, tr("The station key is kept in the TPM (%1): it cannot be "
                                      "copied off this machine.")
                                       .arg(where.describe()));
    return DoctorCheck::warn(
        id,
        tr("The station key is a file (%1): whoever copies it can act as this station.")
            .arg(where.describe()),
        tr("Where the machine has a TPM 2.0, keep the key there: set registry/key = "
           "tpm:0x81000010 and run thaid-kioskctl provision request --new-key (README, Trust "
           "model)."));
}

}  // namespace thaid::app
