#pragma once

#include "common/result.h"
#include "smartcard/card_error.h"

#include <memory>

#include <QStringList>

namespace thaid::card::pcsc {

struct ReaderSnapshot {
    QString name;
    bool cardPresent = false;
    QByteArray atr;  // empty without a card
};

// Owns one SCARDCONTEXT. Movable, released on destruction.
class PcscContext {
public:
    static Result<PcscContext, CardError> establish();

    PcscContext(PcscContext&&) noexcept;
    PcscContext& operator=(PcscContext&&) noexcept;
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;
    ~PcscContext();

    long handle() const { return m_handle; }
    // An empty list, not an error, when pcscd runs but has no reader.
    Result<QStringList, CardError> listReaders() const;
    // Every reader as it is now, with the ATR of the card in it (diagnostics).
    Result<QList<ReaderSnapshot>, CardError> snapshot() const;
    // Safe from any thread: wakes a blocking SCardGetStatusChange on this context.
    void cancel() const;

private:
    explicit PcscContext(long handle) : m_handle(handle) {}
    long m_handle = 0;
    bool m_valid = false;
};

}  // namespace thaid::card::pcsc
