#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace thaid::card {

// A date as cards store it: the month or the day may be unknown (00 on the card, 0 here).
struct PartialDate {
    int year = 0;  // Common Era
    int month = 0;
    int day = 0;

    // "yyyy-mm-dd", "yyyy-mm" or "yyyy".
    QString toIso() const;
    static std::optional<PartialDate> fromIso(QStringView iso);
    // Buddhist Era "yyyymmdd" as written on the card.
    QString toBuddhistEra() const;
    bool isComplete() const { return month != 0 && day != 0; }
    // The last day the date can stand for, for comparisons with a partial date.
    QDate latestDay() const;
    bool operator==(const PartialDate&) const = default;
};

constexpr int kBuddhistEraOffset = 543;

// Parses a BE "yyyymmdd". Rejects non-digits, impossible days, and a day without a month.
std::optional<PartialDate> parseBuddhistEraDate(QStringView text);
// The expiry field's marker for a card that never expires.
bool isLifelongExpiry(QStringView text);

}  // namespace thaid::card
