#include "smartcard/t0_channel.h"

#include "smartcard/smartcard_logging.h"

namespace thaid::card {

namespace {
// A card that keeps asking for more, or keeps correcting Le, is broken or hostile; bound the loop.
constexpr int kMaxChainedExchanges = 8;
}  // namespace

T0Channel::T0Channel(CardTransport& transport, quint8 getResponseP2)
    : m_transport(transport), m_getResponseP2(getResponseP2) {}

quint8 T0Channel::getResponseP2ForAtr(const QByteArray& atr) {
    return atr.startsWith(QByteArray::fromHex("3B67")) ? 0x01 : 0x00;
}

Result<ResponseApdu, CardError> T0Channel::send(const QByteArray& command) {
    auto raw = m_transport.transmit(command);
    if (!raw) {
        return raw.error();
    }
    if (raw.value().size() < 2) {
        return CardError{CardErrorCode::CommunicationError,
                         QStringLiteral("response shorter than a status word")};
    }
    return ResponseApdu::fromRaw(raw.value());
}

Result<ResponseApdu, CardError> T0Channel::exchangeStatusOnly(const QByteArray& command) {
    return send(command);
}

Result<ResponseApdu, CardError> T0Channel::exchange(const QByteArray& command) {
    QByteArray pending = command;
    QByteArray collected;
    for (int step = 0; step < kMaxChainedExchanges; ++step) {
        auto r = send(pending);
        if (!r) {
            return r.error();
        }
        ResponseApdu& resp = r.value();
        collected.append(resp.data);
        if (resp.sw1() == apdu::kSw1MoreData) {
            pending = apdu::getResponse(m_getResponseP2, resp.sw2());
            continue;
        }
        if (resp.sw1() == apdu::kSw1WrongLe) {
            // Re-issue the same command with the length the card asked for; the last byte is Le
            // for GET RESPONSE and the length field for the Thai READ alike.
            pending[pending.size() - 1] = static_cast<char>(resp.sw2());
            qCDebug(lcSmartcard) << "card asked for Le" << resp.sw2();
            continue;
        }
        return ResponseApdu{collected, resp.sw};
    }
    return CardError{CardErrorCode::UnexpectedStatus,
                     QStringLiteral("card kept chaining 61xx/6Cxx answers")};
}

}  // namespace thaid::card
