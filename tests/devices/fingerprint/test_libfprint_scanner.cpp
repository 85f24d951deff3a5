// LibfprintScanner through real libfprint: virtual_image fed by thaid-virtual-finger with the
// shared fixture prints (NBIS minutiae detection and bozorth3 matching).
#include "scanner_harness.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>

#include <gtest/gtest.h>

using namespace thaid::fingerprint;
using thaid::testing::ScannerHarness;

namespace {
ScannerHarness& harness() {
    return ScannerHarness::shared();
}

QByteArray whorlPrint() {
    static QByteArray print = harness().enroll(QStringLiteral("whorl.png"));
    return print;
}
}  // namespace

TEST(Scanner, ListsTheVirtualImageDeviceAsAbleToVerifyCitizens) {
    ASSERT_TRUE(harness().waitForScanner());
    const ScannerInfo s = harness().scanner.scanners().first();
    EXPECT_EQ(s.driver, QStringLiteral("virtual_image"));
    EXPECT_TRUE(s.canVerify);
    EXPECT_TRUE(s.canIdentify);
    EXPECT_TRUE(s.canVerifyExternalPrints);
    EXPECT_EQ(s.enrollStages, 5);
}

TEST(Scanner, EnrollsWithProgressThenVerifiesTheSameFinger) {
    ASSERT_TRUE(harness().waitForScanner());
    QSignalSpy progress(&harness().scanner, &LibfprintScanner::enrollProgress);
    const QByteArray print = harness().enroll(QStringLiteral("loop-right.png"));
    ASSERT_FALSE(print.isEmpty());
    ASSERT_EQ(progress.size(), 5);
    EXPECT_EQ(progress.last().value(0).toInt(), 5);
    EXPECT_EQ(progress.last().value(1).toInt(), 5);
    harness().queue({ScannerHarness::fixture(QStringLiteral("loop-right-capture2.png"))});
    const auto r = harness().verify(print);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->match);
    EXPECT_EQ(r->attempts, 1);
}

TEST(Scanner, RejectsEveryOtherFinger) {
    ASSERT_FALSE(whorlPrint().isEmpty());
    for (const char* other :
         {"arch-capture2.png", "tented_arch-capture2.png", "loop-right-capture2.png"}) {
        harness().queue({ScannerHarness::fixture(QLatin1String(other))});
        const auto r = harness().verify(whorlPrint(), {1, 30000});
        ASSERT_TRUE(r) << other;
        EXPECT_FALSE(r->match) << other;
    }
}

TEST(Scanner, ThreeFailedAttemptsGiveAFinalNoMatch) {
    ASSERT_FALSE(whorlPrint().isEmpty());
    harness().attemptsFailed.clear();
    harness().queue({ScannerHarness::fixture(QStringLiteral("arch.png")),
                     ScannerHarness::fixture(QStringLiteral("arch-capture2.png")),
                     ScannerHarness::fixture(QStringLiteral("tented_arch.png"))});
    const auto r = harness().verify(whorlPrint(), {3, 30000});
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->match);
    EXPECT_EQ(r->attempts, 3);
    EXPECT_EQ(harness().attemptsFailed.size(), 2);
}

TEST(Scanner, SecondAttemptCanMatch) {
    ASSERT_FALSE(whorlPrint().isEmpty());
    harness().queue({ScannerHarness::fixture(QStringLiteral("arch.png")),
                     ScannerHarness::fixture(QStringLiteral("whorl-capture2.png"))});
    const auto r = harness().verify(whorlPrint(), {3, 30000});
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->match);
    EXPECT_EQ(r->attempts, 2);
}

TEST(Scanner, RetryCodesBecomeGuidanceAndDoNotCountAsAttempts) {
    ASSERT_FALSE(whorlPrint().isEmpty());
    harness().retries.clear();
    harness().queue({QStringLiteral("retry:0"), QStringLiteral("retry:1"),
                     QStringLiteral("retry:2"), QStringLiteral("retry:3"),
                     ScannerHarness::fixture(QStringLiteral("whorl-capture2.png"))});
    const auto r = harness().verify(whorlPrint(), {1, 30000});
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->match);
    ASSERT_EQ(harness().retries.size(), 4);
    EXPECT_EQ(harness().retries[0].value(0).value<ScanRetry>(), ScanRetry::General);
    EXPECT_EQ(harness().retries[1].value(0).value<ScanRetry>(), ScanRetry::TooShort);
    EXPECT_EQ(harness().retries[2].value(0).value<ScanRetry>(), ScanRetry::CenterFinger);
    EXPECT_EQ(harness().retries[3].value(0).value<ScanRetry>(), ScanRetry::RemoveFinger);
}

