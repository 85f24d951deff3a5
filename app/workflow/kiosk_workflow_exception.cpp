// A supervisor's exception (issue 14): when neither index finger can be verified, a second
// enrolled officer with the supervisor role signs off with their own card and finger, checked by
// the registry as at sign-in, for a reason from a fixed list. The kiosk has one reader, so the
// citizen's card leaves for the supervisor's and comes back; it must be the same card. The
// session it gives has a lower assurance, and the registry limits exceptions per station per day.
#include "logging/app_logging.h"
#include "protocol/exception_reason.h"
#include "registry_api/registry_error.h"
#include "text/fingerprint_text.h"
#include "workflow/kiosk_workflow.h"
#include "workflow/workflow_text.h"

namespace thaid::app {

const QStringList& KioskWorkflow::exceptionReasons() {
    static const QStringList kReasons = [] {
        QStringList names;
        for (protocol::ExceptionReason r : protocol::allExceptionReasons())
            names.append(protocol::exceptionReasonName(r));
        return names;
    }();
    return kReasons;
}

void KioskWorkflow::askException() {
    if (!accepts(WorkflowEvent::ExceptionAsked))
        return;
    if (m_state == KioskState::Fingerprint)
        m_finger.cancel();
    m_citizen->fingerInFlight = false;
    setMessage({});
    setState(KioskState::ExceptionReason);
}

void KioskWorkflow::chooseExceptionReason(int number) {
    if (!accepts(WorkflowEvent::ExceptionReasonChosen) || number < 1 ||
        number > exceptionReasons().size())
        return;
    m_citizen->exceptionReason = exceptionReasons().at(number - 1);
    setMessage({});
    setState(KioskState::SupervisorSignOff);
    setSignOffStep(m_card.cardPresent() ? SignOffStep::TakeCardOut
                                        : SignOffStep::InsertSupervisorCard);
}

void KioskWorkflow::setSignOffStep(SignOffStep step) {
    m_citizen->signOffStep = step;
    Q_EMIT signOffChanged();
}

void KioskWorkflow::exceptionCardInserted() {
    const SignOffStep step = m_citizen->signOffStep;
    if (step != SignOffStep::InsertSupervisorCard && step != SignOffStep::InsertCitizenCard)
        return;
    setMessage({});
    setSignOffStep(step == SignOffStep::InsertSupervisorCard ? SignOffStep::ReadingSupervisorCard
                                                             : SignOffStep::ReadingCitizenCard);
}

void KioskWorkflow::exceptionCardRemoved() {
    switch (m_citizen->signOffStep) {
        case SignOffStep::TakeCardOut:
        case SignOffStep::ReadingSupervisorCard:
            setSignOffStep(m_citizen->exceptionGrant.isEmpty() ? SignOffStep::InsertSupervisorCard
                                                               : SignOffStep::InsertCitizenCard);
            break;
        case SignOffStep::SupervisorFinger:
        case SignOffStep::Checking:
            // The supervisor took their card back before the registry answered: start again.
            m_finger.cancel();
            setMessage(&WorkflowText::supervisorCardRemoved);
            setSignOffStep(SignOffStep::InsertSupervisorCard);
            break;
        case SignOffStep::SupervisorCardOut:
        case SignOffStep::ReadingCitizenCard:
            setSignOffStep(SignOffStep::InsertCitizenCard);
            break;
        case SignOffStep::None:
        case SignOffStep::InsertSupervisorCard:
        case SignOffStep::InsertCitizenCard:
            break;
    }
}

void KioskWorkflow::exceptionRecord(const card::ThaiIdRecord& record) {
    const card::ThaiIdIdentity& card = record.identity;
    if (m_citizen->signOffStep == SignOffStep::ReadingCitizenCard) {
        // The session is for the card that was checked: the same ID and the same card.
        if (card.citizenId != m_citizen->identity.citizenId ||
            card.requestNumber != m_citizen->identity.requestNumber) {
            setMessage(&WorkflowText::notTheCitizensCard);
            setSignOffStep(SignOffStep::TakeCardOut);
            return;
        }
        setMessage({});
        createSession(std::exchange(m_citizen->exceptionGrant, {}), 0);
        return;
    }
    if (m_citizen->signOffStep != SignOffStep::ReadingSupervisorCard)
        return;
    const auto supervisor = m_officers.find(card.citizenId);
    QString (*refusal)() = nullptr;
    if (card.citizenId == m_citizen->identity.citizenId)
        refusal = &WorkflowText::supervisorCardNeeded;
    else if (!supervisor || supervisor->requestNumber != card.requestNumber)
        refusal = &WorkflowText::supervisorNotEnrolled;
    else if (!supervisor->isSupervisor())
        refusal = &WorkflowText::notASupervisor;
    else if (supervisor->cid == m_signIn.officerCid())
        refusal = &WorkflowText::supervisorIsAnotherOfficer;
    if (refusal) {
        audit(AuditKind::SupervisorExceptionRefused, QStringLiteral("card"));
        setMessage(refusal);
        setSignOffStep(SignOffStep::TakeCardOut);
        return;
    }
    m_citizen->supervisorCid = supervisor->cid;
    m_citizen->supervisorCard = supervisor->requestNumber;
    m_citizen->supervisorFinger = supervisor->finger;
    setMessage({});
    setSignOffStep(SignOffStep::SupervisorFinger);
    captureSupervisorFinger();
}

void KioskWorkflow::captureSupervisorFinger() {
    setGuidance(&WorkflowText::supervisorPlaceFinger);
    m_finger.capture(m_settings.fingerprintSeconds * 1000);
}

void KioskWorkflow::onSupervisorCaptured(fingerprint::FingerSample sample) {
    if (m_citizen->signOffStep != SignOffStep::SupervisorFinger) {
        sample.wipe();
        return;
    }
    setSignOffStep(SignOffStep::Checking);
    setGuidance(&WorkflowText::checkingSupervisor);
    const card::ThaiIdIdentity& who = m_citizen->identity;
    m_registry.requestException(
        ExceptionRequest{.cid = who.citizenId,
                         .requestNumber = who.requestNumber,
                         .officerToken = m_signIn.token(),
                         .reason = m_citizen->exceptionReason,
                         .supervisorCid = m_citizen->supervisorCid,
                         .supervisorCardRequestNumber = m_citizen->supervisorCard,
                         .supervisorFingerprint =
                             wireFinger(FingerCapture{m_citizen->supervisorFinger, sample})},
        forThisSession(
            WorkflowEvent::ExceptionAnswered,
            [this](const Result<ExceptionGrant, RegistryError>& r) { onExceptionAnswer(r); }));
    sample.wipe();
}

void KioskWorkflow::onExceptionAnswer(const Result<ExceptionGrant, RegistryError>& r) {
    if (m_citizen->signOffStep != SignOffStep::Checking)
        return;  // the supervisor's card left meanwhile
    if (r) {
        m_citizen->exceptionGrant = r.value().verificationId;
        // Who approved, as the trail's HMAC: the day's report lists each exception with it.
        audit(AuditKind::SupervisorException,
              QStringLiteral("reason=%1 supervisor=%2")
                  .arg(m_citizen->exceptionReason, m_audit.citizenHmac(m_citizen->supervisorCid)));
        setMessage(&WorkflowText::exceptionGranted);
        setSignOffStep(m_card.cardPresent() ? SignOffStep::SupervisorCardOut
                                            : SignOffStep::InsertCitizenCard);
        return;
    }
    const RegistryError& e = r.error();
    audit(AuditKind::SupervisorExceptionRefused,
          e.kind == RegistryErrorKind::Rejected ? e.code : registryErrorKindId(e.kind));
    const LocalText text = registryText(e);
    const std::optional<ErrorCode> code = e.apiCode();
    const bool fingerAgain =
        ((code == ErrorCode::SampleUnusable || code == ErrorCode::FingerprintNotVerified) &&
         e.attemptsLeft != 0) ||
        e.transient();  // the registry may come back
    if (fingerAgain) {
        setMessage(text);
        setSignOffStep(SignOffStep::SupervisorFinger);
        captureSupervisorFinger();
        return;
    }
    if (code == ErrorCode::NotASupervisor) {
        setMessage(text);
        setSignOffStep(SignOffStep::TakeCardOut);
        return;
    }
    // No exception for this citizen here today: refer them.
    setMessage(text);
    setState(KioskState::Blocked);
}

}  // namespace thaid::app
