#pragma once

#include <QObject>

namespace thaid::app {
Q_NAMESPACE

// The officer's workflow (issue 5), one state per screen. Exposed to QML as an enum, never as
// strings.
enum class KioskState {
    SignedOut,          // waiting for an officer's own card
    SigningIn,          // officer card read; officer finger being verified
    WaitingForCard,     // signed in; waiting for the citizen's card
    Reading,            // text shown as it arrives; photo filling in
    Review,             // officer compares the face; Enter confirms
    ReplacingPhone,     // the citizen has ThaiD on a phone: F8 confirms it is being replaced
    Blocked,            // the card cannot be used (expired, invalid, not the latest)
    Fingerprint,        // live guidance; up to devices/finger_attempts attempts
    FingerprintRefer,   // no match after the last attempt: refer to the manual process
    ExceptionReason,    // a supervisor's exception: the officer picks why (keys 1 to 4)
    SupervisorSignOff,  // the supervisor's card and finger, then the citizen's card again
    CreatingSession,    // asking the registry for a session
    ShowingQr,          // signed QR on the citizen-facing display
    EnteringCode,       // officer types the 6 digits the phone shows
    WaitingForPhone,    // passcode and consent on the phone
    Completed,          // success; back to waiting when the card is removed
    ThaidCheck,         // F6: the citizen identifies with ThaiD; the login QR on their screen
    ThaidCheckResult,   // the identity the registry vouched for, until the next citizen
    Fault,              // a device or network fault, with a way back
    Maintenance         // condensed doctor for a signed-in officer or IT (Ctrl+Shift+M)
};
Q_ENUM_NS(KioskState)

QString kioskStateName(KioskState state);

// Where a supervisor's sign-off is (SupervisorSignOff): one reader, so the citizen's card leaves
// for the supervisor's and comes back.
namespace signoff {
Q_NAMESPACE
enum class SignOffStep {
    None,
    TakeCardOut,            // a card is in the reader that must leave first
    InsertSupervisorCard,   // the reader is free for the supervisor's own card
    ReadingSupervisorCard,  //
    SupervisorFinger,       // the supervisor's finger on the scanner
    Checking,               // the registry checks the supervisor and grants the exception
    SupervisorCardOut,      // granted: the supervisor takes their card back
    InsertCitizenCard,      // the citizen's card goes back in
    ReadingCitizenCard,     // it must be the same card
};
Q_ENUM_NS(SignOffStep)
}  // namespace signoff
using signoff::SignOffStep;

// A namespace of its own, so QML knows it as FaultKind beside KioskState.
namespace faults {
Q_NAMESPACE
// What went wrong on the Fault screen, so it can say what to do.
enum class FaultKind { None, CardService, CardReader, CardRead, Scanner, Registry, Storage };
Q_ENUM_NS(FaultKind)
}  // namespace faults
using faults::FaultKind;

}  // namespace thaid::app
