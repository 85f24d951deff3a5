#pragma once

#include <optional>

#include <QMetaType>
#include <QString>

namespace thaid::protocol {

// A binding session's states (docs/protocol.md), kept by the registry and mirrored by the kiosk:
// CREATED -> CLAIMED -> CONFIRMED -> BOUND -> COMPLETED, or EXPIRED | CANCELLED | CONFLICT |
// REJECTED. The names are the API's.
enum class SessionState {
    Created,
    Claimed,
    Confirmed,
    Bound,
    Completed,
    Expired,
    Cancelled,
    Conflict,
    Rejected
};

std::optional<SessionState> sessionStateFromName(QStringView name);
QString sessionStateName(SessionState state);
bool isFinalSessionState(SessionState state);

}  // namespace thaid::protocol

Q_DECLARE_METATYPE(thaid::protocol::SessionState)
