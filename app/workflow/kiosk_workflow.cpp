#include "workflow/kiosk_workflow.h"

#include "logging/app_logging.h"
#include "registry_api/registry_error.h"
#include "text/card_error_text.h"
#include "text/fingerprint_text.h"
#include "workflow/workflow_text.h"

namespace thaid::app {

namespace {

LocalText cardText(card::CardErrorCode code) {
    return [code] { return CardErrorText::forError(code); };
}

const card::ThaiIdIdentity kNoIdentity;
const QByteArray kNoPhoto;

}  // namespace

KioskWorkflow::KioskWorkflow(CardPort& card, FingerPort& finger, RegistryPort& registry,
                             OfficerStore& officers, AuditTrail& trail, WorkflowSettings settings,
                             QObject* parent)
    : QObject(parent),
      m_card(card),
      m_finger(finger),
      m_registry(registry),
      m_officers(officers),
      m_audit(trail),
      m_settings(settings),
      m_signIn(finger, registry, officers, trail, settings.maxFingerAttempts,
               settings.fingerprintSeconds) {
    connect(&m_signIn, &OfficerSignIn::succeeded, this, &KioskWorkflow::onOfficerSignedIn);
    connect(&m_signIn, &OfficerSignIn::refused, this, &KioskWorkflow::onOfficerRefused);
    connect(&m_signIn, &OfficerSignIn::fingerJudged, this, &KioskWorkflow::fingerJudged);
    connect(&m_signIn, &OfficerSignIn::guidance, this, [this](const LocalText& g) {
        if (signingIn(WorkflowEvent::FingerProgress))
            setGuidance(g);
    });
    connect(&m_check, &ThaidCheckFlow::qrChanged, this, &KioskWorkflow::qrChanged);
    connect(&m_check, &ThaidCheckFlow::changed, this, &KioskWorkflow::checkChanged);
    connect(&m_exception, &SupervisorExceptionFlow::changed, this, &KioskWorkflow::signOffChanged);
    connect(&m_registration, &CitizenRegistration::citizenChanged, this,
            &KioskWorkflow::citizenChanged);
    connect(&m_registration, &CitizenRegistration::fingerChanged, this,
            &KioskWorkflow::fingerChanged);
    connect(&m_registration, &CitizenRegistration::qrChanged, this, &KioskWorkflow::qrChanged);
    connect(&m_registration, &CitizenRegistration::phoneChanged, this,
            &KioskWorkflow::phoneChanged);
    connect(&m_registration, &CitizenRegistration::codeRefused, this, &KioskWorkflow::codeRefused);
    connect(&m_registration, &CitizenRegistration::fingerJudged, this,
            &KioskWorkflow::fingerJudged);
    connectCard();
    connectFinger();
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_settings.idleLockSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, &KioskWorkflow::onIdle);
}

KioskWorkflow::~KioskWorkflow() = default;

void KioskWorkflow::connectCard() {
    connect(&m_card, &CardPort::serviceAvailable, this, &KioskWorkflow::onServiceAvailable);
    connect(&m_card, &CardPort::readerAvailable, this, &KioskWorkflow::onReaderAvailable);
    connect(&m_card, &CardPort::cardInserted, this, &KioskWorkflow::onCardInserted);
    connect(&m_card, &CardPort::cardRemoved, this, &KioskWorkflow::onCardRemoved);
    connect(&m_card, &CardPort::identityRead, this, &KioskWorkflow::onIdentity);
    connect(&m_card, &CardPort::photoProgress, this, &KioskWorkflow::onPhotoProgress);
    connect(&m_card, &CardPort::readRestarted, this, &KioskWorkflow::onReadRestarted);
    connect(&m_card, &CardPort::recordRead, this, &KioskWorkflow::onRecord);
    connect(&m_card, &CardPort::readFailed, this, &KioskWorkflow::onReadFailed);
}

