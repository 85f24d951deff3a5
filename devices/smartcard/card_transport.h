#pragma once

#include <QByteArray>

#include "common/result.h"
#include "smartcard/card_error.h"

namespace thaid::card {

// The narrow boundary between the applet logic and whatever carries APDUs: PC/SC in the product,
// a scripted card in unit tests.
class CardTransport {
public:
    virtual ~CardTransport() = default;
    virtual QByteArray atr() const = 0;
    // One command APDU out, one response APDU (data + SW1 SW2) back.
    virtual Result<QByteArray, CardError> transmit(const QByteArray& command) = 0;
};

}  // namespace thaid::card
