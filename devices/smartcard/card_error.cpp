#include "smartcard/card_error.h"

namespace thaid::card {

QString cardErrorId(CardErrorCode code) {
    switch (code) {
        case CardErrorCode::ServiceUnavailable:
            return QStringLiteral("pcsc_unavailable");
        case CardErrorCode::NoReader:
            return QStringLiteral("no_reader");
        case CardErrorCode::NoCard:
            return QStringLiteral("no_card");
        case CardErrorCode::CardBusy:
            return QStringLiteral("card_busy");
        case CardErrorCode::CardRemoved:
            return QStringLiteral("card_removed");
        case CardErrorCode::NotThaiIdCard:
            return QStringLiteral("not_thai_id_card");
        case CardErrorCode::UnexpectedStatus:
            return QStringLiteral("unexpected_status");
        case CardErrorCode::CommunicationError:
            return QStringLiteral("communication_error");
        case CardErrorCode::Cancelled:
            return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

}  // namespace thaid::card
