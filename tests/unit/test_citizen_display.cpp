#include "ui/citizen_display.h"

#include <gtest/gtest.h>

using thaid::card::PartialDate;
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
