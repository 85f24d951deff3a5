#pragma once

#include "smartcard/card_reader_backend.h"
#include "workflow/card_port.h"

#include <atomic>
#include <thread>

namespace thaid::app {

// CardPort over any card-reader backend (PC/SC in the product, a script in tests): the monitor
// follows the service and the readers; each inserted card is read on a thread of its own with
// ThaiIdReader, its progress delivered as queued signals. A removal stops the read, and
// anything it would still report is dropped.
class ReaderCardPort : public CardPort {
    Q_OBJECT
public:
    ReaderCardPort(card::CardReaderBackend backend, QString preferredReader,
                   QObject* parent = nullptr);
    ~ReaderCardPort() override;

    void start() override;
    bool cardPresent() const override { return !m_reader.isEmpty(); }

private:
    void onInserted(const QString& reader);
    void onRemoved(const QString& reader);
    void read(const QString& reader, quint64 generation, std::stop_token stop);
    template <typename F>
    void post(quint64 generation, F f);

    card::CardReaderBackend m_backend;
    QString m_preferred;
    QString m_reader;  // the reader whose card is being served; empty: none
    std::atomic<quint64> m_generation{0};
    std::jthread m_worker;
};

}  // namespace thaid::app
