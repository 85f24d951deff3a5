#pragma once

#include "smartcard/card_transport.h"
#include "smartcard/thai_id_record.h"

#include <stop_token>

namespace thaid::card {

// Progress callbacks, in the order the card yields the data. They are previews: if read() then
// returns an error, the caller must discard what they delivered.
class ThaiIdReadObserver {
public:
    virtual ~ThaiIdReadObserver() = default;
    virtual void identityRead(const ThaiIdIdentity& /*identity*/) {}
    virtual void addressRead(const ThaiAddress& /*address*/, const QString& /*photoNumber*/) {}
    virtual void photoProgress(int /*bytesRead*/, int /*expectedTotal*/) {}
    // The link failed and the card was reset; previews delivered so far may belong to another
    // card and must be dropped.
    virtual void readRestarted() {}
};

// Reads the Thai ID applet with as few card exchanges as the layout allows: the identity text in
// two maximal READs (the second one already carries the start of the photo), the address block
// in one, then the photo in 255-byte READs that stop at the JPEG end marker. If the link fails
// while a card is still present, it resets the card and reads it once more from the start.
class ThaiIdReader {
public:
    explicit ThaiIdReader(CardTransport& transport);

    Result<ThaiIdRecord, CardError> read(ThaiIdReadObserver* observer = nullptr,
                                         std::stop_token stop = {});

private:
    Result<ThaiIdRecord, CardError> readOnce(ThaiIdReadObserver* observer, std::stop_token stop);

    CardTransport& m_transport;
};

}  // namespace thaid::card
