#include "smartcard/thai_address.h"

#include <gtest/gtest.h>

using namespace thaid::card;

TEST(ThaiAddress, Provincial) {
    const ThaiAddress a = parseThaiAddress(
        QStringLiteral("89/1#หมู่ที่ 3###ถนนห้วยแก้ว##ตำบลสุเทพ#อำเภอเมืองเชียงใหม่#จังหวัดเชียงใหม่"));
    EXPECT_EQ(a.houseNo, QStringLiteral("89/1"));
    EXPECT_EQ(a.moo, QStringLiteral("3"));
    EXPECT_EQ(a.road, QStringLiteral("ห้วยแก้ว"));
    EXPECT_EQ(a.subdistrict, QStringLiteral("สุเทพ"));
    EXPECT_EQ(a.district, QStringLiteral("เมืองเชียงใหม่"));
    EXPECT_EQ(a.province, QStringLiteral("เชียงใหม่"));
    EXPECT_FALSE(a.isBangkok());
}

TEST(ThaiAddress, BangkokUsesKhwaengAndKhet) {
    const ThaiAddress a = parseThaiAddress(
        QStringLiteral("1234/56###ซอยสุขุมวิท 22#ถนนสุขุมวิท##แขวงคลองเตย#เขตคลองเตย#กรุงเทพมหานคร"));
    EXPECT_EQ(a.soi, QStringLiteral("สุขุมวิท 22"));
    EXPECT_EQ(a.road, QStringLiteral("สุขุมวิท"));
    EXPECT_EQ(a.subdistrict, QStringLiteral("คลองเตย"));
    EXPECT_EQ(a.district, QStringLiteral("คลองเตย"));
    EXPECT_EQ(a.province, QStringLiteral("กรุงเทพมหานคร"));
    EXPECT_TRUE(a.isBangkok());
}

TEST(ThaiAddress, OlderCardsWithoutTheSixthFieldAnchorOnTheEnd) {
    const ThaiAddress a = parseThaiAddress(
        QStringLiteral("9##ตรอกวัดสุทัศน์##ถนนบำรุงเมือง#แขวงเสาชิงช้า#เขตพระนคร#กรุงเทพมหานคร"));
    EXPECT_EQ(a.houseNo, QStringLiteral("9"));
    EXPECT_EQ(a.trok, QStringLiteral("วัดสุทัศน์"));
    EXPECT_EQ(a.subdistrict, QStringLiteral("เสาชิงช้า"));
    EXPECT_EQ(a.district, QStringLiteral("พระนคร"));
    EXPECT_EQ(a.province, QStringLiteral("กรุงเทพมหานคร"));
}

TEST(ThaiAddress, FormatParseRoundTrip) {
    for (const ThaiAddress& a : {ThaiAddress{QStringLiteral("7"),
                                             QStringLiteral("12"),
                                             {},
                                             {},
                                             {},
                                             QStringLiteral("บุ่ง"),
                                             QStringLiteral("เมืองอำนาจเจริญ"),
                                             QStringLiteral("อำนาจเจริญ")},
                                 ThaiAddress{QStringLiteral("9"),
                                             {},
                                             QStringLiteral("วัดสุทัศน์"),
                                             {},
                                             QStringLiteral("บำรุงเมือง"),
                                             QStringLiteral("เสาชิงช้า"),
                                             QStringLiteral("พระนคร"),
                                             QStringLiteral("กรุงเทพมหานคร")}}) {
        EXPECT_EQ(parseThaiAddress(formatThaiAddressForCard(a)), a);
    }
    EXPECT_TRUE(formatThaiAddressForCard({QStringLiteral("1"),
                                          {},
                                          {},
                                          {},
                                          {},
                                          QStringLiteral("ก"),
                                          QStringLiteral("ข"),
                                          QStringLiteral("กรุงเทพมหานคร")})
                    .endsWith(QStringLiteral("#แขวงก#เขตข#กรุงเทพมหานคร")));
}

TEST(ThaiAddress, GarbageDoesNotCrash) {
    EXPECT_EQ(parseThaiAddress(QString()).houseNo, QString());
    EXPECT_EQ(parseThaiAddress(QStringLiteral("#")).province, QString());
    const ThaiAddress many = parseThaiAddress(QStringLiteral("a#b#c#d#e#f#g#h#i#j#k"));
    EXPECT_EQ(many.province, QStringLiteral("k"));
}

TEST(ThaiAddress, DisplayLine) {
    const ThaiAddress bkk{QStringLiteral("1234/56"),
                          {},
                          {},
                          QStringLiteral("สุขุมวิท 22"),
                          QStringLiteral("สุขุมวิท"),
                          QStringLiteral("คลองเตย"),
                          QStringLiteral("คลองเตย"),
                          QStringLiteral("กรุงเทพมหานคร")};
    EXPECT_EQ(bkk.displayLine(),
              QStringLiteral("1234/56 ซอยสุขุมวิท 22 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร"));
    const ThaiAddress rural{QStringLiteral("7"),
                            QStringLiteral("12"),
                            {},
                            {},
                            {},
                            QStringLiteral("บุ่ง"),
                            QStringLiteral("เมืองอำนาจเจริญ"),
                            QStringLiteral("อำนาจเจริญ")};
    EXPECT_EQ(rural.displayLine(),
              QStringLiteral("7 หมู่ที่ 12 ตำบลบุ่ง อำเภอเมืองอำนาจเจริญ จังหวัดอำนาจเจริญ"));
}
