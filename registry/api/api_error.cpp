#include "registry/api/api_error.h"

namespace thaid::registry {

ApiError apiError(ErrorCode code, const QString& message, int attemptsLeft) {
    return {protocol::errorCodeName(code), message, attemptsLeft};
}

ApiError apiError(const protocol::WireError& e) {
    return apiError(e.code, e.message);
}

QJsonObject ApiError::toJson() const {
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (attemptsLeft >= 0)
        o.insert(QStringLiteral("attempts_left"), attemptsLeft);
    return o;
}

int ApiError::httpStatus() const {
    const auto known = protocol::errorCodeFromName(code);
    return known ? protocol::errorCodeHttpStatus(*known) : 500;
}

}  // namespace thaid::registry
