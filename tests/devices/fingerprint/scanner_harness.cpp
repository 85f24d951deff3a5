#include "scanner_harness.h"

#include <QDeadlineTimer>
#include <QProcess>

#include <gtest/gtest.h>

namespace thaid::testing {

using namespace thaid::fingerprint;

ScannerHarness::ScannerHarness() {
    connect(&scanner, &LibfprintScanner::waitingForFinger, this, &ScannerHarness::feedNext,
            Qt::QueuedConnection);
    scanner.start();
}

ScannerHarness& ScannerHarness::shared() {
    static auto* harness = new ScannerHarness;  // never destroyed: libfprint outlives the tests
    return *harness;
}

QString ScannerHarness::fixture(const QString& name) {
    return QStringLiteral(THAID_FINGERPRINT_FIXTURES "/") + name;
}

bool ScannerHarness::waitForScanner(int ms) {
    QSignalSpy changed(&scanner, &LibfprintScanner::scannersChanged);
    QDeadlineTimer deadline(ms);
    while (scanner.scanners().isEmpty() && !deadline.hasExpired()) {
        changed.wait(100);
    }
    return !scanner.scanners().isEmpty();
}

void ScannerHarness::feedNext() {
    if (m_queue.isEmpty()) {
        return;
    }
    const QString item = m_queue.takeFirst();
    // The real feeder program, started without blocking the Qt thread, whose responsiveness
    // the tests measure.
    const bool started = QProcess::startDetached(
        QStringLiteral(THAID_VIRTUAL_FINGER_BIN),
        {QStringLiteral("--socket"), qEnvironmentVariable("FP_VIRTUAL_IMAGE"), item});
    EXPECT_TRUE(started) << "thaid-virtual-finger " << item.toStdString();
}

QByteArray ScannerHarness::enroll(const QString& image) {
    if (!waitForScanner())
        return {};
    QSignalSpy done(&scanner, &LibfprintScanner::enrolled);
    const qsizetype failuresBefore = failures.size();
    for (int i = 0; i < 5; ++i)
        queue({fixture(image)});
    scanner.enroll({});
    QDeadlineTimer deadline(30000);
    while (done.isEmpty() && failures.size() == failuresBefore && !deadline.hasExpired()) {
        done.wait(100);
    }
    clearQueue();
    return done.isEmpty() ? QByteArray() : done.first().value(0).toByteArray();
}

std::optional<VerifyResult> ScannerHarness::verify(const QByteArray& print, MatchOptions options) {
    QSignalSpy done(&scanner, &LibfprintScanner::verified);
    const qsizetype failuresBefore = failures.size();
    scanner.verify({}, print, options);
    QDeadlineTimer deadline(30000);
    while (done.isEmpty() && failures.size() == failuresBefore && !deadline.hasExpired()) {
        done.wait(100);
    }
    clearQueue();
    if (done.isEmpty()) {
        return std::nullopt;
    }
    return done.first().value(0).value<VerifyResult>();
}

std::optional<FingerprintError> ScannerHarness::waitForFailure(int ms) {
    QDeadlineTimer deadline(ms);
    while (failures.isEmpty() && !deadline.hasExpired()) {
        failures.wait(100);
    }
    if (failures.isEmpty())
        return std::nullopt;
    return failures.takeFirst().value(0).value<FingerprintError>();
}

}  // namespace thaid::testing
