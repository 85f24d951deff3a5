#pragma once

#include "common/result.h"
#include "protocol/wire/api_routes.h"
#include "protocol/wire/json_fields.h"
#include "protocol/wire/kiosk_answers.h"

#include <optional>
#include <span>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace thaid::protocol {

// The kiosk API's request bodies (api/registry-api.yaml, the schemas of the same names): the
// kiosk encodes them, the registry decodes them from untrusted bytes, checking every field for
// type, size and form and refusing unknown ones. A test holds each to its schema. Each request
// also names the route it travels (kRoute) and the answer it gets (Answer), so that the kiosk's
// client sends any of them with one template (RegistryPort::send, RegistryClient::send); a
// stationId, where a request has one, is the client's to fill in.

constexpr qsizetype kMaxBodyBytes = 16 * 1024;
// A fingerprint sample is an image: the two endpoints that carry one take larger bodies.
constexpr qsizetype kMaxSamplePixels = 192 * 1024;
constexpr qsizetype kMaxSampleBodyBytes = 272 * 1024;
// An audit batch: up to 50 rows, each with its hashes and signature.
constexpr qsizetype kMaxAuditBodyBytes = 64 * 1024;
constexpr qsizetype kMaxAuditRows = 50;

// The captured image as the sensor saw it: 8-bit grey, row by row (FingerSample.sample).
struct FingerImage {
    int width = 0;
    int height = 0;
    QByteArray pixels;
    bool isValid() const {
        return width > 0 && height > 0 && pixels.size() == static_cast<qsizetype>(width) * height;
    }
    void wipe();
};

// Which index finger, and its image (FingerSample).
struct FingerSample {
    QString finger;  // an IndexFinger's name (protocol/exception_reason.h)
    FingerImage sample;
};

struct OfficerSignInRequest {
    static constexpr const char* kSchema = "OfficerSignInRequest";
    static constexpr const ApiRoute& kRoute = route::kOfficerSignIn;
    using Answer = OfficerSession;
    QString officerCid;
    QString cardRequestNumber;
    FingerSample fingerprint;
    quint32 stationId = 0;
};

struct OfficerSignOutRequest {
    static constexpr const char* kSchema = "OfficerSignOutRequest";
    static constexpr const ApiRoute& kRoute = route::kOfficerSignOut;
    using Answer = SignOutResult;
    QString officerToken;
};

struct CardCheckRequest {
    static constexpr const char* kSchema = "CardCheckRequest";
    static constexpr const ApiRoute& kRoute = route::kCardCheck;
    using Answer = CardCheckResult;
    QString cid;
    QString requestNumber;
    QString officerToken;
};

struct VerificationRequest {
    static constexpr const char* kSchema = "VerificationRequest";
    static constexpr const ApiRoute& kRoute = route::kVerifications;
    using Answer = VerificationResult;
    QString cid;
    QString requestNumber;
    QString officerToken;
    FingerSample fingerprint;
};

// A supervisor signs off for a citizen whose fingers cannot be verified.
struct ExceptionRequest {
    static constexpr const char* kSchema = "ExceptionRequest";
    static constexpr const ApiRoute& kRoute = route::kExceptions;
    using Answer = ExceptionGrant;
    QString cid;
    QString requestNumber;
    QString officerToken;
    quint32 stationId = 0;
    QString reason;  // an ExceptionReason's name (protocol/exception_reason.h)
    QString supervisorCid;
    QString supervisorCardRequestNumber;
    FingerSample supervisorFingerprint;
};

struct CreateSessionRequest {
    static constexpr const char* kSchema = "CreateSessionRequest";
    static constexpr const ApiRoute& kRoute = route::kCreateSession;
    using Answer = Session;
    QString cid;
    QString requestNumber;
    QString verificationId;
    QString officerToken;
    quint32 stationId = 0;
    // The binding the officer confirmed the citizen is replacing; empty when none was shown.
    QString replacesBinding;
};

struct ConfirmationRequest {
    static constexpr const char* kSchema = "ConfirmationRequest";
    static constexpr const ApiRoute& kRoute = route::kConfirmation;
    using Answer = Session;
    QString code;
};

// Why the kiosk ends a session before the phone is bound (CancelRequest.reason).
enum class CancelReason { CardRemoved, OfficerCancelled, NotScanned, Fault, IdleLock };

std::span<const CancelReason> allCancelReasons();
QString cancelReasonName(CancelReason reason);

struct CancelRequest {
    static constexpr const char* kSchema = "CancelRequest";
    static constexpr const ApiRoute& kRoute = route::kCancel;
    using Answer = Session;
    CancelReason reason = CancelReason::Fault;
};

struct AuditRow {
    static constexpr const char* kSchema = "AuditRow";
    qint64 seq = 0;
    QString at;
    QString kind;
    QString citizenHmac;
    QString detail;
    QString prevHash;
    QString hash;
    QByteArray signature;  // the station key's checkpoint (DER ECDSA)
};

struct AuditBatch {
    static constexpr const char* kSchema = "AuditBatch";
    static constexpr const ApiRoute& kRoute = route::kAuditBatches;
    using Answer = AuditAck;
    quint32 stationId = 0;
    QList<AuditRow> rows;
};

QJsonObject toJson(const FingerSample& v);
QJsonObject toJson(const OfficerSignInRequest& v);
QJsonObject toJson(const OfficerSignOutRequest& v);
QJsonObject toJson(const CardCheckRequest& v);
QJsonObject toJson(const VerificationRequest& v);
QJsonObject toJson(const ExceptionRequest& v);
QJsonObject toJson(const CreateSessionRequest& v);
QJsonObject toJson(const ConfirmationRequest& v);
QJsonObject toJson(const CancelRequest& v);
QJsonObject toJson(const AuditRow& v);
QJsonObject toJson(const AuditBatch& v);

Result<OfficerSignInRequest, WireError> decodeOfficerSignInRequest(const QByteArray& body);
Result<OfficerSignOutRequest, WireError> decodeOfficerSignOutRequest(const QByteArray& body);
Result<CardCheckRequest, WireError> decodeCardCheckRequest(const QByteArray& body);
Result<VerificationRequest, WireError> decodeVerificationRequest(const QByteArray& body);
Result<ExceptionRequest, WireError> decodeExceptionRequest(const QByteArray& body);
Result<CreateSessionRequest, WireError> decodeCreateSessionRequest(const QByteArray& body);
Result<ConfirmationRequest, WireError> decodeConfirmationRequest(const QByteArray& body);
Result<CancelRequest, WireError> decodeCancelRequest(const QByteArray& body);
Result<AuditBatch, WireError> decodeAuditBatch(const QByteArray& body);

// A session ID in a path: 32 lower-case hex digits.
std::optional<QByteArray> decodeSessionId(QStringView text);

}  // namespace thaid::protocol