TEST(Scanner, NoFingerEndsWithATimeout) {
    ASSERT_FALSE(whorlPrint().isEmpty());
    harness().failures.clear();
    harness().scanner.verify({}, whorlPrint(), {3, 700});
    const auto e = harness().waitForFailure();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, FingerprintErrorCode::Timeout);
    EXPECT_FALSE(harness().scanner.busy());
}

TEST(Scanner, CancelDuringCapture) {
    ASSERT_FALSE(whorlPrint().isEmpty());
    harness().failures.clear();
    QSignalSpy waiting(&harness().scanner, &LibfprintScanner::waitingForFinger);
    harness().scanner.verify({}, whorlPrint());
    ASSERT_TRUE(waiting.wait(10000));
    harness().scanner.cancel();
    const auto e = harness().waitForFailure();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, FingerprintErrorCode::Cancelled);
    // And the scanner works again right away.
    harness().queue({ScannerHarness::fixture(QStringLiteral("whorl-capture2.png"))});
    const auto r = harness().verify(whorlPrint());
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->match);
}

TEST(Scanner, CorruptPrintIsRefusedBeforeScanning) {
    ASSERT_TRUE(harness().waitForScanner());
    harness().failures.clear();
    harness().scanner.verify({}, QByteArray("not a print at all"));
    const auto e = harness().waitForFailure();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, FingerprintErrorCode::CorruptPrint);
}

TEST(Scanner, IdentifiesAmongThreeEnrolledOfficers) {
    ASSERT_TRUE(harness().waitForScanner());
    const QList<QByteArray> officers{harness().enroll(QStringLiteral("arch.png")), whorlPrint(),
                                     harness().enroll(QStringLiteral("tented_arch.png"))};
    for (const QByteArray& p : officers)
        ASSERT_FALSE(p.isEmpty());
    QSignalSpy identified(&harness().scanner, &LibfprintScanner::identified);
    harness().queue({ScannerHarness::fixture(QStringLiteral("whorl-capture2.png"))});
    harness().scanner.identify({}, officers);
    ASSERT_TRUE(identified.wait(30000));
    EXPECT_EQ(identified.first().value(0).toInt(), 1);

    identified.clear();
    harness().queue({ScannerHarness::fixture(QStringLiteral("loop-right-capture2.png"))});
    harness().scanner.identify({}, officers, {1, 30000});
    ASSERT_TRUE(identified.wait(30000));
    EXPECT_EQ(identified.first().value(0).toInt(), -1);
}

// docs/devices.md: NBIS matching must not freeze the UI. Measure the Qt event loop's longest gap
// while verifies run.
TEST(Scanner, QtEventLoopStaysResponsiveDuringVerify) {
    ASSERT_FALSE(whorlPrint().isEmpty());
    QElapsedTimer since;
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, [&] { worst = std::max(worst, since.restart()); });
    for (int i = 0; i < 3; ++i) {
        harness().queue({ScannerHarness::fixture(QStringLiteral("whorl-capture2.png"))});
        since.start();
        tick.start();
        const auto r = harness().verify(whorlPrint());
        tick.stop();
        ASSERT_TRUE(r);
        EXPECT_TRUE(r->match);
    }
    std::printf("longest Qt event-loop stall during verify: %lld ms\n",
                static_cast<long long>(worst));
    EXPECT_LT(worst, 50);
}

// Last: the scanner goes away mid-capture, then comes back.
TEST(Scanner, ZzUnplugDuringCaptureThenRecover) {
    ASSERT_FALSE(whorlPrint().isEmpty());
    harness().failures.clear();
    QSignalSpy changed(&harness().scanner, &LibfprintScanner::scannersChanged);
    harness().queue({QStringLiteral("unplug")});
    harness().scanner.verify({}, whorlPrint());
    const auto e = harness().waitForFailure();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, FingerprintErrorCode::Unplugged);
    QDeadlineTimer deadline(5000);
    while (!harness().scanner.scanners().isEmpty() && !deadline.hasExpired())
        changed.wait(100);
    EXPECT_TRUE(harness().scanner.scanners().isEmpty());

    harness().scanner.rescan();
    ASSERT_TRUE(harness().waitForScanner());
    harness().queue({ScannerHarness::fixture(QStringLiteral("whorl-capture2.png"))});
    const auto r = harness().verify(whorlPrint());
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->match);
}
