#pragma once

#include "common/result.h"
#include "smartcard/card_error.h"

#include <QByteArray>

namespace thaid::card {

// The narrow boundary between the applet logic and whatever carries APDUs: PC/SC in the product,
// a scripted card in unit tests.
class CardTransport {
public:
    virtual ~CardTransport() = default;
    virtual QByteArray atr() const = 0;
    // One command APDU out, one response APDU (data + SW1 SW2) back.
    virtual Result<QByteArray, CardError> transmit(const QByteArray& command) = 0;
    // Power-cycles the card and returns its (possibly different) ATR. Used to recover when the
    // link failed while a card is still present: a flaky contact, or a card swapped so fast that
    // the reader never reported it gone.
    virtual Result<QByteArray, CardError> reset() {
        return CardError{CardErrorCode::CommunicationError, QStringLiteral("reset not supported")};
    }
};

}  // namespace thaid::card