void KioskWorkflow::connectFinger() {
    connect(&m_finger, &FingerPort::waitingForFinger, this, [this] {
        if (!accepts(WorkflowEvent::FingerProgress))
            return;
        setGuidance(&FingerprintText::placeFinger);
        Q_EMIT fingerWaiting();
    });
    connect(&m_finger, &FingerPort::retryNeeded, this, [this](fingerprint::ScanRetry r) {
        if (accepts(WorkflowEvent::FingerProgress))
            setGuidance([r] { return FingerprintText::forRetry(r); });
    });
    connect(&m_finger, &FingerPort::captured, this, &KioskWorkflow::onCaptured);
    connect(&m_finger, &FingerPort::failed, this, &KioskWorkflow::onFingerFailed);
}

void KioskWorkflow::start() {
    m_card.start();
    m_finger.start();
    setMessage(&WorkflowText::insertOwnCard);
}

const card::ThaiIdIdentity& KioskWorkflow::citizen() const {
    return m_citizen ? m_citizen->identity : kNoIdentity;
}

const QByteArray& KioskWorkflow::photo() const {
    return m_citizen ? m_citizen->photo : kNoPhoto;
}

std::optional<ExistingBinding> KioskWorkflow::existingBinding() const {
    return m_citizen ? m_citizen->existingBinding : std::nullopt;
}

const fingerprint::FingerSample& KioskWorkflow::lastScan() const {
    static const fingerprint::FingerSample kNone;
    return m_citizen ? m_citizen->lastScan : kNone;
}

QDateTime KioskWorkflow::sessionExpiresAt() const {
    return m_citizen ? m_citizen->registry.expiresAt : QDateTime();
}

BindingState KioskWorkflow::sessionState() const {
    return m_citizen ? m_citizen->registry.state : BindingState::Created;
}

int KioskWorkflow::codeAttemptsLeft() const {
    return m_citizen ? m_citizen->codeAttemptsLeft : m_settings.maxCodeAttempts;
}

QString KioskWorkflow::fingerGuidance() const {
    return m_citizen ? m_citizen->fingerGuidance() : m_officerGuidance();
}

void KioskWorkflow::setState(KioskState s) {
    if (s != KioskState::Fault)
        m_faultKind = FaultKind::None;
    if (m_citizen && s != KioskState::ShowingQr && s != KioskState::Fault)
        m_citizen->qrWait.stop();
    m_idle.start();
    if (s == m_state) {
        if (s == KioskState::Fault)
            Q_EMIT stateChanged(s);  // another fault: the screen says what to do about this one
        return;
    }
    qCInfo(lcWorkflow).noquote() << kioskStateName(m_state) << "->" << kioskStateName(s);
    m_state = s;
    Q_EMIT stateChanged(s);
}

void KioskWorkflow::setMessage(LocalText m) {
    m_message = std::move(m);
    Q_EMIT messageChanged();
}

void KioskWorkflow::setGuidance(LocalText g) {
    if (m_citizen)
        m_citizen->fingerGuidance = std::move(g);
    else
        m_officerGuidance = std::move(g);
    Q_EMIT fingerChanged();
}

KioskState KioskWorkflow::restingState() const {
    return m_signIn.isSignedIn() ? KioskState::WaitingForCard : KioskState::SignedOut;
}

void KioskWorkflow::audit(AuditKind kind, const QString& detail) {
    auditAbout(m_citizen ? m_citizen->identity.citizenId : QString(), kind, detail);
}

void KioskWorkflow::auditAbout(const QString& citizenId, AuditKind kind, const QString& detail) {
    if (auto r = m_audit.record(kind, citizenId, detail); !r)
        qCWarning(lcWorkflow).noquote() << "audit write failed:" << r.error();
}

void KioskWorkflow::fault(FaultKind kind, LocalText message, const QString& auditDetail,
                          std::function<void()> retry) {
    audit(AuditKind::Fault, auditDetail);
    m_faultKind = kind;
    m_retryAction = std::move(retry);
    setMessage(std::move(message));
    setState(KioskState::Fault);
}

void KioskWorkflow::beginSession() {
    m_citizen = std::make_unique<CitizenSession>(m_settings.maxCodeAttempts, m_settings.qrSeconds);
    m_citizen->sinceCardIn.start();
    connect(&m_citizen->qrWait, &QTimer::timeout, &m_registration,
            &CitizenRegistration::qrUnscanned);
    Q_EMIT citizenChanged();
}

