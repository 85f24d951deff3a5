#pragma once

#include "common/result.h"
#include "sim/virtual_card/card_fault.h"
#include "smartcard/thai_id_record.h"

#include <QByteArray>

namespace thaid::card::virtualcard {

// Lays a record out as the card's data file: TIS-620 text padded with spaces, BE dates, the
// JPEG followed by space padding. Fails if a field does not fit or has no TIS-620 encoding.
Result<QByteArray, QString> buildCardImage(const ThaiIdRecord& record, CardFault fault);

}  // namespace thaid::card::virtualcard
