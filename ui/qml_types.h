#pragma once

// What the ThaiD QML module knows from C++ besides the view model: the workflow's and the
// doctor's enums, under the names the screens use (KioskState.Review, CheckStatus.Fail).
#include "doctor/doctor_check.h"
#include "workflow/kiosk_state.h"

#include <QtQml/qqml.h>

namespace thaid::ui::qml {

namespace KioskStateForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(thaid::app)
QML_NAMED_ELEMENT(KioskState)
}  // namespace KioskStateForeign

namespace FaultKindForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(thaid::app::faults)
QML_NAMED_ELEMENT(FaultKind)
}  // namespace FaultKindForeign

namespace SignOffStepForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(thaid::app::signoff)
QML_NAMED_ELEMENT(SignOffStep)
}  // namespace SignOffStepForeign

namespace CheckStatusForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(thaid::app::CheckStatusForQml)
QML_NAMED_ELEMENT(CheckStatus)
}  // namespace CheckStatusForeign

}  // namespace thaid::ui::qml
