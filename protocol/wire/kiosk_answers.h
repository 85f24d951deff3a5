#pragma once

#include "common/result.h"
#include "protocol/error_code.h"
#include "protocol/session_state.h"
#include "protocol/wire/json_fields.h"

#include <optional>
#include <type_traits>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace thaid::protocol {

// The kiosk API's answers (api/registry-api.yaml, the schemas named by kSchema): the registry
// encodes them, the kiosk decodes them. The kiosk reads leniently (fields it does not know are
// ignored) but never takes an answer that lacks what the document requires.

struct OfficerSession {
    static constexpr const char* kSchema = "OfficerSession";
    QString token;  // officer_token
    QString displayName;
    QDateTime expiresAt;
};

struct SignOutResult {
    static constexpr const char* kSchema = "SignOutResult";
    bool signedOut = false;
};

enum class CardStatus { Latest, Superseded, Revoked, Unknown };

QString cardStatusName(CardStatus status);
std::optional<CardStatus> cardStatusFromName(QStringView name);

// The citizen's ThaiD phone as the registry holds it (CitizenBinding with status "active");
// re-registering replaces it.
struct BoundPhone {
    QString bindingId;  // what the session request names once the officer confirms
    QDateTime boundAt;
    quint32 stationId = 0;
    QString officeTh;  // the station's office by name, when the registry knows it
    QString officeEn;
    QString assurance;    // high | substantial
    QStringList notices;  // BindingNotice codes, for the officer
};

// Whether the card may register, and for a card that may, the citizen's bound phone if there
// is one. Only a latest card says whether a phone is bound: its answer always carries the
// binding (status "none" when no phone is), the others never do.
struct CardCheckResult {
    static constexpr const char* kSchema = "CardCheckResult";
    CardStatus status = CardStatus::Unknown;
    std::optional<BoundPhone> binding;
};

// The registry's verdict on a citizen's finger. A match carries the verification the session
// request names; the registry refuses a session without one.
struct VerificationResult {
    static constexpr const char* kSchema = "VerificationResult";
    bool matched = false;
    QString verificationId;
    int attemptsLeft = -1;  // failed fingers the registry still allows for this citizen
};

// A verification of lower assurance that the session request names.
struct ExceptionGrant {
    static constexpr const char* kSchema = "ExceptionGrant";
    QString verificationId;
    int exceptionsLeftToday = -1;
};

struct Session {
    static constexpr const char* kSchema = "Session";
    QString sid;
    SessionState state = SessionState::Created;
    int version = 0;
    QString phoneStep;  // waiting | claimed | confirmed | passcode_set | consented; may be empty
    int confirmationAttemptsLeft = -1;  // -1 when not stated
    QDateTime expiresAt;
    // Why the registry ended a CANCELLED session (binding_changed, device_key_in_use).
    std::optional<ErrorCode> endCode;
};

// The session's QR code as it is to be shown (QrFrame).
struct SessionQr {
    static constexpr const char* kSchema = "QrFrame";
    QString text;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime nextAt;
};

// Who the registry takes this kiosk for, and its clock (KioskStatus).
struct KioskStatus {
    static constexpr const char* kSchema = "KioskStatus";
    quint32 stationId = 0;
    QDateTime time;
    // The last audit row the registry acknowledged from this station (0: none): a trail here
    // ending before it was cut.
    std::optional<qint64> auditAcknowledgedSeq;
};

// The last audit row the registry holds in an unbroken, verified chain from row 1, and that
// row's hash (empty when it holds none).
struct AuditAck {
    static constexpr const char* kSchema = "AuditAck";
    qint64 seq = 0;
    QString hash;
};

QJsonObject toJson(const OfficerSession& v);
QJsonObject toJson(const SignOutResult& v);
QJsonObject toJson(const CardCheckResult& v);
QJsonObject toJson(const VerificationResult& v);
QJsonObject toJson(const ExceptionGrant& v);
QJsonObject toJson(const Session& v);
QJsonObject toJson(const SessionQr& v);
QJsonObject toJson(const KioskStatus& v);
QJsonObject toJson(const AuditAck& v);

Result<OfficerSession, WireError> decodeOfficerSession(const QJsonObject& o);
Result<SignOutResult, WireError> decodeSignOutResult(const QJsonObject& o);
Result<CardCheckResult, WireError> decodeCardCheckResult(const QJsonObject& o);
Result<VerificationResult, WireError> decodeVerificationResult(const QJsonObject& o);
Result<ExceptionGrant, WireError> decodeExceptionGrant(const QJsonObject& o);
Result<Session, WireError> decodeSession(const QJsonObject& o);
Result<SessionQr, WireError> decodeSessionQr(const QJsonObject& o);
Result<KioskStatus, WireError> decodeKioskStatus(const QJsonObject& o);
Result<AuditAck, WireError> decodeAuditAck(const QJsonObject& o);

// Each answer's decoder by its type, for code generic over the calls (a request's Answer):
// decoderOf(std::type_identity<Session>{}) is decodeSession.
inline auto decoderOf(std::type_identity<OfficerSession>) {
    return &decodeOfficerSession;
}
inline auto decoderOf(std::type_identity<SignOutResult>) {
    return &decodeSignOutResult;
}
inline auto decoderOf(std::type_identity<CardCheckResult>) {
    return &decodeCardCheckResult;
}
inline auto decoderOf(std::type_identity<VerificationResult>) {
    return &decodeVerificationResult;
}
inline auto decoderOf(std::type_identity<ExceptionGrant>) {
    return &decodeExceptionGrant;
}
inline auto decoderOf(std::type_identity<Session>) {
    return &decodeSession;
}
inline auto decoderOf(std::type_identity<SessionQr>) {
    return &decodeSessionQr;
}
inline auto decoderOf(std::type_identity<KioskStatus>) {
    return &decodeKioskStatus;
}
inline auto decoderOf(std::type_identity<AuditAck>) {
    return &decodeAuditAck;
}

}  // namespace thaid::protocol

Q_DECLARE_METATYPE(thaid::protocol::Session)
