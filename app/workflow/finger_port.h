#pragma once

#include "fingerprint/fingerprint_types.h"

#include <QObject>

namespace thaid::app {

// The fingerprint scanner as the workflow sees it: one capture at a time, for the registry to
// match (the kiosk never decides a match). Implemented over libfprint.
class FingerPort : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void capture(int fingerTimeoutMs) = 0;
    virtual void cancel() = 0;
    // The scanners seen now and what each can do (the maintenance screen lists them).
    virtual QList<fingerprint::ScannerInfo> scanners() const = 0;

Q_SIGNALS:
    void waitingForFinger();
    void retryNeeded(thaid::fingerprint::ScanRetry retry);
    void captured(const thaid::fingerprint::FingerSample& sample);
    void failed(const thaid::fingerprint::FingerprintError& error);
};

}  // namespace thaid::app
