#pragma once

#include "workflow/citizen_session.h"
#include "workflow/workflow_host.h"

namespace thaid::app {

// What a use case that works on the citizen being registered asks of its host, beyond the state,
// message and trail: the citizen's session, the signed-in officer, the scanner's guidance, and
// the way on to the binding session once the registry has verified the citizen.
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
};

}  // namespace thaid::app
