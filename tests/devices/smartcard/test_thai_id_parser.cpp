#include "sim/virtual_card/card_image.h"
#include "smartcard/thai_id_layout.h"
#include "smartcard/thai_id_parser.h"
#include "support/card_fixtures.h"

#include <gtest/gtest.h>

using namespace thaid::card;
using thaid::card::virtualcard::buildCardImage;
using thaid::card::virtualcard::CardFault;

namespace {
QStringList codes(const ThaiIdRecord& r) {
    QStringList c;
    for (const DataIssue& i : r.issues)
        c << i.code;
    return c;
}
ThaiIdRecord parsed(const ThaiIdRecord& source, CardFault fault = CardFault::None) {
    auto image = buildCardImage(source, fault);
    EXPECT_TRUE(image.ok());
    return parseThaiIdFile(image.value());
}
}  // namespace

TEST(ThaiIdParser, RoundTripsEveryField) {
    const ThaiIdRecord src = thaid::testing::sampleRecord(900);
    const ThaiIdRecord r = parsed(src);
    EXPECT_TRUE(r.issues.isEmpty()) << codes(r).join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(r.identity.cardVersion, src.identity.cardVersion);
    EXPECT_EQ(r.identity.citizenId, src.identity.citizenId);
    EXPECT_EQ(r.identity.nameTh, src.identity.nameTh);
    EXPECT_EQ(r.identity.nameEn, src.identity.nameEn);
    EXPECT_EQ(r.identity.birthDate, src.identity.birthDate);
    EXPECT_EQ(r.identity.sex, Sex::Male);
    EXPECT_EQ(r.identity.requestNumber, src.identity.requestNumber);
    EXPECT_EQ(r.identity.issuer, src.identity.issuer);
    EXPECT_EQ(r.identity.issuerCode, src.identity.issuerCode);
    EXPECT_EQ(r.identity.issueDate, src.identity.issueDate);
    EXPECT_EQ(r.identity.expiryDate, src.identity.expiryDate);
    EXPECT_FALSE(r.identity.lifelong);
    EXPECT_EQ(r.address, src.address);
    EXPECT_EQ(r.photoNumber, src.photoNumber);
    EXPECT_EQ(r.photoJpeg, src.photoJpeg);
}

TEST(ThaiIdParser, NameWithoutMiddleAndExtraSeparators) {
    QList<DataIssue> issues;
    QByteArray region(layout::kIdentityText.length, ' ');
    const QByteArray en = "Mr.#Somchai##Jaidee#Na#Ayutthaya";
    region.replace(layout::kNameEn.offset, en.size(), en);
    const ThaiIdIdentity id = parseIdentity(region, &issues);
    EXPECT_EQ(id.nameEn.title, QStringLiteral("Mr."));
    EXPECT_EQ(id.nameEn.middle, QString());
    EXPECT_EQ(id.nameEn.last, QStringLiteral("Jaidee Na Ayutthaya"));
}

TEST(ThaiIdParser, LifelongAndPartialDates) {
    ThaiIdRecord src = thaid::testing::sampleRecord();
    src.identity.lifelong = true;
    src.identity.expiryDate.reset();
    src.identity.birthDate = PartialDate{1948, 0, 0};
    const ThaiIdRecord r = parsed(src);
    EXPECT_TRUE(r.issues.isEmpty());
    EXPECT_TRUE(r.identity.lifelong);
    EXPECT_FALSE(r.identity.expiryDate);
    EXPECT_EQ(r.identity.birthDate->toIso(), QStringLiteral("1948"));
}

TEST(ThaiIdParser, EachFaultHasItsOwnIssue) {
    const ThaiIdRecord src = thaid::testing::sampleRecord();
    EXPECT_EQ(codes(parsed(src, CardFault::CheckDigit)),
              QStringList{QStringLiteral("invalid_citizen_id")});
    EXPECT_EQ(codes(parsed(src, CardFault::Date)),
              QStringList{QStringLiteral("invalid_birth_date")});
    EXPECT_EQ(codes(parsed(src, CardFault::Tis620)),
              QStringList{QStringLiteral("invalid_text:name_th")});
    EXPECT_EQ(codes(parsed(src, CardFault::JpegTruncated)),
              QStringList{QStringLiteral("photo_truncated")});
    EXPECT_EQ(codes(parsed(src, CardFault::JpegCorrupt)),
              QStringList{QStringLiteral("photo_corrupt")});
    EXPECT_TRUE(parsed(src, CardFault::CheckDigit).hasFatalIssue());
    EXPECT_FALSE(parsed(src, CardFault::Tis620).hasFatalIssue());
}

TEST(ThaiIdParser, InvalidIssueAndExpiryDatesAndSex) {
    QByteArray image = buildCardImage(thaid::testing::sampleRecord(), CardFault::None).value();
    image.replace(layout::kIssueDate.offset, 8, "25640700");  // issue date must be complete
    image.replace(layout::kExpiryDate.offset, 8, "2573ABCD");
    image[layout::kSex.offset] = '9';
    const ThaiIdRecord r = parseThaiIdFile(image);
    EXPECT_EQ(codes(r),
              (QStringList{QStringLiteral("invalid_sex"), QStringLiteral("invalid_issue_date"),
                           QStringLiteral("invalid_expiry_date")}));
}

TEST(ThaiIdParser, EmptyAndShortInputsNeverCrash) {
    for (int n : {0, 1, 16, 300, 379, 1000, 5500}) {
        const ThaiIdRecord r = parseThaiIdFile(QByteArray(n, '\xFF'));
        EXPECT_TRUE(r.hasFatalIssue()) << n;
    }
}

TEST(ThaiIdParser, ExpiryComparison) {
    ThaiIdRecord r = thaid::testing::sampleRecord();
    EXPECT_FALSE(r.isExpiredOn(QDate(2030, 4, 14)));
    EXPECT_TRUE(r.isExpiredOn(QDate(2030, 4, 15)));
    r.identity.lifelong = true;
    r.identity.expiryDate.reset();
    EXPECT_FALSE(r.isExpiredOn(QDate(2100, 1, 1)));
}

TEST(ThaiIdRecord, WipeClearsEverything) {
    ThaiIdRecord r = thaid::testing::sampleRecord();
    r.wipe();
    EXPECT_TRUE(r.identity.citizenId.isEmpty());
    EXPECT_TRUE(r.identity.nameTh.first.isEmpty());
    EXPECT_TRUE(r.address.houseNo.isEmpty());
    EXPECT_TRUE(r.photoJpeg.isEmpty());
    EXPECT_FALSE(r.identity.birthDate);
}
