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
    ThaidCheckStarted,       // a ThaiD check's login QR shown
    ThaidCheckPhoneRefused,  // a phone that is not an active ThaiD scanned the check's QR
    ThaidCheckVerified,      // the registry vouched for the citizen (detail: assurance)
    ThaidCheckEnded,         // refused, expired, cancelled, failed, or the result cleared
};

QString auditKindId(AuditKind kind);

}  // namespace thaid::app
