#pragma once

#include "common/result.h"
#include "smartcard/thai_id_record.h"

#include <QString>

namespace thaid::card::virtualcard {

// A synthetic citizen as JSON, in the same shape `thaid-kioskctl read-card --json` prints, plus
// "photo" (a JPEG path relative to the profile) and optional "card_version" (8 hex digits).
// The data is held as a ThaiIdRecord so that a read-back compares field by field.
Result<ThaiIdRecord, QString> loadCardProfile(const QString& path);

}  // namespace thaid::card::virtualcard
