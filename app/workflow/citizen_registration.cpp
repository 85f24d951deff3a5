#include "workflow/citizen_registration.h"

#include "protocol/exception_reason.h"
#include "registry_api/registry_error.h"
#include "text/card_error_text.h"
#include "text/fingerprint_text.h"
#include "workflow/workflow_text.h"

#include <QRegularExpression>

namespace thaid::app {

CitizenRegistration::CitizenRegistration(CitizenHost& host, CardPort& card, FingerPort& finger,
                                         RegistryPort& registry, const WorkflowSettings& settings,
                                         QObject* parent)
    : QObject(parent),
      m_host(host),
      m_card(card),
      m_finger(finger),
      m_registry(registry),
      m_settings(settings) {
    connect(&m_registry, &RegistryPort::frameReady, this,
            [this](const QString& text, const QDateTime& expires) {
                CitizenSession* c = m_host.servedCitizen();
                if (!c || !m_host.accepts(WorkflowEvent::QrFrame))
                    return;
                c->qrText = text;
                c->qrExpiresAt = expires;
                Q_EMIT qrChanged();
            });
    connect(&m_registry, &RegistryPort::frameWithdrawn, this, [this] {
        if (CitizenSession* c = m_host.servedCitizen()) {
            c->qrText.clear();
            Q_EMIT qrChanged();
        }
    });
    connect(&m_registry, &RegistryPort::sessionChanged, this,
            &CitizenRegistration::onSessionChanged);
    connect(&m_registry, &RegistryPort::problem, this, &CitizenRegistration::onRegistryProblem);
    connect(&m_registry, &RegistryPort::connectionRestored, this, [this] { m_host.say({}); });
}

void CitizenRegistration::audit(AuditKind kind, const QString& detail) {
    const CitizenSession* c = m_host.servedCitizen();
    m_host.record(kind, c ? c->identity.citizenId : QString(), detail);
}

// --- the card, read and checked -----------------------------------------------------------------

void CitizenRegistration::identityRead(const card::ThaiIdIdentity& identity) {
    CitizenSession& c = citizen();
    c.identity = identity;
    Q_EMIT citizenChanged();
    // Fetch-ahead: the registry checks the card while the photo is still being read.
    if (!c.checkStarted && !identity.citizenId.isEmpty() && !identity.requestNumber.isEmpty())
        checkCard();
}

void CitizenRegistration::photoProgress(int read, int total) {
    if (total <= 0)
        return;
    citizen().photoPercent = std::clamp(read * 100 / total, 0, 100);
    Q_EMIT citizenChanged();
}

void CitizenRegistration::readRestarted() {
    CitizenSession& c = citizen();
    c.dropPreview();
    // What was checked may have been another card's text.
    c.checkStarted = false;
    c.checkAnswer.reset();
    ++c.checkGeneration;
    Q_EMIT citizenChanged();
}

void CitizenRegistration::recordRead(const card::ThaiIdRecord& record) {
    CitizenSession& c = citizen();
    c.takeRecord(record);
    Q_EMIT citizenChanged();
    // How long since the card went in: the day's report counts from there.
    audit(AuditKind::CardRead, QStringLiteral("read_ms=%1").arg(c.sinceCardIn.elapsed()));
    c.cardReadAudited = true;
    if (record.hasFatalIssue()) {
        QStringList codes;
        for (const card::DataIssue& i : record.issues) {
            if (i.fatal)
                codes << i.code;
        }
        audit(AuditKind::CardBlocked, QStringLiteral("invalid:%1").arg(codes.join(u',')));
        m_host.say([code = codes.value(0)] { return CardErrorText::forDataIssue(code); });
        m_host.enter(KioskState::Blocked);
        return;
    }
    if (record.isExpiredOn(QDate::currentDate())) {
        audit(AuditKind::CardBlocked, QStringLiteral("expired"));
        m_host.say(&WorkflowText::cardExpired);
        m_host.enter(KioskState::Blocked);
        return;
    }
    c.recordComplete = true;
    // The check started from the text, before the photo, when it was for this very card.
    if (c.checkStarted && c.checkedCid == record.identity.citizenId &&
        c.checkedRequestNumber == record.identity.requestNumber) {
        if (c.checkAnswer)
            applyCardCheck();
        return;
    }
    checkCard();
}

void CitizenRegistration::checkCard() {
    CitizenSession& c = citizen();
    c.checkStarted = true;
    c.checkAnswer.reset();
    c.checkedCid = c.identity.citizenId;
    c.checkedRequestNumber = c.identity.requestNumber;
    const int generation = ++c.checkGeneration;
    m_registry.send(
        protocol::CardCheckRequest{c.checkedCid, c.checkedRequestNumber, m_host.officerToken()},
        forThisSession(WorkflowEvent::CardChecked,
                       [this, generation](const Result<CardCheck, RegistryError>& r) {
                           CitizenSession& now = citizen();
                           // A check for a card read that has since restarted says nothing.
                           if (generation != now.checkGeneration)
                               return;
                           now.checkAnswer = r;
                           if (now.recordComplete)
                               applyCardCheck();
                       }));
}

void CitizenRegistration::applyCardCheck() {
    CitizenSession& c = citizen();
    const Result<CardCheck, RegistryError> r = *std::exchange(c.checkAnswer, {});
    if (!r) {
        // Back to the check alone: the card was read once and is audited once.
        m_host.fault(FaultKind::Registry, registryText(r.error()),
                     QStringLiteral("card_check:%1").arg(registryErrorKindId(r.error().kind)),
                     [this] {
                         m_host.enter(KioskState::Reading);
                         checkCard();
                     });
        return;
    }
    if (r.value().status != CardStatus::Latest) {
        blockCard(r.value().status);
        return;
    }
    c.existingBinding = r.value().binding;
    c.replacementConfirmed = false;
    if (const auto& b = c.existingBinding)
        audit(AuditKind::ExistingBindingShown,
              QStringLiteral("station=%1 bound=%2 notices=%3")
                  .arg(b->stationId)
                  .arg(b->boundAt.toUTC().toString(Qt::ISODate), b->notices.join(u',')));
    Q_EMIT citizenChanged();
    m_host.say({});
    m_host.enter(KioskState::Review);
}

void CitizenRegistration::blockCard(CardStatus status) {
    switch (status) {
        case CardStatus::Superseded:
            audit(AuditKind::CardBlocked, QStringLiteral("superseded"));
            m_host.say(&WorkflowText::cardSuperseded);
            break;
        case CardStatus::Revoked:
            audit(AuditKind::CardBlocked, QStringLiteral("revoked"));
            m_host.say(&WorkflowText::cardRevoked);
            break;
        case CardStatus::Latest:
        case CardStatus::Unknown:
            audit(AuditKind::CardBlocked, QStringLiteral("unknown"));
            m_host.say(&WorkflowText::cardUnknown);
            break;
    }
    m_host.enter(KioskState::Blocked);
}

// --- the face and a phone already bound ---------------------------------------------------------

void CitizenRegistration::confirmFace() {
    if (!m_host.accepts(WorkflowEvent::FaceConfirmed))
        return;
    audit(AuditKind::FaceConfirmed);
    // A phone already bound is replaced only on its own screen, with its own key: no QR for
    // this citizen until the officer has said so.
    if (citizen().existingBinding) {
        m_host.enter(KioskState::ReplacingPhone);
        return;
    }
    startFingerprint();
}

void CitizenRegistration::confirmReplacement() {
    if (!m_host.accepts(WorkflowEvent::PhoneReplaced))
        return;
    CitizenSession& c = citizen();
    c.replacementConfirmed = true;
    audit(AuditKind::ReplacementConfirmed,
          QStringLiteral("binding=%1").arg(c.existingBinding->bindingId.left(8)));
    Q_EMIT citizenChanged();
    startFingerprint();
}

// --- the finger ---------------------------------------------------------------------------------

void CitizenRegistration::startFingerprint() {
    CitizenSession& c = citizen();
    c.finger = protocol::indexFingerName(protocol::IndexFinger::Right);
    c.fingerAttempt = 1;
    m_host.say({});
    m_host.enter(KioskState::Fingerprint);
    captureFinger();
}

void CitizenRegistration::captureFinger() {
    m_host.guide(&FingerprintText::placeFinger);
    m_finger.capture(m_settings.fingerprintSeconds * 1000);
}

void CitizenRegistration::fingerCaptured(fingerprint::FingerSample sample) {
    CitizenSession& c = citizen();
    // The registry decides the match; the kiosk only sends what the scanner saw, and keeps it in
    // memory for the officer to look at until the next capture.
    c.fingerInFlight = true;
    c.lastScan.wipe();
    c.lastScan = sample;
    c.lastScan.pixels.detach();
    ++c.scanVersion;
    Q_EMIT fingerChanged();
    m_host.guide(&WorkflowText::checkingFinger);
    m_registry.send(
        protocol::VerificationRequest{c.identity.citizenId, c.identity.requestNumber,
                                      m_host.officerToken(), wireFinger({c.finger, sample})},
        forThisSession(WorkflowEvent::FingerVerdict,
                       [this](const Result<FingerMatch, RegistryError>& r) { onFingerMatch(r); }));
    sample.wipe();
}

void CitizenRegistration::onFingerMatch(const Result<FingerMatch, RegistryError>& r) {
    CitizenSession& c = citizen();
    c.fingerInFlight = false;
    const int attempt = c.fingerAttempt;
    const int max = m_settings.maxFingerAttempts;
    if (!r) {
        const std::optional<ErrorCode> code = r.error().apiCode();
        if (code == ErrorCode::SampleUnusable) {
            // A poor scan is not a failed match: the same attempt again.
            m_finger.capture(m_settings.fingerprintSeconds * 1000);
            m_host.guide(registryText(r.error()));
            return;
        }
        if (code == ErrorCode::TooManyAttempts) {
            audit(AuditKind::FingerprintNoMatch, QStringLiteral("registry_limit"));
            m_host.say(registryText(r.error()));
            m_host.enter(KioskState::FingerprintRefer);
            return;
        }
        m_host.fault(FaultKind::Registry, registryText(r.error()),
                     QStringLiteral("verify_finger:%1").arg(registryErrorKindId(r.error().kind)),
                     [this] {
                         m_host.enter(KioskState::Fingerprint);
                         captureFinger();
                     });
        return;
    }
    Q_EMIT fingerJudged(r.value().matched);
    if (r.value().matched) {
        audit(AuditKind::FingerprintVerified,
              QStringLiteral("attempts=%1 finger=%2").arg(attempt).arg(c.finger));
        createSession(r.value().verificationId);
        return;
    }
    audit(AuditKind::FingerprintAttemptFailed, QStringLiteral("attempt=%1").arg(attempt));
    if (attempt < max && r.value().attemptsLeft != 0) {
        ++c.fingerAttempt;
        Q_EMIT fingerChanged();
        m_finger.capture(m_settings.fingerprintSeconds * 1000);
        m_host.guide([attempt, max] { return FingerprintText::attemptFailed(attempt, max); });
        return;
    }
    // The first finger's attempts are spent: the other index finger, with attempts of its own.
    if (c.finger == protocol::indexFingerName(protocol::IndexFinger::Right) &&
        r.value().attemptsLeft != 0) {
        audit(AuditKind::FingerprintOtherFinger, QStringLiteral("after=%1").arg(attempt));
        c.finger = protocol::indexFingerName(protocol::IndexFinger::Left);
        c.fingerAttempt = 1;
        Q_EMIT fingerChanged();
        m_finger.capture(m_settings.fingerprintSeconds * 1000);
        m_host.guide(&FingerprintText::otherFinger);
        return;
    }
    audit(AuditKind::FingerprintNoMatch,
          QStringLiteral("attempts=%1 finger=%2").arg(attempt).arg(c.finger));
    m_host.say([attempt] { return WorkflowText::fingerNotMatched(attempt); });
    m_host.enter(KioskState::FingerprintRefer);
}

void CitizenRegistration::fingerFailed(const fingerprint::FingerprintError& error) {
    m_host.fault(
        FaultKind::Scanner, [code = error.code] { return FingerprintText::forError(code); },
        QStringLiteral("fingerprint:%1").arg(fingerprint::fingerprintErrorId(error.code)),
        [this] {
            m_host.enter(KioskState::Fingerprint);
            captureFinger();
        });
}

// --- the binding session ------------------------------------------------------------------------

void CitizenRegistration::createSession(const QString& verificationId) {
    m_host.enter(KioskState::CreatingSession);
    const CitizenSession& c = citizen();
    const QString replaces =
        c.replacementConfirmed && c.existingBinding ? c.existingBinding->bindingId : QString();
    m_registry.send(
        protocol::CreateSessionRequest{.cid = c.identity.citizenId,
                                       .requestNumber = c.identity.requestNumber,
                                       .verificationId = verificationId,
                                       .officerToken = m_host.officerToken(),
                                       .replacesBinding = replaces},
        forThisSession(WorkflowEvent::SessionCreated,
                       [this, verificationId](const Result<SessionInfo, RegistryError>& r) {
                           onSessionCreated(verificationId, r);
                       }));
}

void CitizenRegistration::onSessionCreated(const QString& verificationId,
                                           const Result<SessionInfo, RegistryError>& r) {
    if (!r) {
        const std::optional<ErrorCode> code = r.error().apiCode();
        if (code == ErrorCode::BindingExists || code == ErrorCode::CardNotLatest) {
            audit(AuditKind::CardBlocked, code == ErrorCode::BindingExists
                                              ? QStringLiteral("binding_changed")
                                              : QStringLiteral("not_latest"));
            m_host.say(registryText(r.error()));
            m_host.enter(KioskState::Blocked);
            return;
        }
        // A verification is used once: a failed creation that did not reach the registry may
        // retry with it, anything else needs the finger again.
        std::function<void()> retry = [this] { startFingerprint(); };
        if (r.error().transient())
            retry = [this, verificationId] { createSession(verificationId); };
        m_host.fault(FaultKind::Registry, registryText(r.error()),
                     QStringLiteral("create_session:%1").arg(registryErrorKindId(r.error().kind)),
                     std::move(retry));
        return;
    }
    CitizenSession& c = citizen();
    c.registry = r.value();
    audit(AuditKind::SessionCreated, QStringLiteral("sid=%1").arg(c.registry.sid.left(8)));
    c.qrText.clear();
    m_host.enter(KioskState::ShowingQr);
    c.qrWait.start();
    m_registry.watch(c.registry);
    Q_EMIT phoneChanged();
}

void CitizenRegistration::onSessionChanged(const SessionInfo& s) {
    CitizenSession* c = m_host.servedCitizen();
    if (!c || s.sid != c->registry.sid || !m_host.accepts(WorkflowEvent::SessionChanged))
        return;
    c->registry = s;
    Q_EMIT phoneChanged();
    switch (s.state) {
        case BindingState::Created:
            break;
        case BindingState::Claimed:
            m_registry.stopQr();
            c->qrText.clear();
            Q_EMIT qrChanged();
            if (s.confirmationAttemptsLeft >= 0)
                c->codeAttemptsLeft = s.confirmationAttemptsLeft;
            audit(AuditKind::SessionClaimed);
            if (m_host.state() != KioskState::EnteringCode)
                m_host.enter(KioskState::EnteringCode);
            break;
        case BindingState::Confirmed:
        case BindingState::Bound:
            m_host.enter(KioskState::WaitingForPhone);
            break;
        case BindingState::Completed:
            audit(AuditKind::RegistrationCompleted);
            m_registry.unwatch();
            m_host.completed();
            break;
        case BindingState::Expired:
            m_host.endSession({SessionOutcome::Kind::Expired, SessionOutcome::Reason::None},
                              &WorkflowText::sessionExpired);
            break;
        case BindingState::Cancelled:
            m_host.endSession(SessionOutcome::cancelled(SessionOutcome::Reason::Registry),
                              s.endCode == protocol::ErrorCode::BindingChanged
                                  ? &WorkflowText::bindingChangedMeanwhile
                              : s.endCode == protocol::ErrorCode::DeviceKeyInUse
                                  ? &WorkflowText::phoneKeyInUse
                                  : &WorkflowText::cancelledByRegistry);
            break;
        case BindingState::Conflict:
            m_host.endSession({SessionOutcome::Kind::Conflict, SessionOutcome::Reason::None},
                              &WorkflowText::conflict);
            break;
        case BindingState::Rejected:
            m_host.endSession({SessionOutcome::Kind::Rejected, SessionOutcome::Reason::None},
                              &WorkflowText::rejected);
            break;
    }
}

void CitizenRegistration::qrUnscanned() {
    const CitizenSession* c = m_host.servedCitizen();
    if (!c || c->registry.state != BindingState::Created ||
        !m_host.accepts(WorkflowEvent::QrUnscanned))
        return;
    m_host.endSession({SessionOutcome::Kind::Expired, SessionOutcome::Reason::NotScanned},
                      [s = m_settings.qrSeconds] { return WorkflowText::qrNotScanned(s); });
}

// --- the code the phone shows -------------------------------------------------------------------

void CitizenRegistration::submitCode(const QString& digits) {
    static const QRegularExpression six(QStringLiteral("^[0-9]{6}$"));
    CitizenSession* c = m_host.servedCitizen();
    if (!c || !m_host.accepts(WorkflowEvent::CodeSubmitted) || c->codeInFlight)
        return;  // one confirmation at a time: a second Enter must not spend a try
    if (!six.match(digits).hasMatch()) {
        m_host.say(&WorkflowText::typeSixDigits);
        return;
    }
    c->codeInFlight = true;
    m_host.say(&WorkflowText::checkingCode);
    Q_EMIT phoneChanged();
    m_registry.send(
        protocol::ConfirmationRequest{digits},
        forThisSession(WorkflowEvent::CodeAnswered,
                       [this](const Result<SessionInfo, RegistryError>& r) { onCodeAnswer(r); }),
        c->registry.sid);
}

void CitizenRegistration::onCodeAnswer(const Result<SessionInfo, RegistryError>& r) {
    CitizenSession& c = citizen();
    c.codeInFlight = false;
    Q_EMIT phoneChanged();
    if (!r) {
        if (r.error().apiCode() == ErrorCode::WrongCode) {
            c.codeAttemptsLeft = std::max(r.error().attemptsLeft, 0);
            audit(AuditKind::CodeWrong, QStringLiteral("left=%1").arg(c.codeAttemptsLeft));
        }
        m_host.say(registryText(r.error()));
        Q_EMIT codeRefused();
        return;
    }
    audit(AuditKind::CodeConfirmed);
    m_host.say({});
    onSessionChanged(r.value());
}

void CitizenRegistration::onRegistryProblem(const RegistryError& e) {
    if (!m_host.accepts(WorkflowEvent::RegistryProblem))
        return;
    // The follower and the QR feed keep retrying by themselves: say so, stay on the screen.
    audit(AuditKind::RegistryProblem, registryErrorKindId(e.kind));
    m_host.say(registryText(e));
}

}  // namespace thaid::app
