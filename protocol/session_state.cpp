#include "protocol/session_state.h"

#include <array>

namespace thaid::protocol {

namespace {
constexpr std::array<const char*, 9> kNames{"CREATED",   "CLAIMED",   "CONFIRMED",
                                            "BOUND",     "COMPLETED", "EXPIRED",
                                            "CANCELLED", "CONFLICT",  "REJECTED"};
}

std::optional<SessionState> sessionStateFromName(QStringView name) {
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return static_cast<SessionState>(i);
    }
    return std::nullopt;
}

QString sessionStateName(SessionState state) {
    return QLatin1String(kNames[static_cast<size_t>(state)]);
}

bool isFinalSessionState(SessionState s) {
    return s == SessionState::Completed || s == SessionState::Expired ||
           s == SessionState::Cancelled || s == SessionState::Conflict ||
           s == SessionState::Rejected;
}

}  // namespace thaid::protocol
