#include "protocol/error_code.h"

#include <array>

namespace thaid::protocol {

namespace {

struct Spelling {
    ErrorCode code;
    const char16_t* name;
    int httpStatus;
};

// In the enum's order, so a code is its own index.
constexpr std::array<Spelling, 37> kSpellings{{
    {ErrorCode::MalformedRequest, u"malformed_request", 400},
    {ErrorCode::InvalidField, u"invalid_field", 400},
    {ErrorCode::BodyTooLarge, u"body_too_large", 413},
    {ErrorCode::ClientCertificateRequired, u"client_certificate_required", 403},
    {ErrorCode::Forbidden, u"forbidden", 403},
    {ErrorCode::NotFound, u"not_found", 404},
    {ErrorCode::Conflict, u"conflict", 409},
    {ErrorCode::AuditConflict, u"audit_conflict", 409},
    {ErrorCode::AuditRejected, u"audit_rejected", 409},
    {ErrorCode::WrongState, u"wrong_state", 409},
    {ErrorCode::Expired, u"expired", 410},
    {ErrorCode::CidMismatch, u"cid_mismatch", 422},
    {ErrorCode::WrongCode, u"wrong_code", 422},
    {ErrorCode::QrMalformed, u"qr_malformed", 400},
    {ErrorCode::QrUnsupportedVersion, u"qr_unsupported_version", 400},
    {ErrorCode::QrUnknownKey, u"qr_unknown_key", 403},
    {ErrorCode::QrBadSignature, u"qr_bad_signature", 403},
    {ErrorCode::QrExpired, u"qr_expired", 410},
    {ErrorCode::QrNotYetValid, u"qr_not_yet_valid", 410},
    {ErrorCode::QrBadTtl, u"qr_bad_ttl", 400},
    {ErrorCode::QrWrongStation, u"qr_wrong_station", 403},
    {ErrorCode::CardNotLatest, u"card_not_latest", 409},
    {ErrorCode::FingerprintNotVerified, u"fingerprint_not_verified", 403},
    {ErrorCode::SampleUnusable, u"sample_unusable", 422},
    {ErrorCode::TooManyAttempts, u"too_many_attempts", 429},
    {ErrorCode::BindingExists, u"binding_exists", 409},
    {ErrorCode::DeviceRevoked, u"device_revoked", 403},
    {ErrorCode::DeviceUnknown, u"device_unknown", 404},
    {ErrorCode::NotASupervisor, u"not_a_supervisor", 403},
    {ErrorCode::ExceptionLimitReached, u"exception_limit_reached", 429},
    {ErrorCode::InternalError, u"internal_error", 500},
    {ErrorCode::RequestTimeout, u"request_timeout", 408},
    {ErrorCode::RateLimited, u"rate_limited", 429},
    {ErrorCode::RegistryUnavailable, u"registry_unavailable", 503},
    {ErrorCode::BindingChanged, u"binding_changed", 409},
    {ErrorCode::DeviceKeyInUse, u"device_key_in_use", 409},
    {ErrorCode::CertificateNotCurrent, u"certificate_not_current", 403},
}};

constexpr bool inEnumOrder() {
    for (std::size_t i = 0; i < kSpellings.size(); ++i)
        if (static_cast<std::size_t>(kSpellings[i].code) != i)
            return false;
    return true;
}
static_assert(inEnumOrder(), "kSpellings must list every ErrorCode in the enum's order");

constexpr std::array<ErrorCode, kSpellings.size()> kAll = [] {
    std::array<ErrorCode, kSpellings.size()> all{};
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = kSpellings[i].code;
    return all;
}();

const Spelling& spelling(ErrorCode code) {
    return kSpellings[static_cast<std::size_t>(code)];
}

}  // namespace

std::span<const ErrorCode> allErrorCodes() {
    return kAll;
}

QString errorCodeName(ErrorCode code) {
    return QString::fromUtf16(spelling(code).name);
}

std::optional<ErrorCode> errorCodeFromName(QStringView name) {
    for (const Spelling& s : kSpellings)
        if (name == QStringView(s.name))
            return s.code;
    return std::nullopt;
}

int errorCodeHttpStatus(ErrorCode code) {
    return spelling(code).httpStatus;
}

}  // namespace thaid::protocol
