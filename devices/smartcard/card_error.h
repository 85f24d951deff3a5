#pragma once

#include <QString>

namespace thaid::card {

// Distinct outcomes of talking to a card; the CLI maps each to an exit code and the workflow to a
// fault screen.
enum class CardErrorCode {
    ServiceUnavailable,  // pcscd not running or restarting
    NoReader,
    NoCard,
    CardBusy,            // sharing violation that persisted through the retries
    CardRemoved,         // removed (or swapped) during the read
    NotThaiIdCard,       // SELECT of the Thai ID applet refused
    UnexpectedStatus,    // the applet answered a status word we do not expect
    CommunicationError,  // the reader failed to exchange an APDU with a card that is present
    Cancelled,
};

struct CardError {
    CardErrorCode code;
    QString detail;  // technical detail for logs and IT; never carries card data
    quint16 statusWord = 0;
};

// Stable identifier used in JSON output and audit records.
QString cardErrorId(CardErrorCode code);

}  // namespace thaid::card
