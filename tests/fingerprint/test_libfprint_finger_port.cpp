// The workflow's finger port over real libfprint (virtual_image, fixture prints): what the
// workflow hears is what the scanner did, with the attempt limit it was given.
#include "adapters/libfprint_finger_port.h"
#include "scanner_harness.h"

#include <QDeadlineTimer>
#include <QTest>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::fingerprint;
using thaid::testing::ScannerHarness;

namespace {

struct PortRun {
    std::optional<VerifyResult> result;
    std::optional<FingerprintError> error;
    int waiting = 0;
    int attemptsFailed = 0;
};

PortRun verifyThroughPort(app::FingerPort& port, const QByteArray& print, int attempts) {
    PortRun run;
    QObject context;
    QObject::connect(&port, &app::FingerPort::waitingForFinger, &context, [&] { ++run.waiting; });
    QObject::connect(&port, &app::FingerPort::attemptFailed, &context,
                     [&](int, int) { ++run.attemptsFailed; });
    QObject::connect(&port, &app::FingerPort::verified, &context,
                     [&](const VerifyResult& r) { run.result = r; });
    QObject::connect(&port, &app::FingerPort::failed, &context,
                     [&](const FingerprintError& e) { run.error = e; });
    port.verify(print, attempts, 30000);
    QDeadlineTimer deadline(40000);
    while (!run.result && !run.error && !deadline.hasExpired())
        QTest::qWait(50);
    ScannerHarness::shared().clearQueue();
    return run;
}

}  // namespace

TEST(FingerPort, ReportsAMatchAndTheAttemptsItTook) {
    ScannerHarness& h = ScannerHarness::shared();
    ASSERT_TRUE(h.waitForScanner());
    const QByteArray print = h.enroll(QStringLiteral("tented_arch.png"));
    ASSERT_FALSE(print.isEmpty());
    app::LibfprintFingerPort port(h.scanner, {});
    EXPECT_FALSE(port.scanners().isEmpty());

    h.queue({ScannerHarness::fixture(QStringLiteral("arch.png")),
             ScannerHarness::fixture(QStringLiteral("tented_arch-capture2.png"))});
    const PortRun matched = verifyThroughPort(port, print, 3);
    ASSERT_TRUE(matched.result);
    EXPECT_TRUE(matched.result->match);
    EXPECT_EQ(matched.result->attempts, 2);
    EXPECT_EQ(matched.attemptsFailed, 1);
    EXPECT_GE(matched.waiting, 2);
}

TEST(FingerPort, StopsAtTheAttemptLimitItWasGiven) {
    ScannerHarness& h = ScannerHarness::shared();
    ASSERT_TRUE(h.waitForScanner());
    const QByteArray print = h.enroll(QStringLiteral("tented_arch.png"));
    ASSERT_FALSE(print.isEmpty());
    app::LibfprintFingerPort port(h.scanner, {});
    h.queue({ScannerHarness::fixture(QStringLiteral("arch.png")),
             ScannerHarness::fixture(QStringLiteral("whorl.png")),
             ScannerHarness::fixture(QStringLiteral("tented_arch-capture2.png"))});
    const PortRun refused = verifyThroughPort(port, print, 2);  // the third would have matched
    ASSERT_TRUE(refused.result);
    EXPECT_FALSE(refused.result->match);
    EXPECT_EQ(refused.result->attempts, 2);
}

TEST(FingerPort, ACorruptReferenceIsAFailureNotAVerdict) {
    ScannerHarness& h = ScannerHarness::shared();
    ASSERT_TRUE(h.waitForScanner());
    app::LibfprintFingerPort port(h.scanner, {});
    const PortRun run = verifyThroughPort(port, QByteArray("not a print"), 3);
    EXPECT_FALSE(run.result);
    ASSERT_TRUE(run.error);
    port.cancel();  // nothing running: harmless
}
