// doctor's checks that need no device: the station certificate (thresholds, CA, CN, key) and
// the clock against the registry's, each on real files and real OpenSSL certificates.
#include "doctor/local_checks.h"
#include "doctor/registry_checks.h"
#include "sim/demo_pki/demo_pki.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;

namespace {

class CertificateCheck : public ::testing::Test {
public:
    QTemporaryDir dir;
    KioskConfig config;

    void SetUp() override {
        config.stationId = 10501;
        config.stationCertificate = dir.filePath(QStringLiteral("station.pem"));
        config.stationKey = dir.filePath(QStringLiteral("station-key.pem"));
        config.registryCa = dir.filePath(QStringLiteral("ca.pem"));
    }

    static void write(const QString& path, const QByteArray& bytes) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // A station certificate valid for `days`, from a fresh CA, installed in the config's files.
    void install(quint32 station, int days) {
        auto ca = sim::DemoPki::createCa(QStringLiteral("Registry CA"), 3650);
        ASSERT_TRUE(ca.ok());
        auto cert = ca.value().issueStation(station, days);
        ASSERT_TRUE(cert.ok());
        ASSERT_NO_FATAL_FAILURE(write(config.registryCa, ca.value().ca().certificate));
        ASSERT_NO_FATAL_FAILURE(write(config.stationCertificate, cert.value().certificate));
        ASSERT_NO_FATAL_FAILURE(write(config.stationKey, cert.value().privateKey));
    }

    // The key as the kiosk and doctor load it, once per check.
    DoctorCheck at(int daysFromNow) const {
        const auto key = StationKey::load(config.stationKeyLocation());
        return LocalChecks::certificate(config, key ? &key.value() : nullptr,
                                        QDateTime::currentDateTimeUtc().addDays(daysFromNow));
    }
};

}  // namespace

TEST_F(CertificateCheck, IsOkWithMoreThanThirtyDaysLeft) {
    ASSERT_NO_FATAL_FAILURE(install(10501, 200));
    const DoctorCheck c = at(0);
    EXPECT_EQ(c.status, CheckStatus::Ok) << c.summary.toStdString();
    EXPECT_TRUE(c.summary.contains(QLatin1String("199")) ||
                c.summary.contains(QLatin1String("200")))
        << c.summary.toStdString();
    EXPECT_TRUE(c.remedy.isEmpty());
}

TEST_F(CertificateCheck, WarnsInTheLastThirtyDaysAndFailsWhenExpired) {
    ASSERT_NO_FATAL_FAILURE(install(10501, 100));
    EXPECT_EQ(at(68).status, CheckStatus::Ok);    // 31 or 32 days left
    EXPECT_EQ(at(71).status, CheckStatus::Warn);  // 28 or 29 days left
    EXPECT_FALSE(at(71).remedy.isEmpty());
    EXPECT_EQ(at(99).status, CheckStatus::Warn);
    const DoctorCheck expired = at(101);
    EXPECT_EQ(expired.status, CheckStatus::Fail);
    EXPECT_TRUE(expired.summary.contains(QLatin1String("expired")))
        << expired.summary.toStdString();
    EXPECT_EQ(at(-2).status, CheckStatus::Fail);  // not valid yet: the clock is behind
}

