#include "smartcard/pcsc/pcsc_card_access.h"

#include "common/devices_logging.h"
#include "smartcard/pcsc/pcsc_error.h"

#include <thread>
#include <vector>

#include <PCSC/winscard.h>

namespace thaid::card::pcsc {

namespace {

using Clock = std::chrono::steady_clock;

DWORD remainingMs(Clock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return left.count() > 0 ? static_cast<DWORD>(left.count()) : 0;
}

const char kPnpReader[] = "\\\\?PnP?\\Notification";

}  // namespace

Result<CardPresence, CardError> PcscCardAccess::waitForCard(const QString& reader,
                                                            std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    bool sawReader = false;
    CardError lastServiceError{CardErrorCode::ServiceUnavailable,
                               QStringLiteral("pcscd not reached")};
    while (true) {
        if (!m_context) {
            auto ctx = PcscContext::establish();
            if (!ctx) {
                lastServiceError = ctx.error();
                if (remainingMs(deadline) == 0) {
                    return lastServiceError;
                }
                std::this_thread::sleep_for(
                    std::chrono::milliseconds(std::min<DWORD>(200, remainingMs(deadline))));
                continue;
            }
            m_context.emplace(std::move(ctx.value()));
        }
        auto readers = m_context->listReaders();
        if (!readers) {
            if (readers.error().code == CardErrorCode::ServiceUnavailable) {
                m_context.reset();
                continue;
            }
            return readers.error();
        }
        QStringList candidates;
        for (const QString& r : readers.value()) {
            if (reader.isEmpty() || r == reader) {
                candidates << r;
            }
        }
        sawReader = sawReader || !candidates.isEmpty();

        std::vector<QByteArray> names;
        for (const QString& r : candidates) {
            names.push_back(r.toUtf8());
        }
        std::vector<SCARD_READERSTATE> states(names.size() + 1);
        for (size_t i = 0; i < names.size(); ++i) {
            states[i].szReader = names[i].constData();
            states[i].dwCurrentState = SCARD_STATE_UNAWARE;
        }
        states.back().szReader = kPnpReader;
        states.back().dwCurrentState = SCARD_STATE_UNAWARE;

        LONG rv = SCardGetStatusChange(m_context->handle(), 0, states.data(),
                                       static_cast<DWORD>(states.size()));
        bool readersChanged = false;
        while (rv == SCARD_S_SUCCESS || rv == SCARD_E_TIMEOUT) {
            for (size_t i = 0; i < names.size(); ++i) {
                const DWORD s = states[i].dwEventState;
                if ((s & SCARD_STATE_PRESENT) && !(s & SCARD_STATE_MUTE)) {
                    return CardPresence{candidates[static_cast<qsizetype>(i)],
                                        QByteArray(reinterpret_cast<const char*>(states[i].rgbAtr),
                                                   static_cast<qsizetype>(states[i].cbAtr))};
                }
            }
            if (states.back().dwEventState & SCARD_STATE_CHANGED && rv == SCARD_S_SUCCESS &&
                states.back().dwCurrentState != SCARD_STATE_UNAWARE) {
                readersChanged = true;
                break;
            }
            if (remainingMs(deadline) == 0) {
                break;
            }
            for (auto& s : states) {
                s.dwCurrentState = s.dwEventState & ~SCARD_STATE_CHANGED;
            }
            rv = SCardGetStatusChange(m_context->handle(), remainingMs(deadline), states.data(),
                                      static_cast<DWORD>(states.size()));
        }
        if (readersChanged) {
            continue;
        }
        if (isServiceLost(rv)) {
            m_context.reset();
            continue;
        }
        if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT && rv != SCARD_E_UNKNOWN_READER) {
            return toCardError(rv, QStringLiteral("SCardGetStatusChange"));
        }
        if (rv == SCARD_E_UNKNOWN_READER && remainingMs(deadline) > 0) {
            continue;  // a reader went away between listing and waiting
        }
        if (remainingMs(deadline) == 0) {
            if (!sawReader) {
                return CardError{CardErrorCode::NoReader, QStringLiteral("no matching reader")};
            }
            return CardError{CardErrorCode::NoCard, QStringLiteral("no card inserted")};
        }
    }
}

Result<std::unique_ptr<PcscCardConnection>, CardError> PcscCardAccess::connect(
    const QString& reader, ConnectOptions options) {
    if (!m_context) {
        auto ctx = PcscContext::establish();
        if (!ctx) {
            return ctx.error();
        }
        m_context.emplace(std::move(ctx.value()));
    }
    return PcscCardConnection::connect(*m_context, reader, options);
}

}  // namespace thaid::card::pcsc
