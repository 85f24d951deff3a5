#include "fingerprint/fingerprint_types.h"

#include "common/secure_wipe.h"

namespace thaid::fingerprint {

void FingerSample::wipe() {
    secureWipe(pixels);
    pixels.clear();
    width = height = 0;
}

std::optional<Finger> parseFinger(const QString& name) {
    static const char* const kNames[] = {
        "left-thumb",  "left-index",  "left-middle",  "left-ring",  "left-little",
        "right-thumb", "right-index", "right-middle", "right-ring", "right-little"};
    for (int i = 0; i < 10; ++i) {
        if (name == QLatin1String(kNames[i]))
            return static_cast<Finger>(i + 1);
    }
    return std::nullopt;
}

QString fingerprintErrorId(FingerprintErrorCode code) {
    switch (code) {
        case FingerprintErrorCode::NoScanner:
            return QStringLiteral("no_scanner");
        case FingerprintErrorCode::Busy:
            return QStringLiteral("busy");
        case FingerprintErrorCode::Timeout:
            return QStringLiteral("timeout");
        case FingerprintErrorCode::Cancelled:
            return QStringLiteral("cancelled");
        case FingerprintErrorCode::Unplugged:
            return QStringLiteral("unplugged");
        case FingerprintErrorCode::DeviceError:
            return QStringLiteral("device_error");
        case FingerprintErrorCode::CorruptPrint:
            return QStringLiteral("corrupt_print");
        case FingerprintErrorCode::WrongKey:
            return QStringLiteral("wrong_key");
        case FingerprintErrorCode::IncompatiblePrint:
            return QStringLiteral("incompatible_print");
        case FingerprintErrorCode::KeyFileError:
            return QStringLiteral("key_file_error");
    }
    return QStringLiteral("unknown");
}

QString scanRetryId(ScanRetry retry) {
    switch (retry) {
        case ScanRetry::General:
            return QStringLiteral("retry");
        case ScanRetry::TooShort:
            return QStringLiteral("too_short");
        case ScanRetry::CenterFinger:
            return QStringLiteral("center_finger");
        case ScanRetry::RemoveFinger:
            return QStringLiteral("remove_finger");
    }
    return QStringLiteral("retry");
}

}  // namespace thaid::fingerprint
