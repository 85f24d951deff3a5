#include "ui/citizen_display.h"

#include <array>

namespace thaid::ui {

QString CitizenDisplay::buddhistEraDate(const card::PartialDate& d) {
    static const std::array<const char*, 12> kMonths = {
        QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"), QT_TR_NOOP("Apr"),
        QT_TR_NOOP("May"), QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"), QT_TR_NOOP("Aug"),
        QT_TR_NOOP("Sep"), QT_TR_NOOP("Oct"), QT_TR_NOOP("Nov"), QT_TR_NOOP("Dec")};
    const int yearBe = d.year + card::kBuddhistEraOffset;
    if (d.month == 0) {
        return tr("%1 BE").arg(yearBe);
    }
    const QString month = tr(kMonths[static_cast<size_t>(d.month - 1)]);
    if (d.day == 0) {
        return tr("%1 %2 BE").arg(month).arg(yearBe);
    }
    return tr("%1 %2 %3 BE").arg(d.day).arg(month).arg(yearBe);
}

std::optional<int> CitizenDisplay::ageOn(const std::optional<card::PartialDate>& birth,
                                         const QDate& today) {
    if (!birth) {
        return std::nullopt;
    }
    const QDate latest = birth->latestDay();
    int age = today.year() - latest.year();
    if (today.month() < latest.month() ||
        (today.month() == latest.month() && today.day() < latest.day())) {
        --age;
    }
    return std::max(age, 0);
}

QString CitizenDisplay::lifelong() {
    return tr("Lifelong");
}

}  // namespace thaid::ui
