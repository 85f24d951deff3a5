#include "smartcard/pcsc/pcsc_card_access.h"

#include "smartcard/pcsc/pcsc_error.h"
#include "smartcard/pcsc/reader_states.h"
#include "smartcard/smartcard_logging.h"

#include <thread>

#include <PCSC/winscard.h>

namespace thaid::card::pcsc {

namespace {

using Clock = std::chrono::steady_clock;

DWORD remainingMs(Clock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return left.count() > 0 ? static_cast<DWORD>(left.count()) : 0;
}

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

        ReaderStates states(candidates);
        LONG rv = states.wait(m_context->handle(), 0);
        bool readersChanged = false;
        while (rv == SCARD_S_SUCCESS || rv == SCARD_E_TIMEOUT) {
            for (qsizetype i = 0; i < states.size(); ++i) {
                if (states.cardPresent(i)) {
                    return CardPresence{candidates[i], states.atr(i)};
                }
            }
            if (rv == SCARD_S_SUCCESS && states.readersChanged()) {
                readersChanged = true;
                break;
            }
            if (remainingMs(deadline) == 0) {
                break;
            }
            states.acknowledge();
            rv = states.wait(m_context->handle(), remainingMs(deadline));
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
