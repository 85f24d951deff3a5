#include "audit/audit_kind.h"

namespace thaid::app {

QString auditKindId(AuditKind kind) {
    switch (kind) {
        case AuditKind::KioskStarted:
            return QStringLiteral("kiosk_started");
        case AuditKind::OfficerSignedIn:
            return QStringLiteral("officer_signed_in");
        case AuditKind::OfficerSignInRefused:
            return QStringLiteral("officer_sign_in_refused");
        case AuditKind::OfficerSignOut:
            return QStringLiteral("officer_sign_out");
        case AuditKind::IdleLock:
            return QStringLiteral("idle_lock");
        case AuditKind::MaintenanceOpened:
            return QStringLiteral("maintenance_opened");
        case AuditKind::CardRead:
            return QStringLiteral("card_read");
        case AuditKind::CardBlocked:
            return QStringLiteral("card_blocked");
        case AuditKind::ExistingBindingShown:
            return QStringLiteral("existing_binding_shown");
        case AuditKind::ReplacementConfirmed:
            return QStringLiteral("replacement_confirmed");
        case AuditKind::FaceConfirmed:
            return QStringLiteral("face_confirmed");
        case AuditKind::FingerprintAttemptFailed:
            return QStringLiteral("fingerprint_attempt_failed");
        case AuditKind::FingerprintOtherFinger:
            return QStringLiteral("fingerprint_other_finger");
        case AuditKind::FingerprintVerified:
            return QStringLiteral("fingerprint_verified");
        case AuditKind::FingerprintNoMatch:
            return QStringLiteral("fingerprint_no_match");
        case AuditKind::SupervisorException:
            return QStringLiteral("supervisor_exception");
        case AuditKind::SupervisorExceptionRefused:
            return QStringLiteral("supervisor_exception_refused");
        case AuditKind::SessionCreated:
            return QStringLiteral("session_created");
        case AuditKind::SessionClaimed:
            return QStringLiteral("session_claimed");
        case AuditKind::CodeWrong:
            return QStringLiteral("code_wrong");
        case AuditKind::CodeConfirmed:
            return QStringLiteral("code_confirmed");
        case AuditKind::RegistrationCompleted:
            return QStringLiteral("registration_completed");
        case AuditKind::SessionEnded:
            return QStringLiteral("session_ended");
        case AuditKind::RegistryProblem:
            return QStringLiteral("registry_problem");
        case AuditKind::Fault:
            return QStringLiteral("fault");
        case AuditKind::ThaidCheckStarted:
            return QStringLiteral("thaid_check_started");
        case AuditKind::ThaidCheckPhoneRefused:
            return QStringLiteral("thaid_check_phone_refused");
        case AuditKind::ThaidCheckVerified:
            return QStringLiteral("thaid_check_verified");
        case AuditKind::ThaidCheckEnded:
            return QStringLiteral("thaid_check_ended");
    }
    return {};
}

}  // namespace thaid::app
