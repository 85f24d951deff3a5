#include "protocol/passcode_policy.h"

#include <gtest/gtest.h>

using namespace thaid::protocol;

TEST(PasscodePolicy, Table) {
    using P = PasscodeProblem;
    const struct {
        const char16_t* passcode;
        std::optional<P> problem;
    } cases[] = {
        {u"25803691", std::nullopt},       {u"13572468", std::nullopt},
        {u"90817263", std::nullopt},       {u"12312312", std::nullopt},
        {u"11122233", std::nullopt},       {u"98798798", std::nullopt},
        {u"12401240", std::nullopt},       {u"78907890", std::nullopt},  // 7890: 9 -> 0 is no step
        {u"01240124", std::nullopt},       {u"32153215", std::nullopt},
        {u"00011100", std::nullopt},       {u"12345678", P::AscendingRun},
        {u"90123490", P::AscendingRun},    {u"55556789", P::RepeatedDigit},
        {u"86543219", P::DescendingRun},   {u"13579876", P::DescendingRun},
        {u"11112222", P::RepeatedDigit},   {u"20000001", P::RepeatedDigit},
        {u"97770000", P::RepeatedDigit},   {u"50604567", P::AscendingRun},
        {u"01239876", P::AscendingRun},    {u"1234567", P::NotEightDigits},
        {u"123456789", P::NotEightDigits}, {u"", P::NotEightDigits},
        {u"1357246a", P::NotEightDigits},  {u"๑๒๓๔๕๖๗๘", P::NotEightDigits},
        {u"1357 246", P::NotEightDigits},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(checkPasscode(c.passcode), c.problem)
            << QString::fromUtf16(c.passcode).toStdString();
    }
    EXPECT_GE(std::size(cases), 20u);
    EXPECT_EQ(passcodeProblemId(P::AscendingRun), QStringLiteral("ascending_run"));
}
