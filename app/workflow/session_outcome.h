#pragma once

#include "protocol/wire/kiosk_requests.h"

#include <QMetaType>
#include <QString>

namespace thaid::app {

// How a citizen's session ended. The ids ("completed", "cancelled:card_removed", …) are what the
// audit trail, the metrics and the automation protocol show; code compares the enums.
struct SessionOutcome {
    enum class Kind { Completed, Cancelled, Expired, Conflict, Rejected };
    enum class Reason { None, CardRemoved, OfficerCancelled, Fault, Registry, NotScanned };

    Kind kind = Kind::Cancelled;
    Reason reason = Reason::None;

    static SessionOutcome completed() { return {Kind::Completed, Reason::None}; }
    static SessionOutcome cancelled(Reason why) { return {Kind::Cancelled, why}; }

    // "cancelled:card_removed", "expired:not_scanned", "completed", …
    QString id() const;
    // The reason alone where there is one, else the kind: the metrics label.
    QString reasonId() const;
    // What the kiosk tells the registry when it cancels a session that is still open.
    protocol::CancelReason registryCancelReason() const;

    friend bool operator==(const SessionOutcome&, const SessionOutcome&) = default;
};

QString sessionOutcomeKindId(SessionOutcome::Kind kind);
QString sessionOutcomeReasonId(SessionOutcome::Reason reason);

}  // namespace thaid::app

Q_DECLARE_METATYPE(thaid::app::SessionOutcome)
