#include "smartcard/pcsc/pcsc_context.h"

#include "smartcard/pcsc/pcsc_error.h"
#include "smartcard/pcsc/reader_states.h"
#include "smartcard/smartcard_logging.h"

#include <vector>

#include <PCSC/winscard.h>

namespace thaid::card::pcsc {

Result<PcscContext, CardError> PcscContext::establish() {
    SCARDCONTEXT ctx = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
    if (rv != SCARD_S_SUCCESS) {
        CardError e = toCardError(rv, QStringLiteral("SCardEstablishContext"));
        // Establishing a context fails only when the daemon cannot be reached.
        e.code = CardErrorCode::ServiceUnavailable;
        return e;
    }
    PcscContext c(ctx);
    c.m_valid = true;
    return c;
}

PcscContext::PcscContext(PcscContext&& o) noexcept : m_handle(o.m_handle), m_valid(o.m_valid) {
    o.m_valid = false;
}

PcscContext& PcscContext::operator=(PcscContext&& o) noexcept {
    if (this != &o) {
        if (m_valid) {
            SCardReleaseContext(m_handle);
        }
        m_handle = o.m_handle;
        m_valid = o.m_valid;
        o.m_valid = false;
    }
    return *this;
}

PcscContext::~PcscContext() {
    if (m_valid) {
        SCardReleaseContext(m_handle);
    }
}

Result<QStringList, CardError> PcscContext::listReaders() const {
    DWORD len = 0;
    LONG rv = SCardListReaders(m_handle, nullptr, nullptr, &len);
    if (rv == SCARD_E_NO_READERS_AVAILABLE) {
        return QStringList{};
    }
    if (rv != SCARD_S_SUCCESS) {
        return toCardError(rv, QStringLiteral("SCardListReaders"));
    }
    std::vector<char> buf(len);
    rv = SCardListReaders(m_handle, nullptr, buf.data(), &len);
    if (rv == SCARD_E_NO_READERS_AVAILABLE) {
        return QStringList{};
    }
    if (rv != SCARD_S_SUCCESS) {
        return toCardError(rv, QStringLiteral("SCardListReaders"));
    }
    QStringList readers;
    for (const char* p = buf.data(); p < buf.data() + len && *p; p += strlen(p) + 1) {
        readers << QString::fromUtf8(p);
    }
    return readers;
}

Result<QList<ReaderSnapshot>, CardError> PcscContext::snapshot() const {
    auto readers = listReaders();
    if (!readers)
        return readers.error();
    QList<ReaderSnapshot> out;
    if (readers.value().isEmpty())
        return out;
    ReaderStates states(readers.value());
    const LONG rv = states.wait(m_handle, 0);
    if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
        return toCardError(rv, QStringLiteral("SCardGetStatusChange"));
    for (qsizetype i = 0; i < readers.value().size(); ++i) {
        const bool present = states.cardPresent(i);
        out << ReaderSnapshot{readers.value().at(i), present,
                              present ? states.atr(i) : QByteArray()};
    }
    return out;
}

void PcscContext::cancel() const {
    if (m_valid) {
        SCardCancel(m_handle);
    }
}

}  // namespace thaid::card::pcsc
