#pragma once

#include "protocol/session_state.h"

namespace thaid::app {

// The kiosk mirrors the registry's session states; one enum serves both sides.
using BindingState = protocol::SessionState;

inline std::optional<BindingState> bindingStateFromName(QStringView name) {
    return protocol::sessionStateFromName(name);
}
inline QString bindingStateName(BindingState state) {
    return protocol::sessionStateName(state);
}
inline bool isFinalBindingState(BindingState state) {
    return protocol::isFinalSessionState(state);
}

}  // namespace thaid::app
