#pragma once

#include "smartcard/card_reader_backend.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <QByteArray>
#include <QStringList>

namespace thaid::card::pcsc {

class PcscContext;

// Follows pcscd, its readers and their cards on a thread of its own, and reports changes as
// queued Qt signals. When pcscd stops, restarts or is not running yet, it keeps re-establishing
// its context with backoff and reports the service state, so the kiosk recovers by itself.
class PcscReaderMonitor : public ReaderMonitor {
    Q_OBJECT
public:
    explicit PcscReaderMonitor(QObject* parent = nullptr);
    ~PcscReaderMonitor() override;

    void start() override;
    void stop() override;

private:
    void run(std::stop_token stop);
    // Returns when the service is lost or a stop is requested.
    void watch(PcscContext& context, std::stop_token stop);
    void setServiceState(ServiceState state);
    void sleepFor(std::chrono::milliseconds d, std::stop_token stop);

    std::jthread m_thread;
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    const PcscContext* m_activeContext = nullptr;  // guarded by m_mutex, for stop()
    ServiceState m_serviceState = ServiceState::Starting;
    QStringList m_readers;
    QStringList m_readersWithCard;
};

}  // namespace thaid::card::pcsc
