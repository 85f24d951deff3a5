#pragma once

#include "audit/audit_kind.h"
#include "i18n/local_text.h"
#include "workflow/kiosk_state.h"
#include "workflow/workflow_rules.h"

namespace thaid::app {

// What a use case of the officer's workflow asks of the workflow that hosts it: the state and
// its rules table, the officer's message, and the audit trail. The host owns all three, so
// every use case moves the one state machine and writes one trail.
class WorkflowHost {
public:
    virtual ~WorkflowHost() = default;

    virtual KioskState state() const = 0;
    // Whether the current state takes the event (workflow_rules.cpp).
    virtual bool accepts(WorkflowEvent event) const = 0;
    virtual void enter(KioskState state) = 0;
    // Back to where the officer is between citizens.
    virtual void rest() = 0;
    virtual void say(LocalText message) = 0;
    // A row of the audit trail; a citizen only as the station's HMAC of the ID.
    virtual void record(AuditKind kind, const QString& citizenId, const QString& detail) = 0;
};

}  // namespace thaid::app
