#include "smartcard/pcsc/pcsc_reader_monitor.h"

#include "smartcard/pcsc/pcsc_context.h"
#include "smartcard/pcsc/pcsc_error.h"
#include "smartcard/pcsc/reader_states.h"
#include "smartcard/smartcard_logging.h"

#include <PCSC/winscard.h>

namespace thaid::card::pcsc {

namespace {
constexpr auto kInitialBackoff = std::chrono::milliseconds(100);
constexpr auto kMaxBackoff = std::chrono::milliseconds(2000);
// A bounded wait, so a daemon that vanished without closing our socket is still noticed.
constexpr DWORD kWaitSliceMs = 2000;
}  // namespace

PcscReaderMonitor::PcscReaderMonitor(QObject* parent) : ReaderMonitor(parent) {}

PcscReaderMonitor::~PcscReaderMonitor() {
    stop();
}

void PcscReaderMonitor::start() {
    if (m_thread.joinable()) {
        return;
    }
    m_thread = std::jthread([this](std::stop_token st) { run(st); });
}

void PcscReaderMonitor::stop() {
    if (!m_thread.joinable()) {
        return;
    }
    m_thread.request_stop();
    {
        std::lock_guard lock(m_mutex);
        if (m_activeContext) {
            m_activeContext->cancel();
        }
    }
    m_wake.notify_all();
    m_thread.join();
}

void PcscReaderMonitor::setServiceState(ServiceState state) {
    if (state == m_serviceState) {
        return;
    }
    m_serviceState = state;
    qCInfo(lcSmartcard) << "PC/SC service" << state;
    Q_EMIT serviceStateChanged(state);
}

void PcscReaderMonitor::sleepFor(std::chrono::milliseconds d, std::stop_token stop) {
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, stop, d, [] { return false; });
}

void PcscReaderMonitor::run(std::stop_token stop) {
    auto backoff = kInitialBackoff;
    while (!stop.stop_requested()) {
        auto ctx = PcscContext::establish();
        if (!ctx) {
            setServiceState(ServiceState::Unavailable);
            // Cards and readers we reported are gone with the daemon.
            for (const QString& r : std::exchange(m_readersWithCard, {})) {
                Q_EMIT cardRemoved(r);
            }
            if (!m_readers.isEmpty()) {
                m_readers.clear();
                Q_EMIT readersChanged(m_readers);
            }
            sleepFor(backoff, stop);
            backoff = std::min(backoff * 2, kMaxBackoff);
            continue;
        }
        backoff = kInitialBackoff;
        {
            std::lock_guard lock(m_mutex);
            m_activeContext = &ctx.value();
        }
        setServiceState(ServiceState::Available);
        watch(ctx.value(), stop);
        {
            std::lock_guard lock(m_mutex);
            m_activeContext = nullptr;
        }
        if (!stop.stop_requested()) {
            setServiceState(ServiceState::Unavailable);
        }
    }
}

void PcscReaderMonitor::watch(PcscContext& context, std::stop_token stop) {
    while (!stop.stop_requested()) {
        auto listed = context.listReaders();
        if (!listed) {
            if (listed.error().code == CardErrorCode::ServiceUnavailable) {
                return;
            }
            sleepFor(kInitialBackoff, stop);
            continue;
        }
        const QStringList readers = listed.value();
        for (const QString& r : QStringList(m_readersWithCard)) {
            if (!readers.contains(r)) {
                m_readersWithCard.removeAll(r);
                Q_EMIT cardRemoved(r);
            }
        }
        if (readers != m_readers) {
            m_readers = readers;
            Q_EMIT readersChanged(m_readers);
        }

        ReaderStates states(readers);
        DWORD timeout = 0;  // first pass: learn the current state at once
        bool relist = false;
        while (!stop.stop_requested() && !relist) {
            const LONG rv = states.wait(context.handle(), timeout);
            if (rv == SCARD_E_TIMEOUT) {
                continue;
            }
            if (rv == SCARD_E_CANCELLED) {
                return;
            }
            if (isServiceLost(rv)) {
                qCWarning(lcSmartcard) << "PC/SC service lost:" << pcscErrorName(rv);
                return;
            }
            if (rv != SCARD_S_SUCCESS) {
                // Typically SCARD_E_UNKNOWN_READER: a reader left between list and wait.
                relist = true;
                break;
            }
            for (qsizetype i = 0; i < states.size(); ++i) {
                const DWORD s = states.eventState(i);
                const QString& name = readers[i];
                const bool present = states.cardPresent(i);
                const bool known = m_readersWithCard.contains(name);
                // A changed event count while present means the card was swapped between polls.
                const bool swapped = present && known && timeout != 0 &&
                                     (s & SCARD_STATE_CHANGED) &&
                                     ((s >> 16) != (states.currentState(i) >> 16));
                if ((!present && known) || swapped) {
                    m_readersWithCard.removeAll(name);
                    Q_EMIT cardRemoved(name);
                }
                if (present && (!known || swapped)) {
                    m_readersWithCard << name;
                    Q_EMIT cardInserted(name, states.atr(i));
                }
                if (s & SCARD_STATE_UNAVAILABLE) {
                    relist = true;
                }
            }
            if (states.readersChanged()) {
                relist = true;
            }
            states.acknowledge();
            timeout = kWaitSliceMs;
        }
    }
}

}  // namespace thaid::card::pcsc