TEST_F(CertificateCheck, FailsForAnotherStationAnotherCaOrAnotherKey) {
    ASSERT_NO_FATAL_FAILURE(install(10502, 200));
    EXPECT_EQ(at(0).status, CheckStatus::Fail);
    EXPECT_TRUE(at(0).summary.contains(QLatin1String("station-10502")));

    ASSERT_NO_FATAL_FAILURE(install(10501, 200));
    const QByteArray ownCa = [&] {
        QFile f(config.registryCa);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto other = sim::DemoPki::createCa(QStringLiteral("Another CA"), 3650);
    ASSERT_TRUE(other.ok());
    ASSERT_NO_FATAL_FAILURE(write(config.registryCa, other.value().ca().certificate));
    EXPECT_EQ(at(0).status, CheckStatus::Fail);
    EXPECT_TRUE(at(0).summary.contains(QLatin1String("registry CA")));

    ASSERT_NO_FATAL_FAILURE(write(config.registryCa, ownCa));
    auto stranger = other.value().issueStation(10501, 200);
    ASSERT_TRUE(stranger.ok());
    ASSERT_NO_FATAL_FAILURE(write(config.stationKey, stranger.value().privateKey));
    EXPECT_EQ(at(0).status, CheckStatus::Fail);
    EXPECT_TRUE(at(0).summary.contains(QLatin1String("station key")));

    ASSERT_NO_FATAL_FAILURE(write(config.stationCertificate, "not a certificate"));
    EXPECT_EQ(at(0).status, CheckStatus::Fail);
}

TEST_F(CertificateCheck, WarnsWhenTheKeyCannotBeLoadedAndSaysWhereTheKeyIs) {
    ASSERT_NO_FATAL_FAILURE(install(10501, 200));
    ASSERT_TRUE(QFile::remove(config.stationKey));
    EXPECT_EQ(at(0).status, CheckStatus::Warn);

    const auto missing = StationKey::load(config.stationKeyLocation());
    const DoctorCheck gone = LocalChecks::stationKey(config, missing);
    EXPECT_EQ(gone.status, CheckStatus::Warn) << gone.summary.toStdString();

    ASSERT_NO_FATAL_FAILURE(install(10501, 200));
    const DoctorCheck file =
        LocalChecks::stationKey(config, StationKey::load(config.stationKeyLocation()));
    EXPECT_EQ(file.status, CheckStatus::Warn);
    EXPECT_TRUE(file.summary.contains(QLatin1String("a file"))) << file.summary.toStdString();
    EXPECT_TRUE(file.remedy.contains(QLatin1String("tpm:"))) << file.remedy.toStdString();

    // A TPM key that is not there (no TPM reachable at this address) fails, with what to do.
    config.stationKey = QStringLiteral("tpm:0x81000010");
    config.tpmTcti = QStringLiteral("swtpm:host=127.0.0.1,port=1");
    const DoctorCheck noTpm =
        LocalChecks::stationKey(config, StationKey::load(config.stationKeyLocation()));
    EXPECT_EQ(noTpm.status, CheckStatus::Fail);
    EXPECT_TRUE(noTpm.remedy.contains(QLatin1String("--new-key"))) << noTpm.remedy.toStdString();
}

TEST(StationKeyLocation, NamesAFileOrAHandleInTheOwnerRange) {
    const auto file = StationKeyLocation::parse(QStringLiteral("/var/lib/k.pem"), {});
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE(file.value().inTpm());
    const auto tpm = StationKeyLocation::parse(QStringLiteral("tpm:0x81000010"), {});
    ASSERT_TRUE(tpm.ok());
    EXPECT_EQ(tpm.value().handle, 0x81000010U);
    EXPECT_EQ(tpm.value().describe(), QStringLiteral("tpm:0x81000010"));
    for (const char* bad : {"tpm:", "tpm:81000010", "tpm:0x80000001", "tpm:0x81800000", "tpm:0xzz",
                            "tpm:0x81000010 "})
        EXPECT_FALSE(StationKeyLocation::parse(QLatin1String(bad), {}).ok()) << bad;
}

TEST(ClockCheck, AllowsSixtySecondsEitherWayMeasuredFromTheMiddleOfTheExchange) {
    const QDateTime sent =
        QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
    const QDateTime received = sent.addMSecs(400);  // the registry read its clock at +200 ms
    const auto skew = [&](int ms) {
        return RegistryChecks::clockFrom(sent, received, sent.addMSecs(200 + ms));
    };
    EXPECT_EQ(skew(0).status, CheckStatus::Ok);
    EXPECT_EQ(skew(60'000).status, CheckStatus::Ok);
    EXPECT_EQ(skew(-60'000).status, CheckStatus::Ok);
    EXPECT_EQ(skew(61'000).status, CheckStatus::Fail);
    EXPECT_EQ(skew(-61'000).status, CheckStatus::Fail);
    EXPECT_FALSE(skew(61'000).remedy.isEmpty());
    EXPECT_TRUE(skew(61'000).summary.contains(QLatin1String("behind")));
    EXPECT_TRUE(skew(-61'000).summary.contains(QLatin1String("ahead")));
    EXPECT_TRUE(skew(-300'000).summary.contains(QLatin1String("300")));
}

TEST(AuditTrailCheck, FailsWhenTheRegistryAcknowledgedRowsTheTrailNoLongerHas) {
    EXPECT_EQ(RegistryChecks::trailAgainstRegistry(12, 10).status, CheckStatus::Ok);
    EXPECT_EQ(RegistryChecks::trailAgainstRegistry(0, 0).status, CheckStatus::Ok);
    const DoctorCheck cut = RegistryChecks::trailAgainstRegistry(7, 10);
    EXPECT_EQ(cut.status, CheckStatus::Fail);
    EXPECT_EQ(cut.id, QStringLiteral("audit_trail"));
    EXPECT_FALSE(cut.remedy.isEmpty());
    EXPECT_EQ(RegistryChecks::trailAgainstRegistry(0, 3).status, CheckStatus::Fail);
}
