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
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text.toUtf8());
        return path;
    }

    QStringList problems(const QString& path) {
        auto r = KioskConfig::load(path);
        return r ? QStringList() : r.error();
    }
};

}  // namespace

TEST_F(KioskConfigTest, AValidFileLoadsWithDefaults) {
    auto c = KioskConfig::load(write({}));
    ASSERT_TRUE(c.ok()) << c.error().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(c.value().stationId, 10501u);
    EXPECT_EQ(c.value().idleLockSeconds, 300);
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
