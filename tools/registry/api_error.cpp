#include "registry/api_error.h"

#include <QHash>

namespace thaid::registry {

ApiError apiError(const char* code, const QString& message, int attemptsLeft) {
    return {QLatin1String(code), message, attemptsLeft};
}

QJsonObject ApiError::toJson() const {
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (attemptsLeft >= 0)
        o.insert(QStringLiteral("attempts_left"), attemptsLeft);
    return o;
}

int ApiError::httpStatus() const {
    static const QHash<QString, int> kStatus{
        {QStringLiteral("malformed_request"), 400},
        {QStringLiteral("invalid_field"), 400},
        {QStringLiteral("qr_malformed"), 400},
        {QStringLiteral("qr_unsupported_version"), 400},
        {QStringLiteral("qr_bad_ttl"), 400},
        {QStringLiteral("qr_wrong_station"), 403},
        {QStringLiteral("client_certificate_required"), 403},
        {QStringLiteral("forbidden"), 403},
        {QStringLiteral("qr_unknown_key"), 403},
        {QStringLiteral("qr_bad_signature"), 403},
        {QStringLiteral("fingerprint_not_verified"), 403},
        {QStringLiteral("card_not_latest"), 409},
        {QStringLiteral("binding_exists"), 409},
        {QStringLiteral("not_a_supervisor"), 403},
        {QStringLiteral("exception_limit_reached"), 429},
        {QStringLiteral("device_revoked"), 403},
        {QStringLiteral("device_unknown"), 404},
        {QStringLiteral("not_found"), 404},
        {QStringLiteral("conflict"), 409},
        {QStringLiteral("audit_conflict"), 409},
        {QStringLiteral("audit_rejected"), 409},
        {QStringLiteral("wrong_state"), 409},
        {QStringLiteral("expired"), 410},
        {QStringLiteral("qr_expired"), 410},
        {QStringLiteral("qr_not_yet_valid"), 410},
        {QStringLiteral("body_too_large"), 413},
        {QStringLiteral("cid_mismatch"), 422},
        {QStringLiteral("sample_unusable"), 422},
        {QStringLiteral("too_many_attempts"), 429},
        {QStringLiteral("wrong_code"), 422},
        {QStringLiteral("registry_unavailable"), 503},
    };
    return kStatus.value(code, 500);
}

}  // namespace thaid::registry
