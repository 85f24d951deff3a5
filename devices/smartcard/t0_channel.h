#pragma once

#include "smartcard/apdu.h"
#include "smartcard/card_transport.h"

namespace thaid::card {

// ISO 7816-3 T=0 case-4 handling on top of a raw transport: the card answers 61xx and the data
// has to be fetched with GET RESPONSE, or it answers 6Cxx and the command is re-issued with the
// length it names.
class T0Channel {
public:
    T0Channel(CardTransport& transport, quint8 getResponseP2);

    // docs/devices.md: P2 01 for ATRs starting 3B 67, otherwise 00.
    static quint8 getResponseP2ForAtr(const QByteArray& atr);

    // Follows 61xx and 6Cxx until the card gives a final status word.
    Result<ResponseApdu, CardError> exchange(const QByteArray& command);
    // Returns the first answer as is; used for SELECT, whose FCI we never need, to save an
    // exchange.
    Result<ResponseApdu, CardError> exchangeStatusOnly(const QByteArray& command);

private:
    Result<ResponseApdu, CardError> send(const QByteArray& command);

    CardTransport& m_transport;
    quint8 m_getResponseP2;
};

}  // namespace thaid::card
