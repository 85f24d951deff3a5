#pragma once

#include <QJsonObject>
#include <QString>

namespace thaid::registry {

// An API error: a stable code from the OpenAPI document's Error.code and a human message.
struct ApiError {
    QString code;
    QString message;
    int attemptsLeft = -1;  // for cid_mismatch and wrong_code

    QJsonObject toJson() const;
    // The HTTP status the OpenAPI document gives this code.
    int httpStatus() const;
};

ApiError apiError(const char* code, const QString& message, int attemptsLeft = -1);

}  // namespace thaid::registry
