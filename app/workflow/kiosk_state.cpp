#include "workflow/kiosk_state.h"

#include <QMetaEnum>

namespace thaid::app {

QString kioskStateName(KioskState state) {
    return QString::fromLatin1(
        QMetaEnum::fromType<KioskState>().valueToKey(static_cast<int>(state)));
}

}  // namespace thaid::app
