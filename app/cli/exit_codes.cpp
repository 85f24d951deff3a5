#include "cli/exit_codes.h"

namespace thaid::app::cli {

int exitCodeFor(card::CardErrorCode code) {
    using card::CardErrorCode;
    switch (code) {
        case CardErrorCode::NoReader:
        case CardErrorCode::NoCard:
            return kExitNoCard;
        case CardErrorCode::NotThaiIdCard:
            return kExitNotThaiId;
        case CardErrorCode::CardRemoved:
        case CardErrorCode::Cancelled:
            return kExitRemoved;
        case CardErrorCode::ServiceUnavailable:
            return kExitNoService;
        case CardErrorCode::CardBusy:
            return kExitCardBusy;
        case CardErrorCode::UnexpectedStatus:
        case CardErrorCode::CommunicationError:
            return kExitCardError;
    }
    return kExitCardError;
}

}  // namespace thaid::app::cli
