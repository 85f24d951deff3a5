#pragma once

#include "registry_api/registry_types.h"
#include "smartcard/be_date.h"
#include "smartcard/thai_id_record.h"

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace thaid::ui {

// How the officer reads card dates: Buddhist Era, as printed on the card, in the UI language.
class CitizenDisplay {
    Q_DECLARE_TR_FUNCTIONS(CitizenDisplay)
public:
    // "15 เม.ย. 2523" / "15 Apr 2523 BE"; partial dates drop the unknown parts.
    static QString buddhistEraDate(const card::PartialDate& date);
    // The expiry of a card that never expires (citizens over 70).
    static QString lifelong();
    // Whole years on `today`; an unknown day or month counts as the latest it can be, so the age
    // is never overstated. Empty when there is no birth date.
    static std::optional<int> ageOn(const std::optional<card::PartialDate>& birth,
                                    const QDate& today);
    // What the officer should know about the card photo's age, or empty: the photo is as old as
    // the card, so a card issued `oldAfterYears` or more years ago, or a lifelong card (whose
    // photo may be decades old), asks for a more careful comparison. It claims no face matching.
    static QString photoNotice(const card::ThaiIdIdentity& card, const QDate& today,
                               int oldAfterYears);
    // The officer's day on the waiting screen.
    static QString dayCounts(int completed, int referred, int cancelled);
    // A supervisor exception's reason (the registry API's id) in words.
    static QString exceptionReason(const QString& id);
    // One line for the review: "No ThaiD yet", or a phone to replace after the face.
    static QString phoneStatus(bool bound);
    // "Right index finger" or "Left index finger".
    static QString indexFinger(bool left);
    // The citizen's phone already bound, for the officer: when and where, and what the
    // registry wants them to know.
    static QString existingPhone(const app::ExistingBinding& binding, bool thai);
    // The same in plain words for the citizen's screen: the old phone stops working.
    static QString replacingPhoneForCitizen(bool confirmed);
    // What a ThaiD check's assurance level means, for the officer.
    static QString assurance(const QString& ial);
    static QString dateWithAge(const QString& date, int years);
    static QString cardDates(const QString& issued, const QString& expires);
};

}  // namespace thaid::ui
