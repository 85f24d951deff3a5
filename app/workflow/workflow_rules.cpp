#include "workflow/workflow_rules.h"

#include <array>
#include <initializer_list>

namespace thaid::app {

namespace {

using E = WorkflowEvent;

constexpr std::uint32_t events(std::initializer_list<WorkflowEvent> list) {
    std::uint32_t bits = 0;
    for (WorkflowEvent e : list)
        bits |= 1U << static_cast<unsigned>(e);
    return bits;
}

constexpr std::uint32_t kWhileServing = events({E::RegistryProblem});

struct Row {
    KioskState state;
    StateRule rule;
};

// One row per state, in the enum's order (checked below).
constexpr std::array kRules{
    Row{KioskState::SignedOut,
        {false, EscAction::Nothing, RemovalAction::PromptSignIn,
         events({E::CardInserted, E::RecordRead, E::ReadFailed, E::OpenMaintenance}),
         UseCase::SignIn}},
    Row{KioskState::SigningIn,
        {false, EscAction::AbandonSignIn, RemovalAction::AbandonSignIn,
         events({E::FingerProgress, E::FingerCaptured, E::FingerVerdict, E::FingerError}),
         UseCase::SignIn}},
    Row{KioskState::WaitingForCard,
        {false, EscAction::Nothing, RemovalAction::OfficerCardOut,
         events({E::CardInserted, E::OpenMaintenance, E::IdleLock, E::ThaidCheckStarted}),
         UseCase::Registration}},
    Row{KioskState::Reading,
        {true, EscAction::EndSession, RemovalAction::EndSession,
         kWhileServing | events({E::IdentityPreview, E::ReadRestarted, E::RecordRead, E::ReadFailed,
                                 E::CardChecked}),
         UseCase::Registration}},
    Row{KioskState::Review,
        {true, EscAction::EndSession, RemovalAction::EndSession,
         kWhileServing | events({E::FaceConfirmed}), UseCase::Registration}},
    Row{KioskState::ReplacingPhone,
        {true, EscAction::EndSession, RemovalAction::EndSession,
         kWhileServing | events({E::PhoneReplaced}), UseCase::Registration}},
    Row{KioskState::Blocked,
        {true, EscAction::EndSession, RemovalAction::EndSession, 0, UseCase::Registration}},
    Row{KioskState::Fingerprint,
        {true, EscAction::EndSession, RemovalAction::EndSession,
         kWhileServing | events({E::FingerProgress, E::FingerCaptured, E::FingerVerdict,
                                 E::FingerError, E::ExceptionAsked}),
         UseCase::Registration}},
    Row{KioskState::FingerprintRefer,
        {true, EscAction::EndSession, RemovalAction::EndSession, events({E::ExceptionAsked}),
         UseCase::Registration}},
    Row{KioskState::ExceptionReason,
        {true, EscAction::EndSession, RemovalAction::EndSession,
         kWhileServing | events({E::ExceptionReasonChosen}), UseCase::Registration}},
    Row{KioskState::SupervisorSignOff,
        {true, EscAction::EndSession, RemovalAction::CardSwap,
         kWhileServing | events({E::CardInserted, E::RecordRead, E::ReadFailed, E::FingerProgress,
                                 E::FingerCaptured, E::FingerError, E::ExceptionAnswered}),
         UseCase::SupervisorException}},
    Row{KioskState::CreatingSession,
        {true, EscAction::EndSession, RemovalAction::EndSession,
         kWhileServing | events({E::SessionCreated}), UseCase::Registration}},
    Row{KioskState::ShowingQr,
        {true, EscAction::EndSession, RemovalAction::EndSession,
         kWhileServing | events({E::QrFrame, E::SessionChanged, E::QrUnscanned}),
         UseCase::Registration}},
    Row{KioskState::EnteringCode,
        {true, EscAction::EndSession, RemovalAction::EndSession,
         kWhileServing | events({E::SessionChanged, E::CodeSubmitted, E::CodeAnswered}),
         UseCase::Registration}},
    Row{KioskState::WaitingForPhone,
        {true, EscAction::EndSession, RemovalAction::EndSession,
         kWhileServing | events({E::SessionChanged}), UseCase::Registration}},
    Row{KioskState::Completed,
        {false, EscAction::Nothing, RemovalAction::BackToWaiting, events({E::IdleLock}),
         UseCase::Registration}},
    // The ThaiD check serves a citizen without their card: the officer's own card may come and
    // go, and a card inserted is the next citizen's.
    Row{KioskState::ThaidCheck,
        {false, EscAction::EndThaidCheck, RemovalAction::OfficerCardOut,
         events({E::CardInserted, E::ThaidCheckAnswer, E::IdleLock}), UseCase::ThaidCheck}},
    Row{KioskState::ThaidCheckResult,
        {false, EscAction::EndThaidCheck, RemovalAction::OfficerCardOut,
         events({E::CardInserted, E::ThaidCheckStarted, E::IdleLock}), UseCase::ThaidCheck}},
    // A fault may interrupt a citizen's session that is still open at the registry: the phone
    // can go on, and a QR nobody scans still ends.
    Row{KioskState::Fault,
        {false, EscAction::EndSessionOrRetry, RemovalAction::EndSessionIfAny,
         events({E::SessionChanged, E::QrUnscanned, E::IdleLock}), UseCase::None}},
    Row{KioskState::Maintenance,
        {false, EscAction::LeaveMaintenance, RemovalAction::OfficerCardOut,
         events({E::CardInserted, E::IdleLock}), UseCase::Registration}},
};

constexpr bool inEnumOrder() {
    for (std::size_t i = 0; i < kRules.size(); ++i) {
        if (static_cast<std::size_t>(kRules[i].state) != i)
            return false;
    }
    return static_cast<std::size_t>(KioskState::Maintenance) + 1 == kRules.size();
}
static_assert(inEnumOrder(), "one rule per KioskState, in the enum's order");
static_assert(static_cast<unsigned>(WorkflowEvent::IdleLock) < 32, "events fit the bit set");

}  // namespace

bool StateRule::accepts(WorkflowEvent e) const {
    return (acceptedEvents & (1U << static_cast<unsigned>(e))) != 0;
}

const StateRule& ruleFor(KioskState state) {
    return kRules[static_cast<std::size_t>(state)].rule;
}

}  // namespace thaid::app
