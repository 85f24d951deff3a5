#include "config/kiosk_config.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace thaid::app;

namespace {

class KioskConfigTest : public ::testing::Test {
protected:
    QTemporaryDir dir;

    QString file(const char* name) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("x");
        return path;
    }

    QString write(const QString& extra, const QString& drop = {}) {
        QString text = QStringLiteral(
                           "[station]\nid=10501\nstate_dir=%1\n"
                           "[registry]\nurl=https://"
                           "127.0.0.1:8443\nca=%2\ncertificate=%3\nkey=%4\nqr_keys=%5\n"
                           "[display]\nlanguage=th\nfullscreen=false\n")
                           .arg(dir.path(), file("ca.pem"), file("station.pem"),
                                file("station-key.pem"), file("qr.pub"));
        if (!drop.isEmpty())
            text.remove(QRegularExpression(QStringLiteral("^") + drop + QStringLiteral("=.*$"),
                                           QRegularExpression::MultilineOption));
        text += extra;
        // A new file each time: QSettings caches a file by path, size and modification time, and
        // two configurations of the same size written within one timestamp tick read as one.
        const QString path = dir.filePath(QStringLiteral("kiosk-%1.conf").arg(++m_written));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text.toUtf8());
        return path;
    }

    QStringList problems(const QString& path) {
        auto r = KioskConfig::load(path);
        return r ? QStringList() : r.error();
    }

private:
    int m_written = 0;
};

}  // namespace

TEST_F(KioskConfigTest, AValidFileLoadsWithDefaults) {
    auto c = KioskConfig::load(write({}));
    ASSERT_TRUE(c.ok()) << c.error().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(c.value().stationId, 10501u);
    EXPECT_EQ(c.value().idleLockSeconds, 300);
    EXPECT_EQ(c.value().oldPhotoYears, 10);
    EXPECT_FALSE(c.value().fullscreen);
    EXPECT_EQ(c.value().auditDatabase(), dir.filePath(QStringLiteral("audit.db")));
}

