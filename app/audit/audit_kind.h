#pragma once

#include <QString>

namespace thaid::app {

// Every kind of row the kiosk writes to its audit trail. The id is what the row stores and what
// the registry and `thaid-kioskctl audit export` show, so ids never change once shipped.
enum class AuditKind {
    KioskStarted,
    OfficerSignedIn,
    OfficerSignInRefused,
    OfficerSignOut,
    IdleLock,
    MaintenanceOpened,
    CardRead,
    CardBlocked,
    ExistingBindingShown,
    ReplacementConfirmed,
    FaceConfirmed,
    FingerprintAttemptFailed,
    FingerprintOtherFinger,
    FingerprintVerified,
    FingerprintNoMatch,
    SupervisorException,
    SupervisorExceptionRefused,
    SessionCreated,
    SessionClaimed,
    CodeWrong,
    CodeConfirmed,
    RegistrationCompleted,
    SessionEnded,
    RegistryProblem,
    Fault,
};

QString auditKindId(AuditKind kind);

}  // namespace thaid::app
