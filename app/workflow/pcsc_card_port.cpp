#include "workflow/pcsc_card_port.h"

#include "smartcard/pcsc/pcsc_card_access.h"
#include "smartcard/thai_id_reader.h"

#include <algorithm>

namespace thaid::app {

using card::pcsc::PcscReaderMonitor;

namespace {

class Forwarder : public card::ThaiIdReadObserver {
public:
    std::function<void(const card::ThaiIdIdentity&)> onIdentity;
    std::function<void(int, int)> onPhoto;
    std::function<void()> onRestart;
    void identityRead(const card::ThaiIdIdentity& identity) override { onIdentity(identity); }
    void photoProgress(int read, int total) override { onPhoto(read, total); }
    void readRestarted() override { onRestart(); }
};

}  // namespace

PcscCardPort::PcscCardPort(QString preferredReader, QObject* parent)
    : CardPort(parent), m_preferred(std::move(preferredReader)) {
    connect(&m_monitor, &PcscReaderMonitor::serviceStateChanged, this,
            [this](PcscReaderMonitor::ServiceState s) {
                if (s != PcscReaderMonitor::ServiceState::Starting)
                    Q_EMIT serviceAvailable(s == PcscReaderMonitor::ServiceState::Available);
            });
    connect(&m_monitor, &PcscReaderMonitor::cardInserted, this,
            [this](const QString& reader, const QByteArray&) { onInserted(reader); });
    connect(&m_monitor, &PcscReaderMonitor::cardRemoved, this, &PcscCardPort::onRemoved);
    connect(
        &m_monitor, &PcscReaderMonitor::readersChanged, this, [this](const QStringList& readers) {
            const bool any = std::any_of(readers.begin(), readers.end(), [this](const QString& r) {
                return m_preferred.isEmpty() || r.contains(m_preferred);
            });
            Q_EMIT readerAvailable(any);
        });
}

PcscCardPort::~PcscCardPort() {
    ++m_generation;
    m_worker = {};  // requests stop and joins
    m_monitor.stop();
}

void PcscCardPort::start() {
    m_monitor.start();
}

template <typename F>
void PcscCardPort::post(quint64 generation, F f) {
    QMetaObject::invokeMethod(
        this,
        [this, generation, f = std::move(f)]() mutable {
            if (generation == m_generation.load())
                f();
        },
        Qt::QueuedConnection);
}

void PcscCardPort::onInserted(const QString& reader) {
    if (!m_reader.isEmpty() || (!m_preferred.isEmpty() && !reader.contains(m_preferred)))
        return;  // one card at a time, from the configured reader
    m_reader = reader;
    const quint64 generation = ++m_generation;
    Q_EMIT cardInserted();
    m_worker = std::jthread(
        [this, reader, generation](std::stop_token stop) { read(reader, generation, stop); });
}

void PcscCardPort::onRemoved(const QString& reader) {
    if (reader != m_reader)
        return;
    m_reader.clear();
    ++m_generation;
    m_worker.request_stop();
    Q_EMIT cardRemoved();
}

void PcscCardPort::read(const QString& reader, quint64 generation, std::stop_token stop) {
    card::pcsc::PcscCardAccess access;
    auto connection = access.connect(reader);
    if (!connection) {
        post(generation, [this, e = connection.error()] { Q_EMIT readFailed(e); });
        return;
    }
    Forwarder forward;
    forward.onIdentity = [&](const card::ThaiIdIdentity& identity) {
        post(generation, [this, copy = identity]() mutable {
            Q_EMIT identityRead(copy);
            copy.wipe();
        });
    };
    forward.onPhoto = [&](int got, int total) {
        post(generation, [this, got, total] { Q_EMIT photoProgress(got, total); });
    };
    forward.onRestart = [&] { post(generation, [this] { Q_EMIT readRestarted(); }); };
    auto record = card::ThaiIdReader(*connection.value()).read(&forward, stop);
    if (!record) {
        post(generation, [this, e = record.error()] { Q_EMIT readFailed(e); });
        return;
    }
    post(generation, [this, r = std::move(record).value()]() mutable {
        Q_EMIT recordRead(r);
        r.wipe();
    });
}

}  // namespace thaid::app
