#include "sim/virtual_card/card_image.h"
#include "smartcard/apdu.h"
#include "smartcard/thai_id_layout.h"
#include "smartcard/thai_id_reader.h"
#include "support/card_fixtures.h"
#include "support/scripted_transport.h"

#include <gtest/gtest.h>

using namespace thaid::card;
using thaid::testing::ScriptedTransport;

namespace {

const QByteArray kSw9000 = QByteArray::fromHex("9000");

QByteArray sw(int s) {
    QByteArray b(2, '\0');
    b[0] = static_cast<char>(s >> 8);
    b[1] = static_cast<char>(s & 0xFF);
    return b;
}

class Recorder : public ThaiIdReadObserver {
public:
    void identityRead(const ThaiIdIdentity& id) override {
        events << QStringLiteral("identity:") + id.citizenId;
    }
    void addressRead(const ThaiAddress& a, const QString&) override {
        events << QStringLiteral("address:") + a.province;
    }
    void photoProgress(int got, int total) override {
        events << QStringLiteral("photo:%1/%2").arg(got).arg(total);
    }
    void readRestarted() override {
        events.clear();
        events << QStringLiteral("restarted");
    }
    QStringList events;
};

// The exact sequence for a card whose photo is 600 bytes: SELECT, two head READs (identity text
// plus 131 photo bytes), the address block, then two photo READs that reach the JPEG end.
void scriptRead(ScriptedTransport& t, const QByteArray& image, quint8 getResponseP2 = 0) {
    t.expect(apdu::selectThaiIdApplet(), QByteArray::fromHex("610A"));
    const auto read = [&](quint16 offset, quint8 len) {
        t.expect(apdu::readBinary(offset, len), sw(0x6100 | len));
        t.expect(apdu::getResponse(getResponseP2, len), image.mid(offset, len) + kSw9000);
    };
    read(0x0000, 255);
    read(0x00FF, 255);
    read(0x1579, 174);
    read(0x01FE, 255);
    read(0x02FD, 255);
}

QByteArray sampleImage() {
    return virtualcard::buildCardImage(thaid::testing::sampleRecord(600),
                                       virtualcard::CardFault::None)
        .value();
}

}  // namespace

TEST(ThaiIdReader, MinimalCommandSequenceAndProgressOrder) {
    const QByteArray image = sampleImage();
    ScriptedTransport t;
    scriptRead(t, image);
    Recorder rec;
    auto r = ThaiIdReader(t).read(&rec);
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    EXPECT_TRUE(t.finished());
    EXPECT_EQ(t.exchanges(), 11);
    EXPECT_EQ(r.value().photoJpeg, thaid::testing::makeJpeg(600));
    EXPECT_EQ(rec.events,
              (QStringList{QStringLiteral("identity:1101700230708"),
                           QStringLiteral("address:เชียงใหม่"), QStringLiteral("photo:131/5118"),
                           QStringLiteral("photo:386/5118"), QStringLiteral("photo:600/600")}));
}

TEST(ThaiIdReader, GetResponseUsesP2OneForAtr3B67) {
    const QByteArray image = sampleImage();
    ScriptedTransport t(QByteArray::fromHex("3B6700002920006F78900000"));
    scriptRead(t, image, 0x01);
    EXPECT_TRUE(ThaiIdReader(t).read().ok());
    EXPECT_TRUE(t.finished());
}

TEST(ThaiIdReader, ReissuesWithTheLengthA6CxxAnswerNames) {
    const QByteArray image = sampleImage();
    ScriptedTransport t;
    t.expect(apdu::selectThaiIdApplet(), kSw9000);
    t.expect(apdu::readBinary(0, 255), sw(0x6100));
    t.expect(apdu::getResponse(0, 0), sw(0x6CFF));
    t.expect(apdu::getResponse(0, 255), image.left(255) + kSw9000);
    t.expect(apdu::readBinary(0xFF, 255), sw(0x6CFF));  // a card may also correct the READ itself
    t.expect(apdu::readBinary(0xFF, 255), image.mid(0xFF, 255) + kSw9000);
    t.expect(apdu::readBinary(0x1579, 174), sw(0x61AE));
    t.expect(apdu::getResponse(0, 174), image.mid(0x1579, 174) + kSw9000);
    t.expect(apdu::readBinary(0x1FE, 255), sw(0x61FF));
    t.expect(apdu::getResponse(0, 255), image.mid(0x1FE, 255) + kSw9000);
    t.expect(apdu::readBinary(0x2FD, 255), sw(0x61FF));
    t.expect(apdu::getResponse(0, 255), image.mid(0x2FD, 255) + kSw9000);
    auto r = ThaiIdReader(t).read();
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    EXPECT_TRUE(t.finished());
}

