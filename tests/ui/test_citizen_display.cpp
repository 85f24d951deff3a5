#include "ui/citizen_display.h"

#include <gtest/gtest.h>

using thaid::card::PartialDate;
using thaid::card::ThaiIdIdentity;
using thaid::ui::CitizenDisplay;

TEST(CitizenDisplay, BuddhistEraDates) {
    EXPECT_EQ(CitizenDisplay::buddhistEraDate({1985, 4, 15}), QStringLiteral("15 Apr 2528 BE"));
    EXPECT_EQ(CitizenDisplay::buddhistEraDate({1979, 7, 0}), QStringLiteral("Jul 2522 BE"));
    EXPECT_EQ(CitizenDisplay::buddhistEraDate({1948, 0, 0}), QStringLiteral("2491 BE"));
}

TEST(CitizenDisplay, AgeNeverOverstated) {
    EXPECT_EQ(CitizenDisplay::ageOn(PartialDate{1985, 4, 15}, QDate(2026, 4, 14)), 40);
    EXPECT_EQ(CitizenDisplay::ageOn(PartialDate{1985, 4, 15}, QDate(2026, 4, 15)), 41);
    EXPECT_EQ(CitizenDisplay::ageOn(PartialDate{1948, 0, 0}, QDate(2026, 6, 1)), 77);
    EXPECT_EQ(CitizenDisplay::ageOn(PartialDate{1979, 7, 0}, QDate(2026, 7, 30)), 46);
    EXPECT_FALSE(CitizenDisplay::ageOn(std::nullopt, QDate(2026, 1, 1)));
}

// The photo is as old as the card: flagged from `oldAfterYears` after the issue date (never
// early for a partial date), and always on a lifelong card; nothing without an issue date.
TEST(CitizenDisplay, AnOldOrLifelongCardPhotoIsFlagged) {
    ThaiIdIdentity card;
    card.issueDate = PartialDate{2016, 12, 7};
    const QDate today(2026, 12, 6);
    EXPECT_TRUE(CitizenDisplay::photoNotice(card, today, 10).isEmpty());
    EXPECT_EQ(CitizenDisplay::photoNotice(card, today.addDays(1), 10),
              QStringLiteral("The photo is 10 years old (issued 7 Dec 2559 BE). Compare with "
                             "care; if in doubt, ask for another document with a photo."));
    EXPECT_TRUE(CitizenDisplay::photoNotice(card, today, 11).isEmpty());
    card.issueDate = PartialDate{2016, 0, 0};  // year only: counted from its last day
    EXPECT_TRUE(CitizenDisplay::photoNotice(card, QDate(2026, 12, 30), 10).isEmpty());
    EXPECT_FALSE(CitizenDisplay::photoNotice(card, QDate(2027, 1, 1), 10).isEmpty());
    card.issueDate.reset();
    EXPECT_TRUE(CitizenDisplay::photoNotice(card, today, 2).isEmpty());

    card.lifelong = true;
    EXPECT_EQ(CitizenDisplay::photoNotice(card, today, 10),
              QStringLiteral("A lifelong card: its photo may be decades old. Compare with care; "
                             "if in doubt, ask for another document with a photo."));
    card.issueDate = PartialDate{2024, 5, 1};  // renewed lately, still lifelong
    EXPECT_TRUE(CitizenDisplay::photoNotice(card, today, 10)
                    .startsWith(QStringLiteral(
                        "A lifelong card: its photo may be decades old (issued 1 May 2567 BE).")));
}
