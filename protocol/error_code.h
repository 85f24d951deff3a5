#pragma once

#include <optional>
#include <span>

#include <QString>
#include <QStringView>

namespace thaid::protocol {

// The API's Error.code (api/registry-api.yaml, components/schemas/Error): every value the
// registry sends, spelled on the wire only by errorCodeName(). A test holds this list and the
// document's enum to each other.
enum class ErrorCode {
    MalformedRequest,
    InvalidField,
    BodyTooLarge,
    ClientCertificateRequired,
    Forbidden,
    NotFound,
    Conflict,
    AuditConflict,
    AuditRejected,
    WrongState,
    Expired,
    CidMismatch,
    WrongCode,
    QrMalformed,
    QrUnsupportedVersion,
    QrUnknownKey,
    QrBadSignature,
    QrExpired,
    QrNotYetValid,
    QrBadTtl,
    QrWrongStation,
    CardNotLatest,
    FingerprintNotVerified,
    SampleUnusable,
    TooManyAttempts,
    BindingExists,
    DeviceRevoked,
    DeviceUnknown,
    NotASupervisor,
    ExceptionLimitReached,
    InternalError,
    RequestTimeout,
    RateLimited,
    RegistryUnavailable,
    BindingChanged,
    DeviceKeyInUse,
    CertificateNotCurrent,
};

std::span<const ErrorCode> allErrorCodes();
QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(QStringView name);
// The HTTP status the document gives the code.
int errorCodeHttpStatus(ErrorCode code);

}  // namespace thaid::protocol
