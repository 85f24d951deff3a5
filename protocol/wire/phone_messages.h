#pragma once

#include "common/result.h"
#include "protocol/session_state.h"
#include "protocol/wire/json_fields.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

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

QJsonObject toJson(const ClaimRequest& v);
QJsonObject toJson(const BindRequest& v);
QJsonObject toJson(const CompleteRequest& v);
QJsonObject toJson(const ClaimResult& v);
QJsonObject toJson(const PhoneSessionStatus& v);
QJsonObject toJson(const DeviceStatus& v);

Result<ClaimRequest, WireError> decodeClaimRequest(const QByteArray& body);
Result<BindRequest, WireError> decodeBindRequest(const QByteArray& body);
Result<CompleteRequest, WireError> decodeCompleteRequest(const QByteArray& body);
Result<ClaimResult, WireError> decodeClaimResult(const QJsonObject& o);
Result<PhoneSessionStatus, WireError> decodePhoneSessionStatus(const QJsonObject& o);
Result<DeviceStatus, WireError> decodeDeviceStatus(const QJsonObject& o);

}  // namespace thaid::protocol
