#pragma once

#include "smartcard/card_transport.h"

#include <QList>

namespace thaid::card {

// Counts what crosses the card link, for --stats and the benchmark.
class CountingTransport : public CardTransport {
public:
    struct Exchange {
        int commandBytes;
        int responseBytes;
    };

    explicit CountingTransport(CardTransport& inner) : m_inner(inner) {}

    QByteArray atr() const override { return m_inner.atr(); }
    Result<QByteArray, CardError> transmit(const QByteArray& command) override;
    Result<QByteArray, CardError> reset() override { return m_inner.reset(); }

    const QList<Exchange>& exchanges() const { return m_exchanges; }
    int exchangeCount() const { return static_cast<int>(m_exchanges.size()); }
    qint64 bytesReceived() const;

private:
    CardTransport& m_inner;
    QList<Exchange> m_exchanges;
};

}  // namespace thaid::card
