#pragma once

#include "smartcard/pcsc/pcsc_card_connection.h"
#include "smartcard/pcsc/pcsc_context.h"

#include <chrono>
#include <memory>
#include <optional>

#include <QString>

namespace thaid::card::pcsc {

struct CardPresence {
    QString reader;
    QByteArray atr;
};

// One-shot access for command-line use: wait for pcscd, a reader and a card, then connect.
// The kiosk itself follows readers continuously with PcscReaderMonitor.
class PcscCardAccess {
public:
    // Waits up to `timeout` for a card in `reader` (any reader when empty). While pcscd is
    // unreachable it keeps retrying; if it never comes up the error is ServiceUnavailable.
    Result<CardPresence, CardError> waitForCard(const QString& reader,
                                                std::chrono::milliseconds timeout);
    Result<std::unique_ptr<PcscCardConnection>, CardError> connect(const QString& reader,
                                                                   ConnectOptions options = {});

private:
    std::optional<PcscContext> m_context;
};

}  // namespace thaid::card::pcsc
