#include "workflow/supervisor_exception_flow.h"

#include "protocol/exception_reason.h"
#include "workflow/workflow_text.h"

#include <QPointer>

namespace thaid::app {

SupervisorExceptionFlow::SupervisorExceptionFlow(CitizenHost& host, CardPort& card,
                                                 FingerPort& finger, RegistryPort& registry,
                                                 OfficerStore& officers,
                                                 const int& fingerprintSeconds, QObject* parent)
    : QObject(parent),
      m_host(host),
      m_card(card),
      m_finger(finger),
      m_registry(registry),
      m_officers(officers),
      m_fingerprintSeconds(fingerprintSeconds) {}

const QStringList& SupervisorExceptionFlow::reasons() {
    static const QStringList kReasons = [] {
        QStringList names;
        for (protocol::ExceptionReason r : protocol::allExceptionReasons())
            names.append(protocol::exceptionReasonName(r));
        return names;
    }();
    return kReasons;
}

void SupervisorExceptionFlow::ask() {
    CitizenSession* citizen = m_host.servedCitizen();
    if (!citizen || !m_host.accepts(WorkflowEvent::ExceptionAsked))
        return;
    // On the finger screen the scanner is still waiting for the citizen.
    if (m_host.accepts(WorkflowEvent::FingerCaptured))
        m_finger.cancel();
    citizen->fingerInFlight = false;
    m_host.say({});
    m_host.enter(KioskState::ExceptionReason);
}

void SupervisorExceptionFlow::chooseReason(int number) {
    CitizenSession* citizen = m_host.servedCitizen();
    if (!citizen || !m_host.accepts(WorkflowEvent::ExceptionReasonChosen) || number < 1 ||
        number > reasons().size())
        return;
    citizen->exceptionReason = reasons().at(number - 1);
    m_host.say({});
    m_host.enter(KioskState::SupervisorSignOff);
    setStep(m_card.cardPresent() ? SignOffStep::TakeCardOut : SignOffStep::InsertSupervisorCard);
}

void SupervisorExceptionFlow::setStep(SignOffStep step) {
    m_host.servedCitizen()->signOffStep = step;
    Q_EMIT changed();
}

void SupervisorExceptionFlow::audit(AuditKind kind, const QString& detail) {
    m_host.record(kind, m_host.servedCitizen()->identity.citizenId, detail);
}

void SupervisorExceptionFlow::cardInserted() {
    const SignOffStep step = m_host.servedCitizen()->signOffStep;
    if (step != SignOffStep::InsertSupervisorCard && step != SignOffStep::InsertCitizenCard)
        return;
    m_host.say({});
    setStep(step == SignOffStep::InsertSupervisorCard ? SignOffStep::ReadingSupervisorCard
                                                      : SignOffStep::ReadingCitizenCard);
}

void SupervisorExceptionFlow::cardRemoved() {
    CitizenSession& citizen = *m_host.servedCitizen();
    switch (citizen.signOffStep) {
        case SignOffStep::TakeCardOut:
        case SignOffStep::ReadingSupervisorCard:
            setStep(citizen.exceptionGrant.isEmpty() ? SignOffStep::InsertSupervisorCard
                                                     : SignOffStep::InsertCitizenCard);
            break;
        case SignOffStep::SupervisorFinger:
        case SignOffStep::Checking:
            // The supervisor took their card back before the registry answered: start again.
            m_finger.cancel();
            m_host.say(&WorkflowText::supervisorCardRemoved);
            setStep(SignOffStep::InsertSupervisorCard);
            break;
        case SignOffStep::SupervisorCardOut:
        case SignOffStep::ReadingCitizenCard:
            setStep(SignOffStep::InsertCitizenCard);
            break;
        case SignOffStep::None:
        case SignOffStep::InsertSupervisorCard:
        case SignOffStep::InsertCitizenCard:
            break;
    }
}

void SupervisorExceptionFlow::recordRead(const card::ThaiIdRecord& record) {
    CitizenSession& citizen = *m_host.servedCitizen();
    const card::ThaiIdIdentity& card = record.identity;
    if (citizen.signOffStep == SignOffStep::ReadingCitizenCard) {
        // The session is for the card that was checked: the same ID and the same card.
        if (card.citizenId != citizen.identity.citizenId ||
            card.requestNumber != citizen.identity.requestNumber) {
            m_host.say(&WorkflowText::notTheCitizensCard);
            setStep(SignOffStep::TakeCardOut);
            return;
        }
        m_host.say({});
        m_host.verified(std::exchange(citizen.exceptionGrant, {}));
        return;
    }
    if (citizen.signOffStep != SignOffStep::ReadingSupervisorCard)
        return;
    const auto supervisor = m_officers.find(card.citizenId);
    QString (*refusal)() = nullptr;
    if (card.citizenId == citizen.identity.citizenId)
        refusal = &WorkflowText::supervisorCardNeeded;
    else if (!supervisor || supervisor->requestNumber != card.requestNumber)
        refusal = &WorkflowText::supervisorNotEnrolled;
    else if (!supervisor->isSupervisor())
        refusal = &WorkflowText::notASupervisor;
    else if (supervisor->cid == m_host.officerCid())
        refusal = &WorkflowText::supervisorIsAnotherOfficer;
    if (refusal) {
        audit(AuditKind::SupervisorExceptionRefused, QStringLiteral("card"));
        m_host.say(refusal);
        setStep(SignOffStep::TakeCardOut);
        return;
    }
    citizen.supervisorCid = supervisor->cid;
    citizen.supervisorCard = supervisor->requestNumber;
    citizen.supervisorFinger = supervisor->finger;
    m_host.say({});
    setStep(SignOffStep::SupervisorFinger);
    captureSupervisorFinger();
}

void SupervisorExceptionFlow::captureSupervisorFinger() {
    m_host.guide(&WorkflowText::supervisorPlaceFinger);
    m_finger.capture(m_fingerprintSeconds * 1000);
}

void SupervisorExceptionFlow::fingerCaptured(fingerprint::FingerSample sample) {
    CitizenSession* citizen = m_host.servedCitizen();
    if (citizen->signOffStep != SignOffStep::SupervisorFinger) {
        sample.wipe();
        return;
    }
    setStep(SignOffStep::Checking);
    m_host.guide(&WorkflowText::checkingSupervisor);
    const card::ThaiIdIdentity& who = citizen->identity;
    // The answer counts only while the same citizen is served and the state still takes it.
    auto answer = [this, asked = QPointer<CitizenSession>(citizen)](
                      const Result<ExceptionGrant, RegistryError>& r) {
        if (!asked || asked.data() != m_host.servedCitizen() ||
            !m_host.accepts(WorkflowEvent::ExceptionAnswered))
            return;
        onAnswer(r);
    };
    m_registry.send(ExceptionRequest{.cid = who.citizenId,
                                     .requestNumber = who.requestNumber,
                                     .officerToken = m_host.officerToken(),
                                     .reason = citizen->exceptionReason,
                                     .supervisorCid = citizen->supervisorCid,
                                     .supervisorCardRequestNumber = citizen->supervisorCard,
                                     .supervisorFingerprint = wireFinger(
                                         FingerCapture{citizen->supervisorFinger, sample})},
                    std::move(answer));
    sample.wipe();
}

void SupervisorExceptionFlow::fingerFailed(LocalText why) {
    // The supervisor's card is still in: the finger again, on this screen.
    m_host.say(std::move(why));
    if (m_host.servedCitizen()->signOffStep == SignOffStep::SupervisorFinger)
        captureSupervisorFinger();
}

void SupervisorExceptionFlow::onAnswer(const Result<ExceptionGrant, RegistryError>& r) {
    CitizenSession& citizen = *m_host.servedCitizen();
    if (citizen.signOffStep != SignOffStep::Checking)
        return;  // the supervisor's card left meanwhile
    if (r) {
        citizen.exceptionGrant = r.value().verificationId;
        // Who approved, as the trail's HMAC: the day's report lists each exception with it.
        audit(AuditKind::SupervisorException,
              QStringLiteral("reason=%1 supervisor=%2")
                  .arg(citizen.exceptionReason, m_host.citizenHmac(citizen.supervisorCid)));
        m_host.say(&WorkflowText::exceptionGranted);
        setStep(m_card.cardPresent() ? SignOffStep::SupervisorCardOut
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
        m_host.say(text);
        setStep(SignOffStep::SupervisorFinger);
        captureSupervisorFinger();
        return;
    }
    if (code == ErrorCode::NotASupervisor) {
        m_host.say(text);
        setStep(SignOffStep::TakeCardOut);
        return;
    }
    // No exception for this citizen here today: refer them.
    m_host.say(text);
    m_host.enter(KioskState::Blocked);
}

}  // namespace thaid::app
