#pragma once

#include "common/result.h"
#include "protocol/error_code.h"
#include "protocol/wire/json_fields.h"

#include <optional>

#include <QMetaType>
#include <QString>

namespace thaid::protocol {

// Why a call to the registry failed, as a client (the kiosk, the phone) tells the cases apart.
enum class RegistryErrorKind {
    Unreachable,      // connection refused, no route, DNS: the network or the registry is down
    Tls,              // handshake failed: certificate, CA or station certificate problem
    Rejected,         // 4xx: the registry refused the request (code says why)
    ServerError,      // 5xx
    MalformedAnswer,  // not the JSON the API document promises
    Timeout,          // no complete answer in time
    UntrustedQr       // a QR frame the kiosk cannot verify: never shown
};

struct RegistryError {
    RegistryErrorKind kind = RegistryErrorKind::Unreachable;
    int httpStatus = 0;
    QString code;    // the API's Error.code for Rejected, else a kind name
    QString detail;  // technical, for logs; never personal data
    int attemptsLeft = -1;

    // The wire code, when it is one the contract defines.
    std::optional<ErrorCode> apiCode() const { return errorCodeFromName(code); }

    // Worth trying again by itself (the registry may come back).
    bool transient() const {
        return kind == RegistryErrorKind::Unreachable || kind == RegistryErrorKind::Timeout ||
               kind == RegistryErrorKind::ServerError;
    }
};

QString registryErrorKindId(RegistryErrorKind kind);

// A registry reply read as the contract's type T: an answer its decoder refuses is a
// MalformedAnswer naming the schema and the field.
template <typename T>
Result<T, RegistryError> decodeAnswer(const Result<QJsonObject, RegistryError>& reply,
                                      Result<T, WireError> (*decode)(const QJsonObject&)) {
    if (!reply)
        return reply.error();
    auto answer = decode(reply.value());
    if (!answer)
        return RegistryError{
            RegistryErrorKind::MalformedAnswer, 200, QStringLiteral("malformed"),
            QStringLiteral("%1: %2").arg(QLatin1String(T::kSchema), answer.error().message)};
    return std::move(answer).value();
}

}  // namespace thaid::protocol

Q_DECLARE_METATYPE(thaid::protocol::RegistryError)
