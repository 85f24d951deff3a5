// read-card through the real stack: pcscd + vpcd + thaid-virtual-card + thaid-kioskctl.
#include "pcsc_environment.h"
#include "support/card_fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <gtest/gtest.h>

using namespace thaid::testing;

namespace {

QJsonObject json(const CommandResult& r) {
    return QJsonDocument::fromJson(r.out).object();
}

CommandResult readCard(const QStringList& extra = {}) {
    return runKioskctl(QStringList{QStringLiteral("read-card"), QStringLiteral("--json"),
                                   QStringLiteral("--wait"), QStringLiteral("10")} +
                       extra);
}

QJsonObject loadProfile(const QString& name) {
    QFile f(profilePath(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

}  // namespace

TEST(ReadCard, EveryShippedProfileReadsBackExactly) {
    const QStringList profiles = shippedProfiles();
    ASSERT_GE(profiles.size(), 6);
    for (const QString& name : profiles) {
        SCOPED_TRACE(name.toStdString());
        VirtualCard card;
        ASSERT_TRUE(card.insert(profilePath(name)));
        const CommandResult r = readCard({QStringLiteral("--stats")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
        const QJsonObject got = json(r);
        const QJsonObject want = loadProfile(name);
        for (const char* key :
             {"cid", "name_th", "name_en", "birth_date", "issue_date", "expiry_date", "sex",
              "request_number", "issuer", "issuer_code", "address", "photo_number"}) {
            EXPECT_EQ(got.value(QLatin1String(key)), want.value(QLatin1String(key))) << key;
        }
        QFile photo(QFileInfo(profilePath(name))
                        .dir()
                        .filePath(want.value(QStringLiteral("photo")).toString()));
        ASSERT_TRUE(photo.open(QIODevice::ReadOnly));
        const QByteArray jpeg = photo.readAll();
        EXPECT_EQ(got.value(QStringLiteral("photo_bytes")).toInt(), jpeg.size());
        EXPECT_EQ(got.value(QStringLiteral("photo_sha256")).toString(),
                  QString::fromLatin1(
                      QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex()));
        const bool expired =
            want.value(QStringLiteral("expiry_date")).toString() == QLatin1String("2024-02-27");
        EXPECT_EQ(got.value(QStringLiteral("warnings")).toArray(),
                  expired ? QJsonArray{QStringLiteral("card_expired")} : QJsonArray{});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_LE(got.value(QStringLiteral("stats"))
                      .toObject()
                      .value(QStringLiteral("exchanges"))
                      .toInt(),
                  47);
    }
}

TEST(ReadCard, PhotoOutWritesTheExactJpeg) {
    VirtualCard card;
    ASSERT_TRUE(card.insert(profilePath(QStringLiteral("malee"))));
    const QString out = QDir::temp().filePath(QStringLiteral("thaid-photo-test.jpg"));
    const CommandResult r = readCard({QStringLiteral("--photo-out"), out});
    ASSERT_EQ(r.exitCode, 0);
    QFile written(out), original(profilesDir() + QStringLiteral("/malee.jpg"));
    ASSERT_TRUE(written.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), original.readAll());
    written.remove();
}

// The card pulled out before each exchange of a full read: always exit 4 and never a record.
TEST(ReadCard, RemovalAtEveryExchangeIndex) {
    const QString profile = profilePath(QStringLiteral("wichai"));
    int fullRead = 0;
    {
        VirtualCard card;
        ASSERT_TRUE(card.insert(profile));
        const CommandResult r = readCard({QStringLiteral("--stats")});
        ASSERT_EQ(r.exitCode, 0);
        fullRead = json(r)
                       .value(QStringLiteral("stats"))
                       .toObject()
                       .value(QStringLiteral("exchanges"))
                       .toInt();
    }
    ASSERT_GT(fullRead, 10);
    for (int n = 0; n < fullRead; ++n) {
        SCOPED_TRACE(n);
        VirtualCard card;
        ASSERT_TRUE(card.insert(profile, {QStringLiteral("--remove-after"), QString::number(n)}));
        const CommandResult r = readCard({QStringLiteral("--wait"), QStringLiteral("3")});
        EXPECT_EQ(r.exitCode, 4) << r.out.toStdString() << r.err.toStdString();
        EXPECT_EQ(json(r).value(QStringLiteral("error")).toString(),
                  QStringLiteral("card_removed"));
        EXPECT_FALSE(r.out.contains("\"cid\"")) << "a partial record escaped";
        EXPECT_TRUE(card.waitForExit(3000));
    }
}

// One card out and the next in faster than pcscd polls: pcscd never reports the swap and still
// holds the first card's state. The read must notice, reset, and return the new card's data.
TEST(ReadCard, CardSwappedFasterThanPcscdPollsIsReadAsTheNewCard) {
    VirtualCard first;
    ASSERT_TRUE(first.insert(profilePath(QStringLiteral("anan"))));
    ASSERT_EQ(json(readCard()).value(QStringLiteral("cid")).toString(),
              QStringLiteral("3700100001236"));
    first.remove(VirtualCard::Settle::No);
    VirtualCard second;
    ASSERT_TRUE(second.insert(profilePath(QStringLiteral("malee"))));
    const CommandResult r = readCard();
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("cid")).toString(), QStringLiteral("3100400123456"));
}

TEST(ReadCard, FaultsEachHaveTheirOutcome) {
    const struct {
        const char* fault;
        int exitCode;
        const char* error;    // JSON "error" for failures
        const char* warning;  // expected warning for records
    } cases[] = {
        {"not-thai", 3, "not_thai_id_card", nullptr},
        {"status-word", 8, "unexpected_status", nullptr},
        {"t0-wrong-length", 0, nullptr, nullptr},
        {"check-digit", 6, nullptr, "invalid_citizen_id"},
        {"date", 6, nullptr, "invalid_birth_date"},
        {"tis620", 0, nullptr, "invalid_text:name_th"},
        {"jpeg-truncated", 6, nullptr, "photo_truncated"},
        {"jpeg-corrupt", 6, nullptr, "photo_corrupt"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.fault);
        VirtualCard card;
        ASSERT_TRUE(card.insert(profilePath(QStringLiteral("somchai")),
                                {QStringLiteral("--fault"), QLatin1String(c.fault)}));
        const CommandResult r = readCard();
        EXPECT_EQ(r.exitCode, c.exitCode) << r.err.toStdString();
        const QJsonObject o = json(r);
        if (c.error) {
            EXPECT_EQ(o.value(QStringLiteral("error")).toString(), QLatin1String(c.error));
            EXPECT_FALSE(o.contains(QStringLiteral("cid")));
        } else {
            EXPECT_EQ(o.value(QStringLiteral("cid")).toString().size(), 13);
            const QJsonArray w = o.value(QStringLiteral("warnings")).toArray();
            EXPECT_EQ(w, c.warning ? QJsonArray{QLatin1String(c.warning)} : QJsonArray{});
        }
    }
}

TEST(ReadCard, NoCardAndNoReader) {
    CommandResult r = readCard({QStringLiteral("--wait"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(json(r).value(QStringLiteral("error")).toString(), QStringLiteral("no_card"));
    r = readCard({QStringLiteral("--wait"), QStringLiteral("1"), QStringLiteral("--reader"),
                  QStringLiteral("No Such Reader")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(json(r).value(QStringLiteral("error")).toString(), QStringLiteral("no_reader"));
}

TEST(ReadCard, PcscdNotRunningThenStartingDuringTheWait) {
    pcscd().stop();
    CommandResult r = readCard({QStringLiteral("--wait"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_EQ(json(r).value(QStringLiteral("error")).toString(),
              QStringLiteral("pcsc_unavailable"));

    // read-card started before pcscd: it keeps trying and reads the card once pcscd is up.
    QProcess late;
    late.start(QStringLiteral(THAID_KIOSKCTL_BIN),
               {QStringLiteral("read-card"), QStringLiteral("--json"), QStringLiteral("--wait"),
                QStringLiteral("20")});
    ASSERT_TRUE(late.waitForStarted());
    QThread::msleep(500);
    QString error;
    ASSERT_TRUE(pcscd().start(&error)) << error.toStdString();
    VirtualCard card;
    ASSERT_TRUE(card.insert(profilePath(QStringLiteral("anan"))));
    ASSERT_TRUE(late.waitForFinished(30000));
    EXPECT_EQ(late.exitCode(), 0) << late.readAllStandardError().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(late.readAllStandardOutput())
                  .object()
                  .value(QStringLiteral("cid"))
                  .toString(),
              QStringLiteral("3700100001236"));
}
