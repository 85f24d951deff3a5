#pragma once

#include "common/result.h"
#include "registry_api/binding_state.h"
#include "registry_api/registry_error.h"

#include <functional>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace thaid::app {

// What the kiosk and the registry exchange (registry-api.yaml), without the network: the
// workflow speaks these, and only the registry client knows they travel over HTTPS.

struct FingerprintReport {
    QString finger = QStringLiteral("right-index");
    bool matched = false;
    std::optional<int> score;
    int attempts = 1;
};

struct OfficerSession {
    QString token;
    QString displayName;
    QDateTime expiresAt;
};

enum class CardStatus { Latest, Superseded, Revoked, Unknown };

struct ReferencePrint {
    QString finger;
    QByteArray print;  // fp_print_serialize; wipe after use
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

// How a registry call answers: a value or why it failed, on the caller's thread.
template <typename T>
using RegistryReply = std::function<void(const Result<T, RegistryError>&)>;

}  // namespace thaid::app

Q_DECLARE_METATYPE(thaid::app::SessionInfo)
