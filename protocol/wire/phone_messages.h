#pragma once

#include "common/result.h"
#include "protocol/session_state.h"
#include "protocol/wire/json_fields.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace thaid::protocol {

// The phone API's bodies (api/registry-api.yaml): the citizen's app sends the requests and
// reads the answers; the registry decodes the requests strictly and encodes the answers.

struct ClaimRequest {
    static constexpr const char* kSchema = "ClaimRequest";
    QString qrText;
    QString typedCid;
    QString termsVersion;
    QByteArray devicePublicKey;  // DER
};

struct BindRequest {
    static constexpr const char* kSchema = "BindRequest";
    QByteArray devicePublicKey;  // DER
    bool passcodeSet = true;
};

struct CompleteRequest {
    static constexpr const char* kSchema = "CompleteRequest";
    bool consent = true;
    bool firstUnlock = true;
};

struct ClaimResult {
    static constexpr const char* kSchema = "ClaimResult";
    QString sid;
    QByteArray serverNonce;
    SessionState state = SessionState::Claimed;
};

struct PhoneSessionStatus {
    static constexpr const char* kSchema = "PhoneSessionStatus";
    QString sid;
    SessionState state = SessionState::Claimed;
    int version = 0;
};

// What the registry holds of the ThaiD bound to a device key (DeviceStatus).
struct DeviceStatus {
    static constexpr const char* kSchema = "DeviceStatus";
    QDateTime boundAt;
    QString assurance;  // high | substantial
};

// A login an agency asked for, as the phone shows it after scanning (LoginOffer).
struct LoginOffer {
    static constexpr const char* kSchema = "LoginOffer";
    QString requestId;
    QString clientId;
    QString clientNameTh;
    QString clientNameEn;
    QStringList scopes;
    QString relayCode;  // six digits, shown on both screens
    QByteArray nonce;   // goes back, signed, in the decision
    QDateTime expiresAt;
    QDateTime openedAt;  // when the agency's page asked: a phished QR is often an old one
};

// The citizen's answer to a login (LoginDecision).
struct LoginDecision {
    static constexpr const char* kSchema = "LoginDecision";
    bool approve = false;
    QByteArray nonce;
};

QJsonObject toJson(const ClaimRequest& v);
QJsonObject toJson(const BindRequest& v);
QJsonObject toJson(const CompleteRequest& v);
QJsonObject toJson(const ClaimResult& v);
QJsonObject toJson(const PhoneSessionStatus& v);
QJsonObject toJson(const DeviceStatus& v);
QJsonObject toJson(const LoginOffer& v);
QJsonObject toJson(const LoginDecision& v);

Result<ClaimRequest, WireError> decodeClaimRequest(const QByteArray& body);
Result<BindRequest, WireError> decodeBindRequest(const QByteArray& body);
Result<CompleteRequest, WireError> decodeCompleteRequest(const QByteArray& body);
Result<ClaimResult, WireError> decodeClaimResult(const QJsonObject& o);
Result<PhoneSessionStatus, WireError> decodePhoneSessionStatus(const QJsonObject& o);
Result<DeviceStatus, WireError> decodeDeviceStatus(const QJsonObject& o);
Result<LoginOffer, WireError> decodeLoginOffer(const QJsonObject& o);
Result<LoginDecision, WireError> decodeLoginDecision(const QByteArray& body);

}  // namespace thaid::protocol