void KioskWorkflow::endSession(SessionOutcome outcome, LocalText message) {
    if (m_citizen && !m_citizen->registry.sid.isEmpty() &&
        !isFinalBindingState(m_citizen->registry.state))
        // Best effort, with the client's retries; the session also expires by itself.
        m_registry.send(protocol::CancelRequest{outcome.registryCancelReason()}, {},
                        m_citizen->registry.sid);
    m_registry.unwatch();
    if (accepts(WorkflowEvent::FingerCaptured))  // the scanner is waiting for a finger
        m_finger.cancel();
    audit(AuditKind::SessionEnded, outcome.id());
    m_citizen.reset();  // wipes
    m_retryAction = {};
    Q_EMIT citizenChanged();
    Q_EMIT fingerChanged();
    Q_EMIT qrChanged();
    Q_EMIT phoneChanged();
    setMessage(std::move(message));
    setState(restingState());
    Q_EMIT sessionEnded(outcome);
}

void KioskWorkflow::completed() {
    m_citizen.reset();  // wipes
    Q_EMIT citizenChanged();
    Q_EMIT qrChanged();
    Q_EMIT phoneChanged();
    setMessage(&WorkflowText::completed);
    setState(KioskState::Completed);
    Q_EMIT sessionEnded(SessionOutcome::completed());
    if (!m_card.cardPresent())
        setState(KioskState::WaitingForCard);
}

// --- card -----------------------------------------------------------------------------------

void KioskWorkflow::onServiceAvailable(bool available) {
    m_serviceUp = available;
    if (!available) {
        if (m_citizen)
            endSession(SessionOutcome::cancelled(SessionOutcome::Reason::Fault), {});
        fault(FaultKind::CardService, cardText(card::CardErrorCode::ServiceUnavailable),
              QStringLiteral("card_service_unavailable"), {});
    } else if (m_state == KioskState::Fault && m_faultKind == FaultKind::CardService) {
        setMessage({});
        setState(restingState());
    }
}

void KioskWorkflow::onReaderAvailable(bool available) {
    if (!available) {
        if (m_state == KioskState::Fault && m_faultKind == FaultKind::CardService)
            return;  // the service being down says it all
        if (m_citizen)
            endSession(SessionOutcome::cancelled(SessionOutcome::Reason::Fault), {});
        fault(FaultKind::CardReader, cardText(card::CardErrorCode::NoReader),
              QStringLiteral("no_reader"), {});
    } else if (m_state == KioskState::Fault && m_faultKind == FaultKind::CardReader) {
        setMessage({});
        setState(restingState());
    }
}

void KioskWorkflow::onCardInserted() {
    Q_EMIT cardPresenceChanged();
    if (!accepts(WorkflowEvent::CardInserted))
        return;
    switch (rule().owner) {
        case UseCase::SignIn:
            setMessage(&WorkflowText::readingOwnCard);
            return;
        case UseCase::SupervisorException:
            m_exception.cardInserted();
            return;
        case UseCase::ThaidCheck:  // the next citizen: the check's result goes first
            m_check.end(QStringLiteral("next_citizen"), {});
            break;
        case UseCase::Registration:
        case UseCase::None:
            break;
    }
    if (!m_officerCardOut)
        return;  // the officer's own card, still in the reader after sign-in
    beginSession();
    setMessage({});
    setState(KioskState::Reading);
}

