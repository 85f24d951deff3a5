#pragma once

#include "smartcard/card_reader_backend.h"

namespace thaid::card::pcsc {

// Opens a card through pcscd (shared mode, inside a transaction); each connect() uses a
// context of its own, so reads on worker threads never share PC/SC handles.
class PcscCardConnector : public CardConnector {
public:
    Result<std::unique_ptr<CardTransport>, CardError> connect(const QString& reader) override;
};

// The PC/SC backend: PcscReaderMonitor and PcscCardConnector.
CardReaderBackend makePcscBackend();

}  // namespace thaid::card::pcsc
