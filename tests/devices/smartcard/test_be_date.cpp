#include "smartcard/be_date.h"

#include <gtest/gtest.h>

using namespace thaid::card;

TEST(BuddhistEraDate, ConvertsToIso) {
    EXPECT_EQ(parseBuddhistEraDate(u"25280415")->toIso(), QStringLiteral("1985-04-15"));
    EXPECT_EQ(parseBuddhistEraDate(u"25430229")->toIso(), QStringLiteral("2000-02-29"));
}

TEST(BuddhistEraDate, UnknownMonthOrDayStaysPartial) {
    EXPECT_EQ(parseBuddhistEraDate(u"24910000")->toIso(), QStringLiteral("1948"));
    EXPECT_EQ(parseBuddhistEraDate(u"25220700")->toIso(), QStringLiteral("1979-07"));
    EXPECT_FALSE(parseBuddhistEraDate(u"25220700")->isComplete());
}

TEST(BuddhistEraDate, RejectsInvalid) {
    for (const char16_t* bad : {u"25431345", u"25420229", u"25280431", u"25280015", u"2528041",
                                u"2528041A", u"        ", u"00000000", u"99999999", u"-2528041"}) {
        EXPECT_FALSE(parseBuddhistEraDate(bad)) << QString::fromUtf16(bad).toStdString();
    }
}

TEST(BuddhistEraDate, LifelongMarker) {
    EXPECT_TRUE(isLifelongExpiry(u"99999999"));
    EXPECT_FALSE(isLifelongExpiry(u"25730101"));
}

TEST(BuddhistEraDate, RoundTripsThroughIsoAndBuddhistEra) {
    for (const char16_t* iso : {u"1985-04-15", u"1979-07", u"1948"}) {
        const auto d = PartialDate::fromIso(iso);
        ASSERT_TRUE(d);
        EXPECT_EQ(parseBuddhistEraDate(d->toBuddhistEra()), d);
    }
    EXPECT_FALSE(PartialDate::fromIso(u"1985-4-15"));
    EXPECT_FALSE(PartialDate::fromIso(u"1985-02-30"));
}

TEST(BuddhistEraDate, LatestDayOfPartialDates) {
    EXPECT_EQ(PartialDate::fromIso(u"1979-02")->latestDay(), QDate(1979, 2, 28));
    EXPECT_EQ(PartialDate::fromIso(u"1948")->latestDay(), QDate(1948, 12, 31));
}
