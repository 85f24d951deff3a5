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

QString CitizenDisplay::photoNotice(const card::ThaiIdIdentity& card, const QDate& today,
                                    int oldAfterYears) {
    const QString careful =
        tr("Compare with care; if in doubt, ask for another document with a photo.");
    if (card.lifelong) {
        return card.issueDate
                   ? tr("A lifelong card: its photo may be decades old (issued %1).")
                             .arg(buddhistEraDate(*card.issueDate)) +
                         u' ' + careful
                   : tr("A lifelong card: its photo may be decades old.") + u' ' + careful;
    }
    const std::optional<int> years = ageOn(card.issueDate, today);
    if (!years || *years < oldAfterYears)
        return {};
    return tr("The photo is %1 years old (issued %2).")
               .arg(*years)
               .arg(buddhistEraDate(*card.issueDate)) +
           u' ' + careful;
}

QString CitizenDisplay::lifelong() {
    return tr("Lifelong");
}

}  // namespace thaid::ui
