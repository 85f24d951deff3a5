#pragma once

#include <optional>

#include <QMetaType>
#include <QString>

namespace thaid::app {

// The registry's session states (DESIGN.md §5), as the kiosk mirrors them.
enum class BindingState {
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

std::optional<BindingState> bindingStateFromName(QStringView name);
QString bindingStateName(BindingState state);
bool isFinalBindingState(BindingState state);

}  // namespace thaid::app

Q_DECLARE_METATYPE(thaid::app::BindingState)