TEST_F(KioskConfigTest, EachProblemNamesTheKey) {
    const auto has = [](const QStringList& list, const char* start) {
        for (const QString& p : list) {
            if (p.startsWith(QLatin1String(start)))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(has(problems(write(QStringLiteral("[timeouts]\nidle_lok_s=60\n"))),
                    "timeouts/idle_lok_s: unknown"));
    EXPECT_TRUE(has(problems(write({}, QStringLiteral("id"))), "station/id: missing"));
    EXPECT_TRUE(has(problems(write(QStringLiteral("[timeouts]\nidle_lock_s=ten\n"))),
                    "timeouts/idle_lock_s"));
    EXPECT_TRUE(has(problems(write(QStringLiteral("[timeouts]\nfingerprint_s=1\n"))),
                    "timeouts/fingerprint_s"));
    EXPECT_TRUE(
        has(problems(write({}, QStringLiteral("url")) + QString()), "registry/url: missing"));
    EXPECT_TRUE(has(problems(write(QStringLiteral("[audit]\nupload_interval_s=0\n"))),
                    "audit/upload_interval_s"));
    QFile::remove(dir.filePath(QStringLiteral("qr.pub")));
    const QString noKeys = write({});
    QFile::remove(dir.filePath(QStringLiteral("qr.pub")));
    EXPECT_TRUE(has(problems(noKeys), "registry/qr_keys: cannot read"));
    EXPECT_TRUE(has(problems(dir.filePath(QStringLiteral("missing.conf"))),
                    qPrintable(dir.filePath(QStringLiteral("missing.conf")))));
}

TEST_F(KioskConfigTest, BadValuesAreRefused) {
    auto bad = write({});
    QFile f(bad);
    f.open(QIODevice::ReadOnly);
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    text.replace(QStringLiteral("url=https://127.0.0.1:8443"),
                 QStringLiteral("url=http://127.0.0.1:8443"));
    text.replace(QStringLiteral("language=th"), QStringLiteral("language=fr"));
    text.replace(QStringLiteral("fullscreen=false"), QStringLiteral("fullscreen=maybe"));
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(text.toUtf8());
    f.close();
    const QStringList p = problems(bad);
    EXPECT_EQ(p.size(), 3) << p.join(QLatin1Char('\n')).toStdString();
}

namespace {

struct BadConfig {
    const char* name;
    const char* extra;  // appended INI text
    const char* drop;   // a key to remove from the valid file, or ""
    const char* problem;
};

class EachConfigError : public KioskConfigTest, public ::testing::WithParamInterface<BadConfig> {};

}  // namespace

// One case per kind of error, each refused with the key and the problem named.
TEST_P(EachConfigError, IsRefusedNamingTheKey) {
    const BadConfig& c = GetParam();
    const QStringList p = problems(write(QString::fromUtf8(c.extra), QLatin1String(c.drop)));
    ASSERT_EQ(p.size(), 1) << p.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(p.first().startsWith(QLatin1String(c.problem))) << p.first().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Config, EachConfigError,
    ::testing::Values(
        BadConfig{"unknown_key", "[timeouts]\nidle_lok_s=60\n", "", "timeouts/idle_lok_s: unknown"},
        BadConfig{"unknown_section", "[colours]\nbackground=red\n", "",
                  "colours/background: unknown"},
        BadConfig{"missing_id", "", "id", "station/id: missing"},
        BadConfig{"empty_id", "[station]\nid=\n", "id", "station/id: missing"},
        BadConfig{"id_not_a_number", "[station]\nid=ten\n", "id",
                  "station/id: must be a whole number"},
        BadConfig{"missing_url", "", "url", "registry/url: missing"},
        BadConfig{"missing_ca", "", "ca", "registry/ca: missing"},
        BadConfig{"missing_certificate", "", "certificate", "registry/certificate: missing"},
        BadConfig{"missing_key", "", "key", "registry/key: missing"},
        BadConfig{"missing_qr_keys", "", "qr_keys", "registry/qr_keys: missing"},
        BadConfig{"url_not_https", "[registry]\nurl=http://127.0.0.1:8443\n", "url",
                  "registry/url: must be an https"},
        BadConfig{"timeout_not_a_number", "[registry]\ntimeout_ms=soon\n", "",
                  "registry/timeout_ms"},
        BadConfig{"timeout_too_small", "[registry]\ntimeout_ms=10\n", "", "registry/timeout_ms"},
        BadConfig{"idle_lock_not_a_number", "[timeouts]\nidle_lock_s=ten\n", "",
                  "timeouts/idle_lock_s"},
        BadConfig{"idle_lock_too_short", "[timeouts]\nidle_lock_s=5\n", "", "timeouts/idle_lock_s"},
        BadConfig{"fingerprint_too_short", "[timeouts]\nfingerprint_s=1\n", "",
                  "timeouts/fingerprint_s"},
        BadConfig{"qr_too_long", "[timeouts]\nqr_s=301\n", "", "timeouts/qr_s"},
        BadConfig{"old_photo_years_one", "[review]\nold_photo_years=1\n", "",
                  "review/old_photo_years"},
        BadConfig{"old_photo_years_not_a_number", "[review]\nold_photo_years=old\n", "",
                  "review/old_photo_years"},
        BadConfig{"finger_attempts_zero", "[devices]\nfinger_attempts=0\n", "",
                  "devices/finger_attempts"},
        BadConfig{"finger_attempts_too_many", "[devices]\nfinger_attempts=9\n", "",
                  "devices/finger_attempts"},
        BadConfig{"language", "[display]\nlanguage=fr\n", "language",
                  "display/language: must be th or en"},
        BadConfig{"fullscreen_not_a_flag", "[display]\nfullscreen=maybe\n", "fullscreen",
                  "display/fullscreen: must be true or false"},
        BadConfig{"upload_interval_zero", "[audit]\nupload_interval_s=0\n", "",
                  "audit/upload_interval_s"},
        BadConfig{"metrics_not_loopback", "[metrics]\nlisten=0.0.0.0:9477\n", "", "metrics/listen"},
        BadConfig{"metrics_bad_port", "[metrics]\nlisten=127.0.0.1:http\n", "", "metrics/listen"}),
    [](const ::testing::TestParamInfo<BadConfig>& p) { return std::string(p.param.name); });

TEST_F(KioskConfigTest, EachMissingFileIsNamed) {
    for (const char* key : {"ca", "certificate", "key", "qr_keys"}) {
        const QString conf =
            write(QStringLiteral("[registry]\n%1=%2\n")
                      .arg(QLatin1String(key), dir.filePath(QStringLiteral("gone"))),
                  QLatin1String(key));
        const QStringList p = problems(conf);
        ASSERT_EQ(p.size(), 1) << key;
        EXPECT_TRUE(p.first().startsWith(
            QStringLiteral("registry/%1: cannot read").arg(QLatin1String(key))))
            << p.first().toStdString();
    }
    const QString conf = write(QStringLiteral("[station]\nstate_dir=%1\n")
                                   .arg(dir.filePath(QStringLiteral("no-such-folder"))),
                               QStringLiteral("state_dir"));
    EXPECT_EQ(problems(conf),
              QStringList{QStringLiteral("station/state_dir: %1 is not a folder")
                              .arg(dir.filePath(QStringLiteral("no-such-folder")))});
}

// The configuration the Debian package installs has no unknown key and no bad value: only the
// two settings office IT fills in (station/id, registry/url) are reported until then.
TEST(PackagedConfig, AsksOnlyForTheStationAndTheRegistry) {
    const auto c =
        KioskConfig::load(QStringLiteral(THAID_SOURCE_DIR "/packaging/kiosk.conf"), false);
    ASSERT_FALSE(c.ok());
    ASSERT_EQ(c.error().size(), 2) << c.error().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(c.error().at(0).startsWith(QLatin1String("station/id")));
    EXPECT_EQ(c.error().at(0), QStringLiteral("station/id: missing"));
    EXPECT_EQ(c.error().at(1), QStringLiteral("registry/url: missing"));
}
