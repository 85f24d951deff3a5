#pragma once

#include <span>

#include <QString>
#include <QStringView>

namespace thaid::protocol {

// One operation of the registry API: its method and its path as the document writes it, with at
// most one parameter in braces ("/v1/kiosk/sessions/{sid}/qr"). The kiosk, the phone and the
// registry's router all take paths from here; a test holds the list to the document.
struct ApiRoute {
    const char* method;
    const char* path;
};

namespace route {
inline constexpr ApiRoute kKioskStatus{"GET", "/v1/kiosk/status"};
inline constexpr ApiRoute kOfficerSignIn{"POST", "/v1/kiosk/officers/sign-in"};
inline constexpr ApiRoute kOfficerSignOut{"POST", "/v1/kiosk/officers/sign-out"};
inline constexpr ApiRoute kCardCheck{"POST", "/v1/kiosk/cards/check"};
inline constexpr ApiRoute kVerifications{"POST", "/v1/kiosk/verifications"};
inline constexpr ApiRoute kExceptions{"POST", "/v1/kiosk/exceptions"};
inline constexpr ApiRoute kCreateSession{"POST", "/v1/kiosk/sessions"};
inline constexpr ApiRoute kKioskSession{"GET", "/v1/kiosk/sessions/{sid}"};
inline constexpr ApiRoute kSessionQr{"GET", "/v1/kiosk/sessions/{sid}/qr"};
inline constexpr ApiRoute kConfirmation{"POST", "/v1/kiosk/sessions/{sid}/confirmation"};
inline constexpr ApiRoute kCancel{"POST", "/v1/kiosk/sessions/{sid}/cancel"};
inline constexpr ApiRoute kAuditBatches{"POST", "/v1/kiosk/audit/batches"};
inline constexpr ApiRoute kClaims{"POST", "/v1/phone/claims"};
inline constexpr ApiRoute kDevice{"GET", "/v1/phone/device"};
inline constexpr ApiRoute kPhoneSession{"GET", "/v1/phone/sessions/{sid}"};
inline constexpr ApiRoute kBind{"POST", "/v1/phone/sessions/{sid}/bind"};
inline constexpr ApiRoute kComplete{"POST", "/v1/phone/sessions/{sid}/complete"};
inline constexpr ApiRoute kLoginScan{"POST", "/v1/phone/logins/{request_id}/scan"};
inline constexpr ApiRoute kLoginDecision{"POST", "/v1/phone/logins/{request_id}/decision"};
}  // namespace route

// Every /v1 operation, kiosk and phone.
inline std::span<const ApiRoute> allApiRoutes() {
    using namespace route;
    static constexpr ApiRoute all[] = {
        kKioskStatus, kOfficerSignIn, kOfficerSignOut, kCardCheck,    kVerifications,
        kExceptions,  kCreateSession, kKioskSession,   kSessionQr,    kConfirmation,
        kCancel,      kAuditBatches,  kClaims,         kDevice,       kPhoneSession,
        kBind,        kComplete,      kLoginScan,      kLoginDecision};
    return all;
}

// The route's path with its parameter filled in.
QString apiPath(const ApiRoute& route, const QString& parameter = {});

// Whether `path` is the route's path whatever the method; the parameter's value (one non-empty
// segment) goes to *parameter.
bool matchesPath(const ApiRoute& route, QStringView path, QString* parameter = nullptr);

}  // namespace thaid::protocol
