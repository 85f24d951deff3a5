#pragma once

#include "smartcard/card_error.h"
#include "smartcard/thai_id_record.h"

#include <QObject>

namespace thaid::app {

// The card reader as the workflow sees it: cards come and go, and each inserted card is read
// once, text first. Implemented over PC/SC; tests script it.
class CardPort : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual bool cardPresent() const = 0;

Q_SIGNALS:
    void serviceAvailable(bool available);
    void readerAvailable(bool available);  // a (configured) reader is connected
    void cardInserted();
    void cardRemoved();
    void identityRead(const thaid::card::ThaiIdIdentity& identity);
    void photoProgress(int bytesRead, int expectedTotal);
    // The link failed and the card was reset; it is read again from the start, and what was
    // previewed so far may belong to another card.
    void readRestarted();
    void recordRead(const thaid::card::ThaiIdRecord& record);
    void readFailed(const thaid::card::CardError& error);
};

}  // namespace thaid::app
