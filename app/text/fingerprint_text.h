#pragma once

#include "fingerprint/fingerprint_types.h"

#include <QCoreApplication>

namespace thaid::app {

// What the officer should do or say, in Thai or English, for every scanner retry and error.
class FingerprintText {
    Q_DECLARE_TR_FUNCTIONS(FingerprintText)
public:
    static QString placeFinger();
    static QString forRetry(fingerprint::ScanRetry retry);
    static QString forError(fingerprint::FingerprintErrorCode code);
    static QString noMatchFinal();
    static QString attemptFailed(int attempt, int maxAttempts);
    // The first index finger used its attempts: the other one now, with attempts of its own.
    static QString otherFinger();
};

}  // namespace thaid::app