void KioskWorkflow::onCardRemoved() {
    Q_EMIT cardPresenceChanged();
    switch (rule().removal) {
        case RemovalAction::PromptSignIn:
            setMessage(&WorkflowText::insertOwnCard);
            break;
        case RemovalAction::AbandonSignIn:
            m_finger.cancel();
            m_signIn.abandon();
            setMessage(&WorkflowText::ownCardRemovedDuringSignIn);
            setState(KioskState::SignedOut);
            break;
        case RemovalAction::OfficerCardOut:
            m_officerCardOut = true;
            setMessage({});
            break;
        case RemovalAction::BackToWaiting:
            setMessage({});
            setState(KioskState::WaitingForCard);
            break;
        case RemovalAction::EndSession:
            endSession(SessionOutcome::cancelled(SessionOutcome::Reason::CardRemoved),
                       &WorkflowText::cardRemovedMidSession);
            break;
        case RemovalAction::EndSessionIfAny:
            if (m_citizen)
                endSession(SessionOutcome::cancelled(SessionOutcome::Reason::CardRemoved), {});
            break;
        case RemovalAction::CardSwap:
            m_exception.cardRemoved();
            break;
    }
}

void KioskWorkflow::onIdentity(const card::ThaiIdIdentity& identity) {
    if (m_citizen && accepts(WorkflowEvent::IdentityPreview))
        m_registration.identityRead(identity);
}

void KioskWorkflow::onPhotoProgress(int read, int total) {
    if (m_citizen && accepts(WorkflowEvent::IdentityPreview))
        m_registration.photoProgress(read, total);
}

void KioskWorkflow::onReadRestarted() {
    if (m_citizen && accepts(WorkflowEvent::ReadRestarted))
        m_registration.readRestarted();
}

void KioskWorkflow::onRecord(const card::ThaiIdRecord& record) {
    if (!accepts(WorkflowEvent::RecordRead))
        return;
    switch (rule().owner) {
        case UseCase::SignIn:
            officerRecord(record);
            break;
        case UseCase::SupervisorException:
            m_exception.recordRead(record);
            break;
        case UseCase::Registration:
        case UseCase::ThaidCheck:
        case UseCase::None:
            m_registration.recordRead(record);
            break;
    }
}

void KioskWorkflow::onReadFailed(const card::CardError& error) {
    if (error.code == card::CardErrorCode::CardRemoved || !accepts(WorkflowEvent::ReadFailed))
        return;  // a removal ends whatever was going on by itself
    // The officer's or the supervisor's card: read it again. A citizen's: the fault screen.
    if (rule().owner == UseCase::SignIn || rule().owner == UseCase::SupervisorException) {
        setMessage(cardText(error.code));
        return;
    }
    fault(FaultKind::CardRead, cardText(error.code),
          QStringLiteral("card_read:%1").arg(card::cardErrorId(error.code)), [this] {
              endSession(SessionOutcome::cancelled(SessionOutcome::Reason::Fault),
                         &WorkflowText::removeAndReinsert);
          });
}

// --- officer ----------------------------------------------------------------------------------

void KioskWorkflow::officerRecord(const card::ThaiIdRecord& record) {
    switch (m_signIn.begin(record)) {
        case OfficerSignIn::Begin::NotEnrolled:
            setMessage(&WorkflowText::notEnrolledHere);
            break;
        case OfficerSignIn::Begin::FingerRequested:
            setGuidance(&FingerprintText::placeFinger);
            setMessage(&WorkflowText::placeOwnFinger);
            setState(KioskState::SigningIn);
            break;
    }
}

void KioskWorkflow::onOfficerSignedIn() {
    if (!signingIn(WorkflowEvent::FingerVerdict))
        return;
    m_officerCardOut = !m_card.cardPresent();
    setMessage(m_officerCardOut ? LocalText() : LocalText(&WorkflowText::signedInRemoveCard));
    setState(KioskState::WaitingForCard);
}

void KioskWorkflow::onOfficerRefused(const LocalText& why) {
    if (!signingIn(WorkflowEvent::FingerVerdict))
        return;
    setMessage(why);
    setState(KioskState::SignedOut);
}

void KioskWorkflow::signOut() {
    m_check.end(QStringLiteral("signed_out"), {});
    if (m_citizen)
        endSession(SessionOutcome::cancelled(SessionOutcome::Reason::OfficerCancelled), {});
    if (accepts(WorkflowEvent::FingerCaptured))  // the officer's finger, still awaited
        m_finger.cancel();
    m_signIn.signOut();
    setMessage(&WorkflowText::insertOwnCard);
    setState(KioskState::SignedOut);
}

