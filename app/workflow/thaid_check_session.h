#pragma once

#include "workflow/thaid_check_port.h"

#include <optional>

namespace thaid::app {

// One citizen's ThaiD check, from F6 to the next citizen: the login QR, the relay code once a
// phone has scanned, and the identity the registry vouched for. Wiped when it ends.
struct ThaidCheckSession {
    QString qrText;
    QDateTime qrExpiresAt;
    QString relayCode;
    bool phoneRefused = false;  // a phone that is not an active ThaiD scanned
    std::optional<VerifiedIdentity> identity;

    ThaidCheckSession() = default;
    ThaidCheckSession(const ThaidCheckSession&) = delete;
    ThaidCheckSession& operator=(const ThaidCheckSession&) = delete;
    ~ThaidCheckSession();
};

}  // namespace thaid::app
