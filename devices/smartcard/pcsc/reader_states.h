#pragma once

// Internal to the PC/SC backend: includes <winscard.h>, so only its .cpp files include this.
#include <vector>

#include <QByteArray>
#include <QStringList>

#include <PCSC/winscard.h>

namespace thaid::card::pcsc {

// The SCARD_READERSTATE array for SCardGetStatusChange over some readers plus pcscd's PnP
// pseudo-reader, which reports readers coming and going.
class ReaderStates {
public:
    explicit ReaderStates(const QStringList& readers);
    ReaderStates(const ReaderStates&) = delete;
    ReaderStates& operator=(const ReaderStates&) = delete;

    LONG wait(SCARDCONTEXT context, DWORD timeoutMs);
    // Makes the states just reported the baseline for the next wait.
    void acknowledge();

    qsizetype size() const { return static_cast<qsizetype>(m_names.size()); }
    DWORD eventState(qsizetype i) const { return m_states[static_cast<size_t>(i)].dwEventState; }
    DWORD currentState(qsizetype i) const {
        return m_states[static_cast<size_t>(i)].dwCurrentState;
    }
    bool cardPresent(qsizetype i) const;
    QByteArray atr(qsizetype i) const;
    // Readers were added or removed since the baseline (never true on the first wait).
    bool readersChanged() const;

private:
    std::vector<QByteArray> m_names;
    std::vector<SCARD_READERSTATE> m_states;
};

}  // namespace thaid::card::pcsc
