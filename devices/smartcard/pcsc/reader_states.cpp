#include "smartcard/pcsc/reader_states.h"

namespace thaid::card::pcsc {

namespace {
const char kPnpReader[] = "\\\\?PnP?\\Notification";
}

ReaderStates::ReaderStates(const QStringList& readers) {
    for (const QString& r : readers) {
        m_names.push_back(r.toUtf8());
    }
    m_states.resize(m_names.size() + 1);
    for (size_t i = 0; i < m_names.size(); ++i) {
        m_states[i].szReader = m_names[i].constData();
        m_states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    m_states.back().szReader = kPnpReader;
    m_states.back().dwCurrentState = SCARD_STATE_UNAWARE;
}

LONG ReaderStates::wait(SCARDCONTEXT context, DWORD timeoutMs) {
    return SCardGetStatusChange(context, timeoutMs, m_states.data(),
                                static_cast<DWORD>(m_states.size()));
}

void ReaderStates::acknowledge() {
    for (SCARD_READERSTATE& s : m_states) {
        s.dwCurrentState = s.dwEventState & ~SCARD_STATE_CHANGED;
    }
}

bool ReaderStates::cardPresent(qsizetype i) const {
    const DWORD s = eventState(i);
    return (s & SCARD_STATE_PRESENT) && !(s & SCARD_STATE_MUTE);
}

QByteArray ReaderStates::atr(qsizetype i) const {
    const SCARD_READERSTATE& s = m_states[static_cast<size_t>(i)];
    return QByteArray(reinterpret_cast<const char*>(s.rgbAtr), static_cast<qsizetype>(s.cbAtr));
}

bool ReaderStates::readersChanged() const {
    const SCARD_READERSTATE& pnp = m_states.back();
    return pnp.dwCurrentState != SCARD_STATE_UNAWARE && (pnp.dwEventState & SCARD_STATE_CHANGED);
}

}  // namespace thaid::card::pcsc
