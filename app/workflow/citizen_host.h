#pragma once

#include "workflow/citizen_session.h"
#include "workflow/session_outcome.h"
#include "workflow/workflow_host.h"

#include <functional>

namespace thaid::app {

// What a use case that works on the citizen being registered asks of its host, beyond the state,
// message and trail: the citizen's session and how it ends, the signed-in officer, the scanner's
// guidance, the fault screen, and the way on to the binding session once the registry has
// verified the citizen.
class CitizenHost : public WorkflowHost {
public:
    // The citizen being served; nullptr between citizens.
    virtual CitizenSession* servedCitizen() = 0;
    virtual QString officerToken() const = 0;
    virtual QString officerCid() const = 0;
    // How the trail names a person: the station's HMAC of the ID.
    virtual QString citizenHmac(const QString& citizenId) const = 0;
    // What the officer tells the person at the scanner.
    virtual void guide(LocalText guidance) = 0;
    // The registry vouched for the citizen another way: registration goes on to the session.
    virtual void verified(const QString& verificationId) = 0;
    // The fault screen, audited; Enter there runs retry (when set) instead of going back to rest.
    virtual void fault(FaultKind kind, LocalText message, const QString& auditDetail,
                       std::function<void()> retry) = 0;
    // Ends the citizen's session: cancels it at the registry when still open, wipes, audits.
    virtual void endSession(SessionOutcome outcome, LocalText message) = 0;
    // The phone completed the binding: the citizen's data is wiped and the officer told.
    virtual void completed() = 0;
};

}  // namespace thaid::app
