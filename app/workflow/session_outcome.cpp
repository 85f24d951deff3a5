#include "workflow/session_outcome.h"

namespace thaid::app {

QString sessionOutcomeKindId(SessionOutcome::Kind kind) {
    switch (kind) {
        case SessionOutcome::Kind::Completed:
            return QStringLiteral("completed");
        case SessionOutcome::Kind::Cancelled:
            return QStringLiteral("cancelled");
        case SessionOutcome::Kind::Expired:
            return QStringLiteral("expired");
        case SessionOutcome::Kind::Conflict:
            return QStringLiteral("conflict");
        case SessionOutcome::Kind::Rejected:
            return QStringLiteral("rejected");
    }
    return {};
}

QString sessionOutcomeReasonId(SessionOutcome::Reason reason) {
    switch (reason) {
        case SessionOutcome::Reason::None:
            return {};
        case SessionOutcome::Reason::CardRemoved:
            return QStringLiteral("card_removed");
        case SessionOutcome::Reason::OfficerCancelled:
            return QStringLiteral("officer_cancelled");
        case SessionOutcome::Reason::Fault:
            return QStringLiteral("fault");
        case SessionOutcome::Reason::Registry:
            return QStringLiteral("registry");
        case SessionOutcome::Reason::NotScanned:
            return QStringLiteral("not_scanned");
    }
    return {};
}

QString SessionOutcome::id() const {
    const QString why = sessionOutcomeReasonId(reason);
    return why.isEmpty() ? sessionOutcomeKindId(kind)
                         : sessionOutcomeKindId(kind) + QLatin1Char(':') + why;
}

QString SessionOutcome::reasonId() const {
    const QString why = sessionOutcomeReasonId(reason);
    return why.isEmpty() ? sessionOutcomeKindId(kind) : why;
}

protocol::CancelReason SessionOutcome::registryCancelReason() const {
    switch (reason) {
        case Reason::CardRemoved:
            return protocol::CancelReason::CardRemoved;
        case Reason::OfficerCancelled:
            return protocol::CancelReason::OfficerCancelled;
        case Reason::NotScanned:
            return protocol::CancelReason::NotScanned;
        case Reason::None:
        case Reason::Fault:
        case Reason::Registry:
            break;
    }
    // The API knows no other reason: the rest are the kiosk's own account of a fault.
    return protocol::CancelReason::Fault;
}

}  // namespace thaid::app
