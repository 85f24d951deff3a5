#pragma once

#include "smartcard/card_error.h"

namespace thaid::app::cli {

// Exit codes of `thaid-kioskctl read-card`, documented in its --help and the README.
enum ReadCardExit : int {
    kExitRead = 0,
    kExitUsage = 1,
    kExitNoCard = 2,
    kExitNotThaiId = 3,
    kExitRemoved = 4,
    kExitNoService = 5,
    kExitInvalidData = 6,
    kExitCardBusy = 7,
    kExitCardError = 8,
};

int exitCodeFor(card::CardErrorCode code);

}  // namespace thaid::app::cli
