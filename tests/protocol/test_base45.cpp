#include "protocol/base45.h"

#include <gtest/gtest.h>

using namespace thaid::protocol;

// RFC 9285 section 4.3 and 4.4 examples.
TEST(Base45, Rfc9285Vectors) {
    const struct {
        const char* bytes;
        const char* text;
    } v[] = {{"AB", "BB8"},
             {"Hello!!", "%69 VD92EX0"},
             {"base-45", "UJCLQE7W581"},
             {"ietf!", "QED8WEX0"}};
    for (const auto& c : v) {
        EXPECT_EQ(base45Encode(QByteArray(c.bytes)), QLatin1String(c.text));
        EXPECT_EQ(base45Decode(QString::fromLatin1(c.text)), QByteArray(c.bytes));
    }
}

TEST(Base45, RejectsWhatRfc9285Rejects) {
    EXPECT_FALSE(base45Decode(u"GGW"));    // 65536 + ... > 65535
    EXPECT_FALSE(base45Decode(u":::"));    // 91124
    EXPECT_FALSE(base45Decode(u"A"));      // dangling single character
    EXPECT_FALSE(base45Decode(u"bb8"));    // lower case is not in the alphabet
    EXPECT_FALSE(base45Decode(u"BB8Z:"));  // a trailing pair above 255
    EXPECT_EQ(base45Decode(u""), QByteArray());
}

TEST(Base45, RoundTripsEveryByteValue) {
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(static_cast<char>(i));
    for (int len = 0; len <= all.size(); len += 37) {
        EXPECT_EQ(base45Decode(base45Encode(all.left(len))), all.left(len));
    }
    EXPECT_EQ(base45Decode(base45Encode(all)), all);
}
