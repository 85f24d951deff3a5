#pragma once

#include "smartcard/thai_id_record.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace thaid::app {

// The record as `read-card --json` prints it (documented in the README).
QJsonObject cardRecordToJson(const card::ThaiIdRecord& record, const QStringList& warnings);
// Data issues plus "card_expired" when the card is past its expiry on `today`.
QStringList cardWarnings(const card::ThaiIdRecord& record, const QDate& today);

}  // namespace thaid::app
