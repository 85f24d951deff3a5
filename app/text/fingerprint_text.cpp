#include "text/fingerprint_text.h"

namespace thaid::app {

using fingerprint::FingerprintErrorCode;
using fingerprint::ScanRetry;

QString FingerprintText::placeFinger() {
    return tr("Ask the citizen to place the index finger flat on the scanner.");
}

QString FingerprintText::forRetry(ScanRetry retry) {
    switch (retry) {
        case ScanRetry::TooShort:
            return tr(
                "The finger was lifted too soon. Ask the citizen to keep it on the scanner a "
                "moment longer.");
        case ScanRetry::CenterFinger:
            return tr(
                "The finger is off-centre. Ask the citizen to place it in the middle of the "
                "scanner.");
        case ScanRetry::RemoveFinger:
            return tr("Ask the citizen to lift the finger and place it again.");
        case ScanRetry::General:
            break;
    }
    return tr(
        "The scan was not clear. Ask the citizen to place the finger again, pressing gently.");
}

QString FingerprintText::forError(FingerprintErrorCode code) {
    switch (code) {
        case FingerprintErrorCode::NoScanner:
            return tr("No fingerprint scanner found. Check that the scanner is plugged in.");
        case FingerprintErrorCode::Busy:
            return tr("The scanner is busy with another operation. Wait a moment and try again.");
        case FingerprintErrorCode::Timeout:
            return tr(
                "No finger was placed in time. Start the scan again when the citizen is ready.");
        case FingerprintErrorCode::Cancelled:
            return tr("The scan was cancelled.");
        case FingerprintErrorCode::Unplugged:
            return tr("The scanner was unplugged. Plug it in again, then retry.");
        case FingerprintErrorCode::DeviceError:
            return tr(
                "The scanner reported an error. Unplug it, plug it in again and retry; if it "
                "persists, call IT.");
        case FingerprintErrorCode::CorruptPrint:
            return tr("The stored fingerprint is damaged. Enrol the finger again.");
        case FingerprintErrorCode::WrongKey:
            return tr(
                "The stored fingerprint was encrypted with another key. Enrol the finger again on "
                "this kiosk.");
        case FingerprintErrorCode::IncompatiblePrint:
            return tr(
                "The stored fingerprint cannot be checked on this scanner. Use an image scanner or "
                "enrol again.");
        case FingerprintErrorCode::KeyFileError:
            return tr("The fingerprint key file is missing or unsafe. Ask IT to check it.");
    }
    return {};
}

QString FingerprintText::noMatchFinal() {
    return tr(
        "The fingerprint does not match after the allowed attempts. Refer the citizen to the "
        "manual process.");
}

QString FingerprintText::attemptFailed(int attempt, int maxAttempts) {
    return tr("No match (attempt %1 of %2). Ask the citizen to place the same finger again.")
        .arg(attempt)
        .arg(maxAttempts);
}

QString FingerprintText::otherFinger() {
    return tr(
        "The right index finger did not match. Now ask for the LEFT index finger, placed flat on "
        "the scanner.");
}

}  // namespace thaid::app
