#pragma once

#include "smartcard/card_error.h"
#include "smartcard/card_transport.h"

#include <memory>

#include <QByteArray>
#include <QObject>
#include <QStringList>

namespace thaid::card {

// Follows a card-reader service, its readers and their cards, and reports changes as Qt
// signals on the thread that owns it. PC/SC (smartcard/pcsc) is one implementation; tests
// script another.
class ReaderMonitor : public QObject {
    Q_OBJECT
public:
    enum class ServiceState { Starting, Available, Unavailable };
    Q_ENUM(ServiceState)

    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void serviceStateChanged(thaid::card::ReaderMonitor::ServiceState state);
    void readersChanged(const QStringList& readers);
    void cardInserted(const QString& reader, const QByteArray& atr);
    void cardRemoved(const QString& reader);
};

// Opens the card in a reader for one read. Called on a worker thread, one read at a time; the
// transport it returns is used on that thread only and released when the read ends.
class CardConnector {
public:
    virtual ~CardConnector() = default;
    virtual Result<std::unique_ptr<CardTransport>, CardError> connect(const QString& reader) = 0;
};

// A backend as the kiosk chooses it at start-up: who watches the readers, and who opens cards.
struct CardReaderBackend {
    std::unique_ptr<ReaderMonitor> monitor;
    std::unique_ptr<CardConnector> connector;
};

}  // namespace thaid::card
