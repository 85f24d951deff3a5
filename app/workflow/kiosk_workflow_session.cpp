// The citizen's registry session once the finger (or a supervisor) verified them: the session,
// its QR, the code the phone shows, the phone's steps and the completion.
#include "logging/app_logging.h"
#include "registry_api/registry_error.h"
#include "workflow/kiosk_workflow.h"
#include "workflow/workflow_text.h"

#include <QRegularExpression>

namespace thaid::app {

void KioskWorkflow::connectRegistry() {
    connect(&m_registry, &RegistryPort::frameReady, this,
            [this](const QString& text, const QDateTime& expires) {
                if (!m_citizen || !accepts(WorkflowEvent::QrFrame))
                    return;
                m_citizen->qrText = text;
                m_citizen->qrExpiresAt = expires;
                Q_EMIT qrChanged();
            });
    connect(&m_registry, &RegistryPort::frameWithdrawn, this, [this] {
        if (!m_citizen)
            return;
        m_citizen->qrText.clear();
        Q_EMIT qrChanged();
    });
    connect(&m_registry, &RegistryPort::sessionChanged, this, &KioskWorkflow::onSessionChanged);
    connect(&m_registry, &RegistryPort::problem, this, &KioskWorkflow::onRegistryProblem);
    connect(&m_registry, &RegistryPort::connectionRestored, this, [this] { setMessage({}); });
}

// --- registry session ---------------------------------------------------------------------------

void KioskWorkflow::createSession(const QString& verificationId, int attempts) {
    setState(KioskState::CreatingSession);
    const card::ThaiIdIdentity& who = m_citizen->identity;
    const QString replaces = m_citizen->replacementConfirmed && m_citizen->existingBinding
                                 ? m_citizen->existingBinding->bindingId
                                 : QString();
    m_registry.createSession(
        who.citizenId, who.requestNumber, verificationId, m_signIn.token(), replaces,
        forThisSession(
            WorkflowEvent::SessionCreated,
            [this, verificationId, attempts](const Result<SessionInfo, RegistryError>& r) {
                if (!r) {
                    if (r.error().apiCode() == ErrorCode::BindingExists) {
                        audit(AuditKind::CardBlocked, QStringLiteral("binding_changed"));
                        setMessage(registryText(r.error()));
                        setState(KioskState::Blocked);
                        return;
                    }
                    if (r.error().apiCode() == ErrorCode::CardNotLatest) {
                        audit(AuditKind::CardBlocked, QStringLiteral("not_latest"));
                        setMessage(registryText(r.error()));
                        setState(KioskState::Blocked);
                        return;
                    }
                    fault(FaultKind::Registry, registryText(r.error()),
                          QStringLiteral("create_session:%1")
                              .arg(registryErrorKindId(r.error().kind)));
                    // A verification is used once: a failed creation that
                    // did not reach the registry may retry with it, anything
                    // else needs the finger again.
                    if (r.error().transient())
                        m_retryAction = [this, verificationId, attempts] {
                            createSession(verificationId, attempts);
                        };
                    else
                        m_retryAction = [this] { startFingerprint(); };
                    return;
                }
                m_citizen->registry = r.value();
                audit(AuditKind::SessionCreated,
                      QStringLiteral("sid=%1").arg(m_citizen->registry.sid.left(8)));
                m_citizen->qrText.clear();
                setState(KioskState::ShowingQr);
                m_citizen->qrWait.start();
                m_registry.watch(m_citizen->registry);
                Q_EMIT phoneChanged();
            }));
}

void KioskWorkflow::onSessionChanged(const SessionInfo& s) {
    if (!m_citizen || s.sid != m_citizen->registry.sid || !accepts(WorkflowEvent::SessionChanged))
        return;
    m_citizen->registry = s;
    Q_EMIT phoneChanged();
    switch (s.state) {
        case BindingState::Created:
            break;
        case BindingState::Claimed:
            m_registry.stopQr();
            m_citizen->qrText.clear();
            Q_EMIT qrChanged();
            if (s.confirmationAttemptsLeft >= 0)
                m_citizen->codeAttemptsLeft = s.confirmationAttemptsLeft;
            audit(AuditKind::SessionClaimed);
            if (m_state != KioskState::EnteringCode)
                setState(KioskState::EnteringCode);
            break;
        case BindingState::Confirmed:
        case BindingState::Bound:
            setState(KioskState::WaitingForPhone);
            break;
        case BindingState::Completed:
            complete();
            break;
        case BindingState::Expired:
            endSession({SessionOutcome::Kind::Expired, SessionOutcome::Reason::None},
                       &WorkflowText::sessionExpired);
            break;
        case BindingState::Cancelled:
            endSession(SessionOutcome::cancelled(SessionOutcome::Reason::Registry),
                       &WorkflowText::cancelledByRegistry);
            break;
        case BindingState::Conflict:
            endSession({SessionOutcome::Kind::Conflict, SessionOutcome::Reason::None},
                       &WorkflowText::conflict);
            break;
        case BindingState::Rejected:
            endSession({SessionOutcome::Kind::Rejected, SessionOutcome::Reason::None},
                       &WorkflowText::rejected);
            break;
    }
}

void KioskWorkflow::complete() {
    audit(AuditKind::RegistrationCompleted);
    m_registry.unwatch();
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

// --- the code the phone shows -------------------------------------------------------------------

void KioskWorkflow::submitCode(const QString& digits) {
    static const QRegularExpression six(QStringLiteral("^[0-9]{6}$"));
    if (!m_citizen || !accepts(WorkflowEvent::CodeSubmitted) || m_citizen->codeInFlight)
        return;  // one confirmation at a time: a second Enter must not spend a try
    if (!six.match(digits).hasMatch()) {
        setMessage(&WorkflowText::typeSixDigits);
        return;
    }
    m_citizen->codeInFlight = true;
    setMessage(&WorkflowText::checkingCode);
    Q_EMIT phoneChanged();
    m_registry.confirm(
        m_citizen->registry.sid, digits,
        forThisSession(WorkflowEvent::CodeAnswered,
                       [this](const Result<SessionInfo, RegistryError>& r) { onCodeAnswer(r); }));
}

void KioskWorkflow::onCodeAnswer(const Result<SessionInfo, RegistryError>& r) {
    m_citizen->codeInFlight = false;
    Q_EMIT phoneChanged();
    if (!r) {
        if (r.error().apiCode() == ErrorCode::WrongCode) {
            m_citizen->codeAttemptsLeft = std::max(r.error().attemptsLeft, 0);
            audit(AuditKind::CodeWrong, QStringLiteral("left=%1").arg(m_citizen->codeAttemptsLeft));
        }
        setMessage(registryText(r.error()));
        Q_EMIT codeRefused();
        return;
    }
    audit(AuditKind::CodeConfirmed);
    setMessage({});
    onSessionChanged(r.value());
}

void KioskWorkflow::onRegistryProblem(const RegistryError& e) {
    if (!accepts(WorkflowEvent::RegistryProblem))
        return;
    // The follower and the QR feed keep retrying by themselves: say so, stay on the screen.
    audit(AuditKind::RegistryProblem, registryErrorKindId(e.kind));
    setMessage(registryText(e));
}

void KioskWorkflow::onQrUnscanned() {
    if (!m_citizen || m_citizen->registry.state != BindingState::Created ||
        !accepts(WorkflowEvent::QrUnscanned))
        return;
    endSession({SessionOutcome::Kind::Expired, SessionOutcome::Reason::NotScanned},
               [s = m_settings.qrSeconds] { return WorkflowText::qrNotScanned(s); });
}

}  // namespace thaid::app
