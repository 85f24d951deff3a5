#include "registry_api/registry_error.h"

#include <algorithm>

namespace thaid::app {

QString RegistryErrorText::forError(const RegistryError& e) {
    switch (e.kind) {
        case RegistryErrorKind::Unreachable:
            return tr(
                "The registry cannot be reached. Check the network cable; the kiosk keeps "
                "trying. If it does not come back, call IT.");
        case RegistryErrorKind::Tls:
            return tr(
                "The secure connection to the registry failed (certificate). Call IT: the "
                "station certificate or the registry CA needs attention.");
        case RegistryErrorKind::ServerError:
            return tr("The registry had an internal error. Wait a moment and try again.");
        case RegistryErrorKind::MalformedAnswer:
            return tr(
                "The registry sent an answer the kiosk does not understand. Try again; if "
                "it happens again, call IT.");
        case RegistryErrorKind::Timeout:
            return tr("The registry is answering too slowly. Wait a moment and try again.");
        case RegistryErrorKind::UntrustedQr:
            return tr(
                "The registry sent a QR code the kiosk cannot verify, so it is not shown. "
                "Cancel and start again; if it happens again, call IT.");
        case RegistryErrorKind::Rejected:
            break;
    }
    const std::optional<ErrorCode> code = e.apiCode();
    if (code) {
        switch (*code) {
            case ErrorCode::WrongCode:
                return tr(
                    "The code does not match the citizen's phone. Check the digits on the phone "
                    "and type them again (%n tries left).",
                    nullptr, std::max(e.attemptsLeft, 0));
            case ErrorCode::CardNotLatest:
                return tr(
                    "This card is not the citizen's latest valid card. Ask for the newest card, "
                    "or send the citizen to card services.");
            case ErrorCode::FingerprintNotVerified:
                return tr("The registry did not verify the finger. Scan the finger again.");
            case ErrorCode::SampleUnusable:
                return tr(
                    "The scan shows too little of the finger. Clean the scanner, press the whole "
                    "fingertip flat and scan again.");
            case ErrorCode::TooManyAttempts:
                return tr(
                    "Too many fingers did not match for this person. The registry allows no more "
                    "tries for 15 minutes; refer the citizen to a supervisor.");
            case ErrorCode::BindingExists:
                return tr(
                    "The citizen's ThaiD phone changed while you were serving them. Remove the "
                    "card and insert it again to see the phone the registry holds now.");
            case ErrorCode::NotASupervisor:
                return tr(
                    "The registry does not accept this card for the sign-off: it needs another "
                    "officer with the supervisor role. Ask a supervisor to insert their own card.");
            case ErrorCode::ExceptionLimitReached:
                return tr(
                    "This counter has used all its supervisor exceptions for today. Refer the "
                    "citizen to the registration desk's manual process.");
            case ErrorCode::Forbidden:
                return tr(
                    "The registry refused this station or officer. Sign in again; if it happens "
                    "again, call IT.");
            case ErrorCode::CertificateNotCurrent:
                return tr(
                    "The registry no longer accepts this station's certificate: the station was "
                    "provisioned again. Office IT: point the kiosk at its current key and "
                    "certificate (thaid-kioskctl doctor), or provision it again.");
            case ErrorCode::Expired:
                return tr("The session has expired. Start again from the card.");
            case ErrorCode::NotFound:
                return tr(
                    "The registry does not know this session or citizen. Start again from the "
                    "card.");
            case ErrorCode::WrongState:
            case ErrorCode::Conflict:
                return tr("The session has already moved on or ended. Start again from the card.");
            default:
                break;
        }
    }
    return tr("The registry refused the request (%1). Start again; if it happens again, call IT.")
        .arg(e.code);
}

}  // namespace thaid::app
