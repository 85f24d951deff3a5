#pragma once

#include "fingerprint/fingerprint_types.h"

#include <QObject>

namespace thaid::app {

// 1:1 fingerprint verification as the workflow sees it. Implemented over libfprint.
class FingerPort : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void verify(const QByteArray& print, int maxAttempts, int fingerTimeoutMs) = 0;
    virtual void cancel() = 0;
    // The scanners seen now and what each can do (the maintenance screen lists them).
    virtual QList<fingerprint::ScannerInfo> scanners() const = 0;

Q_SIGNALS:
    void waitingForFinger();
    void retryNeeded(thaid::fingerprint::ScanRetry retry);
    void attemptFailed(int attempt, int maxAttempts);
    void verified(const thaid::fingerprint::VerifyResult& result);
    void failed(const thaid::fingerprint::FingerprintError& error);
};

}  // namespace thaid::app
