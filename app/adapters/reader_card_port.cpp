#include "adapters/reader_card_port.h"

#include "smartcard/thai_id_reader.h"

#include <algorithm>

namespace thaid::app {

using card::ReaderMonitor;

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

ReaderCardPort::ReaderCardPort(card::CardReaderBackend backend, QString preferredReader,
                               QObject* parent)
    : CardPort(parent), m_backend(std::move(backend)), m_preferred(std::move(preferredReader)) {
    ReaderMonitor* monitor = m_backend.monitor.get();
    connect(monitor, &ReaderMonitor::serviceStateChanged, this,
            [this](ReaderMonitor::ServiceState s) {
                if (s != ReaderMonitor::ServiceState::Starting)
                    Q_EMIT serviceAvailable(s == ReaderMonitor::ServiceState::Available);
            });
    connect(monitor, &ReaderMonitor::cardInserted, this,
            [this](const QString& reader, const QByteArray&) { onInserted(reader); });
    connect(monitor, &ReaderMonitor::cardRemoved, this, &ReaderCardPort::onRemoved);
    connect(monitor, &ReaderMonitor::readersChanged, this, [this](const QStringList& readers) {
        const bool any = std::any_of(readers.begin(), readers.end(), [this](const QString& r) {
            return m_preferred.isEmpty() || r.contains(m_preferred);
        });
        Q_EMIT readerAvailable(any);
    });
}

ReaderCardPort::~ReaderCardPort() {
    ++m_generation;
    m_worker = {};  // requests stop and joins
    m_backend.monitor->stop();
}

void ReaderCardPort::start() {
    m_backend.monitor->start();
}

template <typename F>
void ReaderCardPort::post(quint64 generation, F f) {
    QMetaObject::invokeMethod(
        this,
        [this, generation, f = std::move(f)]() mutable {
            if (generation == m_generation.load())
                f();
        },
        Qt::QueuedConnection);
}

void ReaderCardPort::onInserted(const QString& reader) {
    if (!m_reader.isEmpty() || (!m_preferred.isEmpty() && !reader.contains(m_preferred)))
        return;  // one card at a time, from the configured reader
    m_reader = reader;
    const quint64 generation = ++m_generation;
    Q_EMIT cardInserted();
    m_worker = std::jthread(
        [this, reader, generation](std::stop_token stop) { read(reader, generation, stop); });
}

void ReaderCardPort::onRemoved(const QString& reader) {
    if (reader != m_reader)
        return;
    m_reader.clear();
    ++m_generation;
    m_worker.request_stop();
    Q_EMIT cardRemoved();
}

void ReaderCardPort::read(const QString& reader, quint64 generation, std::stop_token stop) {
    auto connection = m_backend.connector->connect(reader);
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
