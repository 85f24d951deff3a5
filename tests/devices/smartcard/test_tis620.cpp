#include "smartcard/tis620.h"

#include <gtest/gtest.h>

using namespace thaid::card;

namespace {
// Expected mapping for every byte, built independently of the table in tis620.cpp.
char16_t expected(int b) {
    if (b == 0x09 || b == 0x0A || b == 0x0D || (b >= 0x20 && b <= 0x7E))
        return static_cast<char16_t>(b);
    switch (b) {
        case 0x80:
            return 0x20AC;
        case 0x85:
            return 0x2026;
        case 0x91:
            return 0x2018;
        case 0x92:
            return 0x2019;
        case 0x93:
            return 0x201C;
        case 0x94:
            return 0x201D;
        case 0x95:
            return 0x2022;
        case 0x96:
            return 0x2013;
        case 0x97:
            return 0x2014;
        case 0xA0:
            return 0x00A0;
        default:
            break;
    }
    if (b >= 0xA1 && b <= 0xDA)
        return static_cast<char16_t>(0x0E01 + (b - 0xA1));
    if (b >= 0xDF && b <= 0xFB)
        return static_cast<char16_t>(0x0E3F + (b - 0xDF));
    return 0;
}
}  // namespace

TEST(Tis620, AllBytes) {
    int defined = 0;
    for (int b = 0; b < 256; ++b) {
        EXPECT_EQ(tis620ToUnicode(static_cast<quint8>(b)), expected(b)) << "byte " << b;
        const DecodedText d = decodeTis620(QByteArray(1, static_cast<char>(b)));
        if (b == 0) {
            EXPECT_TRUE(d.valid);  // NUL is padding, dropped
            EXPECT_TRUE(d.text.isEmpty());
        } else if (expected(b) == 0) {
            EXPECT_FALSE(d.valid) << "byte " << b;
            EXPECT_EQ(d.text, QString(QChar(0xFFFD)));
        } else {
            ++defined;
            EXPECT_TRUE(d.valid) << "byte " << b;
            EXPECT_EQ(d.text, QString(QChar(expected(b))));
            QByteArray back;
            ASSERT_TRUE(encodeTis620(d.text, &back)) << "byte " << b;
            EXPECT_EQ(back, QByteArray(1, static_cast<char>(b)));
        }
    }
    // 95 printable ASCII + tab/LF/CR, 87 Thai, 10 cp874 extras.
    EXPECT_EQ(defined, 95 + 3 + 87 + 10);
}

TEST(Tis620, DecodesThaiName) {
    QByteArray encoded;
    ASSERT_TRUE(encodeTis620(QStringLiteral("นาย#สมชาย##ใจดี"), &encoded));
    const DecodedText d = decodeTis620(encoded);
    EXPECT_TRUE(d.valid);
    EXPECT_EQ(d.text, QStringLiteral("นาย#สมชาย##ใจดี"));
    EXPECT_EQ(static_cast<quint8>(encoded.at(0)), 0xB9);  // น
}

TEST(Tis620, EncodeRejectsCharactersOutsideTheTable) {
    QByteArray out;
    EXPECT_FALSE(encodeTis620(QStringLiteral("ü"), &out));
    EXPECT_FALSE(encodeTis620(QString(QChar(0x0E3B)), &out));  // unassigned in the Thai block
}
