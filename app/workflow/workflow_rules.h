#pragma once

#include "workflow/kiosk_state.h"

#include <cstdint>

namespace thaid::app {

// What can happen to the workflow. A state lists the events it accepts; anything else that
// arrives in that state (a late reply, a key pressed on the wrong screen) is dropped.
enum class WorkflowEvent : std::uint8_t {
    CardInserted,
    IdentityPreview,  // text and photo progress while a card is being read
    ReadRestarted,    // the card layer reset the card: previews so far are void
    RecordRead,
    ReadFailed,
    CardChecked,  // the registry's answer on the card
    FaceConfirmed,
    PhoneReplaced,   // F8: the citizen's ThaiD phone is being replaced
    ExceptionAsked,  // F9: a supervisor's exception instead of the finger
    ExceptionReasonChosen,
    ExceptionAnswered,  // the registry's answer on the supervisor's sign-off
    FingerProgress,     // waiting for a finger, retry guidance
    FingerCaptured,     // the scanner has an image for the registry
    FingerVerdict,      // the registry's answer on it
    FingerError,
    SessionCreated,
    QrFrame,
    SessionChanged,
    QrUnscanned,
    CodeSubmitted,
    CodeAnswered,
    RegistryProblem,
    OpenMaintenance,
    IdleLock,
    ThaidCheckStarted,  // F6, or a reply of the ThaiD check's login
    ThaidCheckAnswer,
};

// Where Esc goes.
enum class EscAction : std::uint8_t {
    Nothing,
    LeaveMaintenance,
    AbandonSignIn,
    EndSession,
    EndSessionOrRetry,  // a fault: ends the citizen's session if there is one, else retries
    EndThaidCheck,      // wipes the ThaiD check's result, back to waiting
};

// What the card leaving the reader does.
enum class RemovalAction : std::uint8_t {
    PromptSignIn,
    AbandonSignIn,
    OfficerCardOut,
    BackToWaiting,
    EndSession,
    EndSessionIfAny,
    CardSwap,  // the supervisor's sign-off: cards leave and come back by design
};
// A card inserted during a ThaiD check is the next citizen's: the check ends first (CardInserted
// is accepted there and handled by KioskWorkflow).

// Which use case the card and the scanner speak to in a state: the host routes device events by
// this, not by the state itself.
enum class UseCase : std::uint8_t {
    None,
    SignIn,        // the officer's own card and finger (OfficerSignIn)
    Registration,  // a citizen's card and finger, and the next citizen's card
    SupervisorException,
    ThaidCheck,  // a card inserted ends the check first, then is the next citizen's
};

struct StateRule {
    // A citizen is being served: the idle lock waits, faults and Esc end the session.
    bool servesCitizen = false;
    EscAction esc = EscAction::Nothing;
    RemovalAction removal = RemovalAction::PromptSignIn;
    std::uint32_t acceptedEvents = 0;  // one bit per WorkflowEvent
    UseCase owner = UseCase::None;     // who the card and the scanner speak to

    bool accepts(WorkflowEvent e) const;
};

// The one table of the workflow's rules, indexed by state.
const StateRule& ruleFor(KioskState state);

}  // namespace thaid::app
