#pragma once

#include "fingerprint/libfprint_scanner.h"

#include <QSignalSpy>
#include <QStringList>

namespace thaid::testing {

// Drives a LibfprintScanner on the virtual_image driver: whenever the scanner waits for a
// finger, the next queued item (a fixture image or a thaid-virtual-finger command) is sent.
class ScannerHarness : public QObject {
    Q_OBJECT
public:
    ScannerHarness();
    // The suite's one harness: one GLib loop per process, as in the kiosk.
    static ScannerHarness& shared();
    fingerprint::LibfprintScanner scanner;

    bool waitForScanner(int ms = 10000);
    void queue(const QStringList& items) { m_queue += items; }
    void clearQueue() { m_queue.clear(); }
    static QString fixture(const QString& name);

    // Enrolls with five placements of `image`; empty on failure.
    QByteArray enroll(const QString& image);
    // Runs verify with the queued items; returns the result or fails the test.
    std::optional<fingerprint::VerifyResult> verify(const QByteArray& print,
                                                    fingerprint::MatchOptions options = {});
    std::optional<fingerprint::FingerprintError> waitForFailure(int ms = 20000);

    QSignalSpy waiting{&scanner, &fingerprint::LibfprintScanner::waitingForFinger};
    QSignalSpy retries{&scanner, &fingerprint::LibfprintScanner::retryNeeded};
    QSignalSpy failures{&scanner, &fingerprint::LibfprintScanner::failed};
    QSignalSpy attemptsFailed{&scanner, &fingerprint::LibfprintScanner::verifyAttemptFailed};

private:
    void feedNext();
    QStringList m_queue;
};

}  // namespace thaid::testing
