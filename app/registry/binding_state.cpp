#include "registry/binding_state.h"

#include <array>

namespace thaid::app {

namespace {
constexpr std::array<const char*, 9> kNames{"CREATED",   "CLAIMED",   "CONFIRMED",
                                            "BOUND",     "COMPLETED", "EXPIRED",
                                            "CANCELLED", "CONFLICT",  "REJECTED"};
}

std::optional<BindingState> bindingStateFromName(QStringView name) {
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return static_cast<BindingState>(i);
    }
    return std::nullopt;
}

QString bindingStateName(BindingState state) {
    return QLatin1String(kNames[static_cast<size_t>(state)]);
}

bool isFinalBindingState(BindingState s) {
    return s == BindingState::Completed || s == BindingState::Expired ||
           s == BindingState::Cancelled || s == BindingState::Conflict ||
           s == BindingState::Rejected;
}

}  // namespace thaid::app
