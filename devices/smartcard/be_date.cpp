#include "smartcard/be_date.h"

namespace thaid::card {

namespace {
// Plausible range for a Thai ID card: BE 2400 (1857) to BE 2800 (2257).
constexpr int kMinYearBe = 2400;
constexpr int kMaxYearBe = 2800;

bool allDigits(QStringView s) {
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

bool isValid(const PartialDate& d) {
    if (d.month < 0 || d.month > 12 || d.day < 0 || d.day > 31) {
        return false;
    }
    if (d.month == 0) {
        return d.day == 0;
    }
    if (d.day == 0) {
        return true;
    }
    return QDate::isValid(d.year, d.month, d.day);
}
}  // namespace

QString PartialDate::toIso() const {
    QString s = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (month != 0) {
        s += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        if (day != 0) {
            s += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
        }
    }
    return s;
}

std::optional<PartialDate> PartialDate::fromIso(QStringView iso) {
    const auto parts = iso.split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 3 || parts[0].size() != 4) {
        return std::nullopt;
    }
    PartialDate d;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!allDigits(parts[i]) || (i > 0 && parts[i].size() != 2)) {
            return std::nullopt;
        }
    }
    d.year = parts[0].toInt();
    d.month = parts.size() > 1 ? parts[1].toInt() : 0;
    d.day = parts.size() > 2 ? parts[2].toInt() : 0;
    if (!isValid(d)) {
        return std::nullopt;
    }
    return d;
}

QString PartialDate::toBuddhistEra() const {
    return QStringLiteral("%1%2%3")
        .arg(year + kBuddhistEraOffset, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

QDate PartialDate::latestDay() const {
    if (month == 0) {
        return QDate(year, 12, 31);
    }
    if (day == 0) {
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    }
    return QDate(year, month, day);
}

std::optional<PartialDate> parseBuddhistEraDate(QStringView text) {
    if (text.size() != 8 || !allDigits(text)) {
        return std::nullopt;
    }
    const int yearBe = text.first(4).toInt();
    if (yearBe < kMinYearBe || yearBe > kMaxYearBe) {
        return std::nullopt;
    }
    PartialDate d{yearBe - kBuddhistEraOffset, text.mid(4, 2).toInt(), text.mid(6, 2).toInt()};
    if (!isValid(d)) {
        return std::nullopt;
    }
    return d;
}

bool isLifelongExpiry(QStringView text) {
    return text == QLatin1String("99999999");
}

}  // namespace thaid::card
