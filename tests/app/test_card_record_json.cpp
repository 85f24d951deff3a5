#include "cli/card_record_json.h"
#include "support/card_fixtures.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace thaid;

TEST(CardRecordJson, HasTheDocumentedKeys) {
    card::ThaiIdRecord r = thaid::testing::sampleRecord(600);
    const QJsonObject o = app::cardRecordToJson(r, app::cardWarnings(r, QDate(2026, 1, 1)));
    const QStringList keys{"cid",          "name_th",     "name_en", "birth_date",
                           "issue_date",   "expiry_date", "sex",     "request_number",
                           "issuer",       "issuer_code", "address", "photo_number",
                           "photo_sha256", "photo_bytes", "warnings"};
    for (const QString& k : keys) {
        EXPECT_TRUE(o.contains(k)) << k.toStdString();
    }
    EXPECT_EQ(o.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1985-04-15"));
    EXPECT_EQ(o.value(QStringLiteral("sex")).toString(), QStringLiteral("male"));
    EXPECT_EQ(o.value(QStringLiteral("photo_bytes")).toInt(), 600);
    EXPECT_EQ(o.value(QStringLiteral("photo_sha256")).toString().size(), 64);
    EXPECT_EQ(
        o.value(QStringLiteral("name_th")).toObject().value(QStringLiteral("middle")).toString(),
        QStringLiteral("กลาง"));
    EXPECT_EQ(
        o.value(QStringLiteral("address")).toObject().value(QStringLiteral("district")).toString(),
        QStringLiteral("เมืองเชียงใหม่"));
    EXPECT_TRUE(o.value(QStringLiteral("warnings")).toArray().isEmpty());
}

TEST(CardRecordJson, LifelongIsNullAndExpiredIsAWarning) {
    card::ThaiIdRecord r = thaid::testing::sampleRecord();
    EXPECT_EQ(app::cardWarnings(r, QDate(2031, 1, 1)), QStringList{QStringLiteral("card_expired")});
    r.identity.lifelong = true;
    r.identity.expiryDate.reset();
    const QJsonObject o = app::cardRecordToJson(r, {});
    EXPECT_TRUE(o.value(QStringLiteral("expiry_date")).isNull());
    EXPECT_TRUE(app::cardWarnings(r, QDate(2031, 1, 1)).isEmpty());
}