TEST(ThaiIdReader, NotAThaiIdCard) {
    ScriptedTransport t;
    t.expect(apdu::selectThaiIdApplet(), sw(0x6A82));
    auto r = ThaiIdReader(t).read();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, CardErrorCode::NotThaiIdCard);
    EXPECT_EQ(r.error().statusWord, 0x6A82);
}

TEST(ThaiIdReader, UnexpectedStatusWord) {
    const QByteArray image = sampleImage();
    ScriptedTransport t;
    t.expect(apdu::selectThaiIdApplet(), kSw9000);
    t.expect(apdu::readBinary(0, 255), sw(0x61FF));
    t.expect(apdu::getResponse(0, 255), image.left(255) + kSw9000);
    t.expect(apdu::readBinary(0xFF, 255), sw(0x6F00));
    Recorder rec;
    auto r = ThaiIdReader(t).read(&rec);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, CardErrorCode::UnexpectedStatus);
    EXPECT_EQ(r.error().statusWord, 0x6F00);
    EXPECT_TRUE(rec.events.isEmpty());
}

TEST(ThaiIdReader, ShortAnswerIsACommunicationError) {
    const QByteArray image = sampleImage();
    ScriptedTransport t;
    t.expect(apdu::selectThaiIdApplet(), kSw9000);
    t.expect(apdu::readBinary(0, 255), sw(0x61FF));
    t.expect(apdu::getResponse(0, 255), image.left(200) + kSw9000);
    auto r = ThaiIdReader(t).read();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, CardErrorCode::CommunicationError);
}

// Removal at every exchange: the result is always CardRemoved, never a record, and no preview
// arrives after the removal.
TEST(ThaiIdReader, RemovalAtEveryExchange) {
    const QByteArray image = sampleImage();
    for (int removeAt = 0; removeAt < 11; ++removeAt) {
        ScriptedTransport t;
        scriptRead(t, image);
        t.pullOutAt(removeAt);
        Recorder rec;
        auto r = ThaiIdReader(t).read(&rec);
        ASSERT_FALSE(r.ok()) << removeAt;
        EXPECT_EQ(r.error().code, CardErrorCode::CardRemoved) << removeAt;
        EXPECT_EQ(t.exchanges(), removeAt + 1);
        EXPECT_EQ(rec.events.filter(QStringLiteral("photo:600/600")).size(), 0);
    }
}

// A link failure with the card still present (a swap pcscd never saw) resets the card and reads
// it once more; the observer is told to drop its previews.
TEST(ThaiIdReader, LinkFailureResetsAndReadsAgain) {
    const QByteArray image = sampleImage();
    ScriptedTransport t;
    t.expect(apdu::selectThaiIdApplet(), kSw9000);
    t.expect(apdu::readBinary(0, 255), sw(0x61FF));
    t.expect(apdu::getResponse(0, 255), image.left(255) + kSw9000);
    t.expect(apdu::readBinary(0xFF, 255), QByteArray());  // no status word: the link broke
    t.expectReset(QByteArray::fromHex("3B799600005448204E4944203138"));
    scriptRead(t, image);
    Recorder rec;
    auto r = ThaiIdReader(t).read(&rec);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(t.resets(), 1);
    EXPECT_TRUE(t.finished());
    EXPECT_EQ(rec.events.first(), QStringLiteral("restarted"));
}

TEST(ThaiIdReader, LinkFailureTwiceGivesUp) {
    ScriptedTransport t;
    t.expect(apdu::selectThaiIdApplet(), QByteArray());
    t.expectReset(QByteArray::fromHex("3B799600005448204E4944203138"));
    t.expect(apdu::selectThaiIdApplet(), QByteArray());
    auto r = ThaiIdReader(t).read();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, CardErrorCode::CommunicationError);
}

TEST(ThaiIdReader, CancelStopsBetweenExchanges) {
    const QByteArray image = sampleImage();
    ScriptedTransport t;
    t.expect(apdu::selectThaiIdApplet(), kSw9000);
    std::stop_source stop;
    stop.request_stop();
    auto r = ThaiIdReader(t).read(nullptr, stop.get_token());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, CardErrorCode::Cancelled);
}
