#pragma once

#include "common/result.h"
#include "fingerprint/fingerprint_types.h"
#include "protocol/exception_reason.h"
#include "registry_api/binding_state.h"
#include "registry_api/registry_error.h"

#include <functional>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace thaid::app {

// What the kiosk and the registry exchange (registry-api.yaml), without the network: the
// workflow speaks these, and only the registry client knows they travel over HTTPS.

// A captured finger on its way to the registry, which decides whether it matches.
struct FingerCapture {
    QString finger = protocol::indexFingerName(protocol::IndexFinger::Right);
    fingerprint::FingerSample sample;
};

struct OfficerSession {
    QString token;
    QString displayName;
    QDateTime expiresAt;
};

enum class CardStatus { Latest, Superseded, Revoked, Unknown };

// The citizen's ThaiD phone as the registry holds it; re-registering replaces it.
struct ExistingBinding {
    QString bindingId;  // what the session request names once the officer confirms
    QDateTime boundAt;
    quint32 stationId = 0;
    QString officeTh;  // the station's office by name, when the registry knows it
    QString officeEn;
    QString assurance;    // high | substantial
    QStringList notices;  // registry-api.yaml BindingNotice codes, for the officer
};

// The registry's answer on a card: whether it may register, and for a card that may, the
// citizen's bound phone if there is one.
struct CardCheck {
    CardStatus status = CardStatus::Unknown;
    std::optional<ExistingBinding> binding;
};

// The registry's verdict on a citizen's finger. A match carries the verification the session
// request names; the registry refuses a session without one.
struct FingerMatch {
    bool matched = false;
    QString verificationId;
    int attemptsLeft = -1;  // failed fingers the registry still allows for this citizen
};

// A supervisor's sign-off for a citizen whose fingers cannot be verified (reason: one of the
// API's ExceptionReason values).
struct ExceptionRequest {
    QString cid;
    QString requestNumber;
    QString officerToken;
    QString reason;
    QString supervisorCid;
    QString supervisorCardRequestNumber;
    FingerCapture supervisorFinger;
};

// What the registry grants: a verification of lower assurance that the session request names.
struct ExceptionGrant {
    QString verificationId;
    int exceptionsLeftToday = -1;
};

struct SessionInfo {
    QString sid;
    BindingState state = BindingState::Created;
    int version = 0;
    QString phoneStep;
    int confirmationAttemptsLeft = -1;
    QDateTime expiresAt;
};

// What GET /v1/kiosk/status answers: who the registry takes this kiosk for, and its clock.
struct RegistryStatus {
    quint32 stationId = 0;
    QDateTime time;
};

struct QrFrameInfo {
    QString text;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime nextAt;
};

// The registry's receipt for uploaded audit rows: the last row it holds in an unbroken,
// verified chain from row 1, and that row's hash.
struct AuditAck {
    qint64 seq = 0;
    QString hash;
};

// How a registry call answers: a value or why it failed, on the caller's thread.
template <typename T>
using RegistryReply = std::function<void(const Result<T, RegistryError>&)>;

}  // namespace thaid::app

Q_DECLARE_METATYPE(thaid::app::SessionInfo)
