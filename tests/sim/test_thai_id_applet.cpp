#include "sim/virtual_card/card_image.h"
#include "sim/virtual_card/thai_id_applet.h"
#include "smartcard/apdu.h"
#include "smartcard/thai_id_reader.h"
#include "support/card_fixtures.h"

#include <gtest/gtest.h>

using namespace thaid::card;
using namespace thaid::card::virtualcard;

namespace {
// Drives the emulated applet directly, as pcscd would pass APDUs through.
class AppletTransport : public CardTransport {
public:
    explicit AppletTransport(ThaiIdApplet& a) : m_applet(a) {}
    QByteArray atr() const override { return m_applet.atr(); }
    thaid::Result<QByteArray, CardError> transmit(const QByteArray& c) override {
        return m_applet.process(c);
    }

private:
    ThaiIdApplet& m_applet;
};

ThaiIdApplet applet(CardFault fault = CardFault::None,
                    QByteArray atr = ThaiIdApplet::defaultAtr()) {
    return ThaiIdApplet(buildCardImage(thaid::testing::sampleRecord(600), fault).value(), atr,
                        fault);
}
}  // namespace

TEST(ThaiIdApplet, BehavesLikeAT0Card) {
    ThaiIdApplet a = applet();
    EXPECT_EQ(a.atr(), QByteArray::fromHex("3B799600005448204E4944203138"));
    EXPECT_EQ(a.process(apdu::readBinary(0, 4)), QByteArray::fromHex("6985"));  // not selected
    EXPECT_EQ(a.process(apdu::selectThaiIdApplet()), QByteArray::fromHex("610A"));
    EXPECT_EQ(a.process(apdu::readBinary(4, 13)), QByteArray::fromHex("610D"));
    EXPECT_EQ(a.process(apdu::getResponse(0, 14)), QByteArray::fromHex("6C0D"));
    EXPECT_EQ(a.process(apdu::getResponse(0, 13)),
              QByteArray("1101700230708") + QByteArray::fromHex("9000"));
    EXPECT_EQ(a.process(apdu::getResponse(0, 13)), QByteArray::fromHex("6985"));  // nothing pending
    EXPECT_EQ(a.process(apdu::readBinary(0x1620, 255)), QByteArray::fromHex("6B00"));
    EXPECT_EQ(a.process(QByteArray::fromHex("80CA000000")), QByteArray::fromHex("6D00"));
    EXPECT_EQ(a.process(QByteArray::fromHex("A0B0000000")), QByteArray::fromHex("6E00"));
}

TEST(ThaiIdApplet, GetResponseP2FollowsTheAtr) {
    ThaiIdApplet a = applet(CardFault::None, QByteArray::fromHex("3B6700002920006F78900000"));
    a.process(apdu::selectThaiIdApplet());
    a.process(apdu::readBinary(4, 13));
    EXPECT_EQ(a.process(apdu::getResponse(0, 13)), QByteArray::fromHex("6B00"));
    EXPECT_EQ(a.process(apdu::getResponse(1, 13)).right(2), QByteArray::fromHex("9000"));
}

TEST(ThaiIdApplet, ReaderReadsEveryFaultAsExpected) {
    const struct {
        CardFault fault;
        bool ok;
        CardErrorCode error;
    } cases[] = {
        {CardFault::None, true, {}},
        {CardFault::T0WrongLength, true, {}},
        {CardFault::NotThai, false, CardErrorCode::NotThaiIdCard},
        {CardFault::StatusWord, false, CardErrorCode::UnexpectedStatus},
    };
    for (const auto& c : cases) {
        ThaiIdApplet a = applet(c.fault);
        AppletTransport t(a);
        auto r = ThaiIdReader(t).read();
        EXPECT_EQ(r.ok(), c.ok);
        if (!c.ok && !r.ok()) {
            EXPECT_EQ(r.error().code, c.error);
        }
        if (r.ok()) {
            EXPECT_EQ(r.value().photoJpeg, thaid::testing::makeJpeg(600));
            EXPECT_TRUE(r.value().issues.isEmpty());
        }
    }
}
