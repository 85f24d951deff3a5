#include "ui/citizen_display.h"

#include "protocol/exception_reason.h"

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

QString CitizenDisplay::dayCounts(int completed, int referred, int cancelled) {
    return tr("Today: %1 completed · %2 referred · %3 cancelled")
        .arg(completed)
        .arg(referred)
        .arg(cancelled);
}

QString CitizenDisplay::exceptionReason(const QString& id) {
    const auto reason = protocol::exceptionReasonFromName(id);
    if (!reason)
        return id;
    switch (*reason) {
        case protocol::ExceptionReason::FingersWorn:
            return tr("Both index fingers are worn and do not read");
        case protocol::ExceptionReason::FingersMissing:
            return tr("The citizen has no index finger to scan");
        case protocol::ExceptionReason::FingersInjured:
            return tr("The index fingers are injured or bandaged");
        case protocol::ExceptionReason::ScannerCannotRead:
            return tr("The scanner cannot read the citizen's skin");
    }
    return id;
}

QString CitizenDisplay::phoneStatus(bool bound) {
    return bound ? tr("ThaiD is already on a phone: after the face, F8 if it is being replaced.")
                 : tr("No ThaiD yet: this will be the citizen's first phone.");
}

QString CitizenDisplay::indexFinger(bool left) {
    return left ? tr("Left index finger") : tr("Right index finger");
}

QString CitizenDisplay::existingPhone(const app::ExistingBinding& b, bool thai) {
    const QDate day = b.boundAt.toLocalTime().date();
    const QString date = buddhistEraDate({day.year(), day.month(), day.day()});
    const QString office = thai ? b.officeTh : b.officeEn;
    QStringList lines{
        office.isEmpty()
            ? tr("Bound on %1 at station %2.").arg(date).arg(b.stationId)
            : tr("Bound on %1 at %2 (station %3).").arg(date, office).arg(b.stationId)};
    for (const QString& notice : b.notices) {
        if (notice == QLatin1String("bound_recently_elsewhere"))
            lines << tr(
                "Bound at another office within the last 7 days: ask why before "
                "replacing it.");
        else if (notice == QLatin1String("bound_recently_here"))
            lines << tr("Bound at this office within the last 7 days.");
        else if (notice == QLatin1String("bound_by_exception"))
            lines << tr("Bound with a supervisor's exception, not a fingerprint.");
    }
    return lines.join(u'\n');
}

QString CitizenDisplay::replacingPhoneForCitizen(bool confirmed) {
    return confirmed ? tr("You are replacing your phone. When you finish on the new phone, ThaiD "
                          "on your old phone stops working.")
                     : tr("You already have ThaiD on a phone. If you register a new phone now, "
                          "ThaiD on the old phone stops working.");
}

QString CitizenDisplay::assurance(const QString& ial) {
    if (ial == QLatin1String("high"))
        return tr("high (the registry matched a finger when the phone was registered)");
    if (ial == QLatin1String("substantial"))
        return tr("substantial (registered with a supervisor's exception, no finger)");
    return tr("not given");
}

QString CitizenDisplay::dateWithAge(const QString& date, int years) {
    return tr("%1 (age %2)").arg(date).arg(years);
}

QString CitizenDisplay::cardDates(const QString& issued, const QString& expires) {
    return tr("issued %1, expires %2").arg(issued, expires);
}

}  // namespace thaid::ui
