#pragma once

#include "common/result.h"
#include "fingerprint/fingerprint_types.h"
#include "registry/api/api_error.h"

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

namespace thaid::registry {

// Request bodies of the registry API (app/protocol/api/registry-api.yaml), parsed from bytes
// that come from the network: every field is checked for type, size and form, unknown fields
// are refused, and nothing is trusted before that.
constexpr qsizetype kMaxBodyBytes = 16 * 1024;
// A fingerprint sample is an image: the two endpoints that carry one take larger bodies.
constexpr qsizetype kMaxSamplePixels = 192 * 1024;
constexpr qsizetype kMaxSampleBodyBytes = 272 * 1024;
// An audit batch: up to 50 rows, each with its hashes and signature.
constexpr qsizetype kMaxAuditBodyBytes = 64 * 1024;

// The finger the kiosk captured, as the sensor saw it (8-bit grey, row by row).
struct FingerSampleField {
    QString finger;  // an IndexFinger's name (protocol/exception_reason.h)
    fingerprint::FingerSample sample;
};

struct OfficerSignInRequest {
    QString officerCid;
    QString cardRequestNumber;
    FingerSampleField fingerprint;
    quint32 stationId = 0;
};

struct OfficerSignOutRequest {
    QString officerToken;
};

struct CardCheckRequest {
    QString cid;
    QString requestNumber;
    QString officerToken;
};

struct VerificationRequest {
    QString cid;
    QString requestNumber;
    QString officerToken;
    FingerSampleField fingerprint;
};

// A supervisor signs off for a citizen whose fingers cannot be verified.
struct ExceptionRequest {
    QString cid;
    QString requestNumber;
    QString officerToken;
    quint32 stationId = 0;
    QString reason;  // an ExceptionReason's name (protocol/exception_reason.h)
    QString supervisorCid;
    QString supervisorCardRequestNumber;
    FingerSampleField supervisorFingerprint;
};

struct CreateSessionRequest {
    QString cid;
    QString requestNumber;
    QString verificationId;
    QString officerToken;
    quint32 stationId = 0;
    // The binding the officer confirmed the citizen is replacing; empty when none was shown.
    QString replacesBinding;
};

struct ConfirmationRequest {
    QString code;
};

struct CancelRequest {
    QString reason;
};

struct AuditRow {
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
    quint32 stationId = 0;
    QList<AuditRow> rows;
};

struct ClaimRequest {
    QString qrText;
    QString typedCid;
    QString termsVersion;
    QByteArray devicePublicKey;  // DER
};

struct BindRequest {
    QByteArray devicePublicKey;
};

struct CompleteRequest {};

Result<OfficerSignInRequest, ApiError> parseOfficerSignIn(const QByteArray& body);
Result<OfficerSignOutRequest, ApiError> parseOfficerSignOut(const QByteArray& body);
Result<CardCheckRequest, ApiError> parseCardCheck(const QByteArray& body);
Result<VerificationRequest, ApiError> parseVerification(const QByteArray& body);
Result<ExceptionRequest, ApiError> parseException(const QByteArray& body);
Result<CreateSessionRequest, ApiError> parseCreateSession(const QByteArray& body);
Result<ConfirmationRequest, ApiError> parseConfirmation(const QByteArray& body);
Result<CancelRequest, ApiError> parseCancel(const QByteArray& body);
Result<AuditBatch, ApiError> parseAuditBatch(const QByteArray& body);
Result<ClaimRequest, ApiError> parseClaim(const QByteArray& body);
Result<BindRequest, ApiError> parseBind(const QByteArray& body);
Result<CompleteRequest, ApiError> parseComplete(const QByteArray& body);

// A session ID in a path: 32 lower-case hex digits.
std::optional<QByteArray> parseSessionId(QStringView text);

}  // namespace thaid::registry
