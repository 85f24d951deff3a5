#pragma once

#include "smartcard/card_transport.h"

#include <chrono>
#include <memory>

#include <QString>

namespace thaid::card::pcsc {

class PcscContext;

struct ConnectOptions {
    // Another process may hold the card exclusively for a moment (a middleware probing new
    // cards, for instance); wait this long for it before reporting the card busy.
    std::chrono::milliseconds sharingRetryFor{3000};
};

// One card in one reader, connected in shared mode inside a PC/SC transaction so that no other
// process interleaves APDUs with ours. Disconnects (leaving the card powered) on destruction.
class PcscCardConnection : public CardTransport {
public:
    static Result<std::unique_ptr<PcscCardConnection>, CardError> connect(
        const PcscContext& context, const QString& reader, ConnectOptions options = {});
    ~PcscCardConnection() override;
    PcscCardConnection(const PcscCardConnection&) = delete;
    PcscCardConnection& operator=(const PcscCardConnection&) = delete;

    QByteArray atr() const override { return m_atr; }
    Result<QByteArray, CardError> transmit(const QByteArray& command) override;
    Result<QByteArray, CardError> reset() override;
    QString reader() const { return m_reader; }

private:
    PcscCardConnection(long context, long handle, unsigned long protocol, QString reader);
    // After a failed transmit: was the card pulled out, or did the link fail?
    CardError classifyFailure(long rv);
    Result<QByteArray, CardError> refreshAtrAndLock();

    long m_context;
    long m_handle;
    unsigned long m_protocol;
    QString m_reader;
    QByteArray m_atr;
    bool m_inTransaction = false;
};

}  // namespace thaid::card::pcsc