// --- the scanner -------------------------------------------------------------------------------

void KioskWorkflow::onCaptured(fingerprint::FingerSample sample) {
    if (!accepts(WorkflowEvent::FingerCaptured)) {
        sample.wipe();
        return;
    }
    switch (rule().owner) {
        case UseCase::SignIn:
            m_signIn.fingerCaptured(std::move(sample));
            break;
        case UseCase::SupervisorException:
            m_exception.fingerCaptured(std::move(sample));
            break;
        case UseCase::Registration:
        case UseCase::ThaidCheck:
        case UseCase::None:
            m_registration.fingerCaptured(std::move(sample));
            break;
    }
}

void KioskWorkflow::onFingerFailed(const fingerprint::FingerprintError& error) {
    if (error.code == fingerprint::FingerprintErrorCode::Cancelled ||
        !accepts(WorkflowEvent::FingerError))
        return;
    const auto text = [code = error.code] { return FingerprintText::forError(code); };
    switch (rule().owner) {
        case UseCase::SignIn:
            m_signIn.abandon();
            setMessage(text);
            setState(KioskState::SignedOut);
            break;
        case UseCase::SupervisorException:
            m_exception.fingerFailed(text);
            break;
        case UseCase::Registration:
        case UseCase::ThaidCheck:
        case UseCase::None:
            m_registration.fingerFailed(error);
            break;
    }
}

// --- keys and timers ----------------------------------------------------------------------------

void KioskWorkflow::openMaintenance() {
    if (m_state == KioskState::Maintenance)
        return;
    if (!accepts(WorkflowEvent::OpenMaintenance))
        return;  // in the middle of a citizen, or on a fault: the key does nothing
    if (!m_signIn.isSignedIn()) {
        setMessage(&WorkflowText::maintenanceNeedsSignIn);
        return;
    }
    audit(AuditKind::MaintenanceOpened);
    setMessage({});
    setState(KioskState::Maintenance);
}

void KioskWorkflow::cancel() {
    switch (rule().esc) {
        case EscAction::Nothing:
            break;
        case EscAction::LeaveMaintenance:
            setState(KioskState::WaitingForCard);
            break;
        case EscAction::EndThaidCheck:
            m_check.end(QStringLiteral("cancelled"), &WorkflowText::thaidCheckCleared);
            break;
        case EscAction::AbandonSignIn:
            m_finger.cancel();
            m_signIn.abandon();
            setState(KioskState::SignedOut);
            break;
        case EscAction::EndSessionOrRetry:
            if (!m_citizen) {
                retry();
                break;
            }
            [[fallthrough]];
        case EscAction::EndSession: {
            const bool cardIn = m_card.cardPresent();
            endSession(SessionOutcome::cancelled(SessionOutcome::Reason::OfficerCancelled),
                       cardIn ? LocalText(&WorkflowText::stoppedRemoveCard)
                              : LocalText(&WorkflowText::stopped));
            break;
        }
    }
}

void KioskWorkflow::retry() {
    if (m_state != KioskState::Fault)
        return;
    if (m_retryAction) {
        setMessage({});
        auto action = std::exchange(m_retryAction, {});
        action();
        return;
    }
    if ((m_faultKind == FaultKind::CardService && !m_serviceUp) ||
        m_faultKind == FaultKind::CardReader)
        return;  // nothing to retry until pcscd or the reader is back; the screen says so
    setMessage({});
    setState(restingState());
}

void KioskWorkflow::userActivity() {
    m_idle.start();
}

void KioskWorkflow::onIdle() {
    if (!m_signIn.isSignedIn() || m_citizen || !accepts(WorkflowEvent::IdleLock))
        return;
    m_check.end(QStringLiteral("idle"), {});
    audit(AuditKind::IdleLock, QStringLiteral("seconds=%1").arg(m_settings.idleLockSeconds));
    signOut();
    setMessage([minutes = std::max(1, m_settings.idleLockSeconds / 60)] {
        return WorkflowText::lockedAfterIdle(minutes);
    });
}

}  // namespace thaid::app
