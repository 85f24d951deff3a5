#include "smartcard/pcsc/pcsc_error.h"

#include <PCSC/winscard.h>

namespace thaid::card::pcsc {

QString pcscErrorName(long rv) {
    return QStringLiteral("%1 (0x%2)")
        .arg(QString::fromLatin1(pcsc_stringify_error(static_cast<LONG>(rv))))
        .arg(static_cast<quint32>(rv), 8, 16, QLatin1Char('0'));
}

bool isServiceLost(long rv) {
    return rv == SCARD_E_NO_SERVICE || rv == SCARD_E_SERVICE_STOPPED ||
           rv == SCARD_E_INVALID_HANDLE || rv == SCARD_F_COMM_ERROR;
}

bool isCardGone(long rv) {
    return rv == SCARD_W_REMOVED_CARD || rv == SCARD_E_NO_SMARTCARD || rv == SCARD_W_RESET_CARD ||
           rv == SCARD_E_READER_UNAVAILABLE || rv == SCARD_W_UNPOWERED_CARD;
}

CardError toCardError(long rv, const QString& what) {
    const QString detail = what + QStringLiteral(": ") + pcscErrorName(rv);
    if (isServiceLost(rv)) {
        return {CardErrorCode::ServiceUnavailable, detail};
    }
    if (isCardGone(rv)) {
        return {CardErrorCode::CardRemoved, detail};
    }
    switch (rv) {
        case SCARD_E_NO_READERS_AVAILABLE:
        case SCARD_E_UNKNOWN_READER:
            return {CardErrorCode::NoReader, detail};
        case SCARD_E_SHARING_VIOLATION:
            return {CardErrorCode::CardBusy, detail};
        case SCARD_E_CANCELLED:
            return {CardErrorCode::Cancelled, detail};
        case SCARD_W_UNRESPONSIVE_CARD:
        case SCARD_W_UNSUPPORTED_CARD:
            return {CardErrorCode::NotThaiIdCard, detail};
        default:
            return {CardErrorCode::CommunicationError, detail};
    }
}

}  // namespace thaid::card::pcsc
