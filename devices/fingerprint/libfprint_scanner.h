#pragma once

#include "fingerprint/fingerprint_types.h"

#include <memory>

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace thaid::fingerprint {

class GlibLoopThread;
struct LibfprintBackend;

struct MatchOptions {
    int maxAttempts = 3;          // failed matches before the final "no match"
    int fingerTimeoutMs = 30000;  // per attempt, waiting for a finger
};

// Fingerprint scanners through libfprint. All libfprint calls run on a GLib loop thread; this
// object lives on the Qt thread and reports through queued signals. One operation at a time.
// <fprint.h> stays inside this module's .cpp files.
class LibfprintScanner : public QObject {
    Q_OBJECT
public:
    explicit LibfprintScanner(QObject* parent = nullptr);
    ~LibfprintScanner() override;

    // Enumerates scanners; scannersChanged follows, and again on every hotplug.
    void start();
    // Drops the context and enumerates again: brings back devices that libfprint does not
    // hotplug (the virtual drivers, serial devices) after they were unplugged.
    void rescan();
    QList<ScannerInfo> scanners() const { return m_scanners; }

    // scannerId empty: the first scanner that can do the job.
    void enroll(const QString& scannerId, Finger finger = Finger::RightIndex,
                int fingerTimeoutMs = 30000);
    void verify(const QString& scannerId, const QByteArray& print, MatchOptions options = {});
    void identify(const QString& scannerId, const QList<QByteArray>& prints,
                  MatchOptions options = {});
    // One image from an image device, for the registry to match; retries as verify does.
    void capture(const QString& scannerId, int fingerTimeoutMs = 30000);
    void cancel();
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void scannersChanged(const QList<thaid::fingerprint::ScannerInfo>& scanners);
    void waitingForFinger();
    void retryNeeded(thaid::fingerprint::ScanRetry retry);
    void enrollProgress(int completedStages, int totalStages);
    void verifyAttemptFailed(int attempt, int maxAttempts);
    void enrolled(const QByteArray& print);
    void verified(const thaid::fingerprint::VerifyResult& result);
    // index into the prints given to identify(), or -1
    void identified(int index, int attempts, qint64 ms);
    void captured(const thaid::fingerprint::FingerSample& sample);
    void failed(const thaid::fingerprint::FingerprintError& error);

private:
    friend struct LibfprintBackend;
    bool begin(const QString& scannerId, int fingerTimeoutMs);
    void finish();
    void onFingerAwaited();
    void onFailed(FingerprintError error);

    std::unique_ptr<GlibLoopThread> m_loop;
    std::unique_ptr<LibfprintBackend> m_backend;  // touched only on the loop thread
    QList<ScannerInfo> m_scanners;
    QTimer m_fingerTimer;
    bool m_busy = false;
    bool m_timedOut = false;
};

}  // namespace thaid::fingerprint
