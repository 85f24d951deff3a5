#include "common/citizen_id.h"

#include <gtest/gtest.h>

using namespace thaid::card;

// One ID for each of the ten possible check digits, worked out by hand with the DOPA formula.
TEST(CitizenId, EveryCheckValue) {
    const struct {
        const char* first12;
        int check;
    } cases[] = {
        {"110170023070", 8}, {"310040012345", 6}, {"370010000123", 6}, {"841010098765", 8},
        {"500990011223", 8}, {"101010203040", 3}, {"100000000005", 0}, {"100000000004", 1},
        {"100000000009", 2}, {"100000000003", 3}, {"100000000008", 4}, {"100000000002", 5},
        {"100000000007", 6}, {"100000000001", 7}, {"100000000006", 8}, {"100000000014", 9},
    };
    bool seen[10] = {};
    for (const auto& c : cases) {
        const QString first = QString::fromLatin1(c.first12);
        EXPECT_EQ(citizenIdCheckDigit(first), c.check) << c.first12;
        seen[c.check] = true;
        EXPECT_TRUE(isValidCitizenId(first + QString::number(c.check)));
        EXPECT_FALSE(isValidCitizenId(first + QString::number((c.check + 1) % 10)));
    }
    for (int d = 0; d < 10; ++d) {
        EXPECT_TRUE(seen[d]) << "check digit " << d << " not covered";
    }
}

TEST(CitizenId, RejectsMalformed) {
    EXPECT_FALSE(isValidCitizenId(u"110170023070"));
    EXPECT_FALSE(isValidCitizenId(u"11017002307088"));
    EXPECT_FALSE(isValidCitizenId(u"11017002307A8"));
    EXPECT_FALSE(isValidCitizenId(u""));
    EXPECT_EQ(citizenIdCheckDigit(u"11017002307"), -1);
}

TEST(CitizenId, FormatsAsPrintedOnTheCard) {
    EXPECT_EQ(formatCitizenId(u"1101700230708"), QStringLiteral("1-1017-00230-70-8"));
    EXPECT_EQ(formatCitizenId(u"123"), QStringLiteral("123"));
}
