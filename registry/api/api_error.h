#pragma once

#include "protocol/error_code.h"
#include "protocol/wire/json_fields.h"

#include <QJsonObject>
#include <QString>

namespace thaid::registry {

using protocol::ErrorCode;

// An API error: a code from the contract (protocol/error_code.h) in its wire spelling, and a
// human message.
struct ApiError {
    QString code;
    QString message;
    int attemptsLeft = -1;  // for cid_mismatch and wrong_code

    QJsonObject toJson() const;
    // The HTTP status the OpenAPI document gives this code.
    int httpStatus() const;
};

ApiError apiError(ErrorCode code, const QString& message, int attemptsLeft = -1);
// A body that is not the contract's request (protocol/wire).
ApiError apiError(const protocol::WireError& e);

}  // namespace thaid::registry
