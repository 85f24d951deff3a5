#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace thaid::app {

// Why a registry call failed, in the cases the workflow treats differently.
enum class RegistryErrorKind {
    Unreachable,      // connection refused, no route, DNS: the network or the registry is down
    Tls,              // handshake failed: certificate, CA or station certificate problem
    Rejected,         // 4xx: the registry refused the request (code says why)
    ServerError,      // 5xx
    MalformedAnswer,  // not the JSON the API document promises
    Timeout,          // no complete answer in time
    UntrustedQr       // a QR frame the kiosk cannot verify: never shown
};

// The API's Error.code values the kiosk acts on (registry-api.yaml); anything else is Other.
enum class RegistryErrorCode {
    Other,
    WrongCode,
    CardNotLatest,
    FingerprintNotVerified,
    Forbidden,
    Expired,
    NotFound,
    WrongState,
    Conflict,
    SampleUnusable,
    TooManyAttempts,
    BindingExists,
    NotASupervisor,
    ExceptionLimitReached,
};

RegistryErrorCode registryErrorCodeFromId(const QString& id);

struct RegistryError {
    RegistryErrorKind kind = RegistryErrorKind::Unreachable;
    int httpStatus = 0;
    QString code;    // the API's Error.code for Rejected, else a kind name
    QString detail;  // technical, for logs; never personal data
    int attemptsLeft = -1;

    // The wire code as the kiosk compares it.
    RegistryErrorCode apiCode() const { return registryErrorCodeFromId(code); }

    // Worth trying again by itself (the registry may come back).
    bool transient() const {
        return kind == RegistryErrorKind::Unreachable || kind == RegistryErrorKind::Timeout ||
               kind == RegistryErrorKind::ServerError;
    }
};

QString registryErrorKindId(RegistryErrorKind kind);

// What the officer should do, translated (Thai and English).
class RegistryErrorText {
    Q_DECLARE_TR_FUNCTIONS(RegistryErrorText)
public:
    static QString forError(const RegistryError& error);
};

}  // namespace thaid::app

Q_DECLARE_METATYPE(thaid::app::RegistryError)
