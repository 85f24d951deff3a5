#pragma once

#include "common/result.h"
#include "fingerprint/fingerprint_types.h"
#include "protocol/exception_reason.h"
#include "protocol/wire/kiosk_answers.h"
#include "protocol/wire/kiosk_requests.h"
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

// What the kiosk and the registry exchange (protocol/api/registry-api.yaml), without the
// network: the workflow speaks these, and only the registry client knows they travel over HTTPS.

// A captured finger on its way to the registry, which decides whether it matches.
struct FingerCapture {
    QString finger = protocol::indexFingerName(protocol::IndexFinger::Right);
    fingerprint::FingerSample sample;
};

// The answers and the exception request are the contract's own types (protocol/wire); the
// kiosk names them as its workflow speaks of them.
using OfficerSession = protocol::OfficerSession;
using CardStatus = protocol::CardStatus;
using ExistingBinding = protocol::BoundPhone;
using CardCheck = protocol::CardCheckResult;
using FingerMatch = protocol::VerificationResult;
using ExceptionRequest = protocol::ExceptionRequest;
using ExceptionGrant = protocol::ExceptionGrant;
using SessionInfo = protocol::Session;
using RegistryStatus = protocol::KioskStatus;
using QrFrameInfo = protocol::SessionQr;
using AuditAck = protocol::AuditAck;

// The contract's form of a captured finger: the image only, without the scanner's timing.
protocol::FingerSample wireFinger(const FingerCapture& capture);

// How a registry call answers: a value or why it failed, on the caller's thread.
template <typename T>
using RegistryReply = std::function<void(const Result<T, RegistryError>&)>;

}  // namespace thaid::app
