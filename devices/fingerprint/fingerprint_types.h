#pragma once

#include <optional>

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace thaid::fingerprint {

struct ScannerInfo {
    QString id;  // libfprint device id, stable while plugged in
    QString name;
    QString driver;
    bool canCapture = false;
    bool canVerify = false;
    bool canIdentify = false;
    bool hasStorage = false;
    // Image devices match NBIS prints from anywhere; match-on-chip sensors only their own, so
    // they can sign officers in but cannot verify a citizen against the registry's print.
    bool canVerifyExternalPrints = false;
    int enrollStages = 0;
};

// libfprint's FpFinger numbering.
enum class Finger {
    LeftThumb = 1,
    LeftIndex,
    LeftMiddle,
    LeftRing,
    LeftLittle,
    RightThumb,
    RightIndex,
    RightMiddle,
    RightRing,
    RightLittle,
};
// "right-index" and so on; empty optional for an unknown name.
std::optional<Finger> parseFinger(const QString& name);

// What the officer should tell the citizen after a scan that did not count.
enum class ScanRetry { General, TooShort, CenterFinger, RemoveFinger };

enum class FingerprintErrorCode {
    NoScanner,
    Busy,
    Timeout,  // no finger within the configured time
    Cancelled,
    Unplugged,    // the scanner went away during the operation
    DeviceError,  // the scanner reported a failure
    CorruptPrint,
    WrongKey,  // the print was encrypted under another key
    IncompatiblePrint,
    KeyFileError,
};

struct FingerprintError {
    FingerprintErrorCode code;
    QString detail;  // technical, never personal data
};

struct VerifyResult {
    bool match = false;
    std::optional<int> score;  // only where the driver exposes one (libfprint 1.94 does not)
    int attempts = 0;
    qint64 ms = 0;
};

// One captured image as the scanner gave it: 8-bit grey, row by row. It is the sample the
// registry matches (docs/protocol.md); held in memory only, and wiped with wipe().
struct FingerSample {
    int width = 0;
    int height = 0;
    QByteArray pixels;
    qint64 captureMs = 0;
    bool isValid() const {
        return width > 0 && height > 0 && pixels.size() == static_cast<qsizetype>(width) * height;
    }
    void wipe();
};

QString fingerprintErrorId(FingerprintErrorCode code);
QString scanRetryId(ScanRetry retry);

}  // namespace thaid::fingerprint

Q_DECLARE_METATYPE(thaid::fingerprint::ScannerInfo)
Q_DECLARE_METATYPE(thaid::fingerprint::ScanRetry)
Q_DECLARE_METATYPE(thaid::fingerprint::FingerprintError)
Q_DECLARE_METATYPE(thaid::fingerprint::VerifyResult)
Q_DECLARE_METATYPE(thaid::fingerprint::FingerSample)
