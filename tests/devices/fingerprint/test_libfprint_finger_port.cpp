// The workflow's finger port over real libfprint (virtual_image, fixture images): it hands the
// workflow the image the sensor saw, after any poor scans, for the registry to match.
#include "adapters/libfprint_finger_port.h"
#include "fingerprint/finger_feed.h"
#include "scanner_harness.h"

#include <QDeadlineTimer>
#include <QTest>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::fingerprint;
using thaid::testing::ScannerHarness;

namespace {

struct PortRun {
    std::optional<FingerSample> sample;
    std::optional<FingerprintError> error;
    int waiting = 0;
    int retries = 0;
};

PortRun captureThroughPort(app::FingerPort& port) {
    PortRun run;
    QObject context;
    QObject::connect(&port, &app::FingerPort::waitingForFinger, &context, [&] { ++run.waiting; });
    QObject::connect(&port, &app::FingerPort::retryNeeded, &context,
                     [&](ScanRetry) { ++run.retries; });
    QObject::connect(&port, &app::FingerPort::captured, &context,
                     [&](const FingerSample& s) { run.sample = s; });
    QObject::connect(&port, &app::FingerPort::failed, &context,
                     [&](const FingerprintError& e) { run.error = e; });
    port.capture(30000);
    QDeadlineTimer deadline(40000);
    while (!run.sample && !run.error && !deadline.hasExpired())
        QTest::qWait(50);
    ScannerHarness::shared().clearQueue();
    return run;
}

// What the sensor saw: the fed frame's pixels, padded as the driver pads them.
QByteArray fixturePixels(const QString& name) {
    QString error;
    return finger_feed::imageFrame(ScannerHarness::fixture(name), &error).mid(8);
}

}  // namespace

TEST(FingerPort, HandsOverTheImageTheSensorSaw) {
    ScannerHarness& h = ScannerHarness::shared();
    ASSERT_TRUE(h.waitForScanner());
    app::LibfprintFingerPort port(h.scanner, {});
    EXPECT_FALSE(port.scanners().isEmpty());
    h.queue({ScannerHarness::fixture(QStringLiteral("tented_arch-capture2.png"))});
    const PortRun run = captureThroughPort(port);
    ASSERT_TRUE(run.sample) << (run.error ? run.error->detail.toStdString() : "timeout");
    EXPECT_EQ(run.sample->width, 256);
    EXPECT_EQ(run.sample->height, 240);
    EXPECT_TRUE(run.sample->isValid());
    EXPECT_EQ(run.sample->pixels, fixturePixels(QStringLiteral("tented_arch-capture2.png")));
    EXPECT_GE(run.waiting, 1);
}

TEST(FingerPort, APoorScanIsGuidanceAndTheNextPlacementIsCaptured) {
    ScannerHarness& h = ScannerHarness::shared();
    ASSERT_TRUE(h.waitForScanner());
    app::LibfprintFingerPort port(h.scanner, {});
    h.queue({QStringLiteral("retry:1"), ScannerHarness::fixture(QStringLiteral("whorl.png"))});
    const PortRun run = captureThroughPort(port);
    ASSERT_TRUE(run.sample);
    EXPECT_EQ(run.retries, 1);
    EXPECT_EQ(run.sample->pixels, fixturePixels(QStringLiteral("whorl.png")));
}

TEST(FingerPort, AnUnpluggedScannerIsAFailureNotAnImage) {
    ScannerHarness& h = ScannerHarness::shared();
    ASSERT_TRUE(h.waitForScanner());
    app::LibfprintFingerPort port(h.scanner, {});
    h.queue({QStringLiteral("unplug")});
    const PortRun run = captureThroughPort(port);
    EXPECT_FALSE(run.sample);
    ASSERT_TRUE(run.error);
    EXPECT_EQ(run.error->code, FingerprintErrorCode::Unplugged);
    // The next test finds it again, once libfprint has let go of the removed device.
    QDeadlineTimer gone(5000);
    while (!h.scanner.scanners().isEmpty() && !gone.hasExpired())
        QTest::qWait(100);
    h.scanner.rescan();
    ASSERT_TRUE(h.waitForScanner());
}
