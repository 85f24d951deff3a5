// The citizen's half of the workflow once the card is read: the registry's card check, the
// face, a phone already bound, and the finger. The registry session, the QR, the code and the
// phone follow in kiosk_workflow_session.cpp.
#include "logging/app_logging.h"
#include "protocol/exception_reason.h"
#include "registry_api/registry_error.h"
#include "text/card_error_text.h"
#include "text/fingerprint_text.h"
#include "workflow/kiosk_workflow.h"
#include "workflow/workflow_text.h"

namespace thaid::app {

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

// --- the card, checked ----------------------------------------------------------------------

void KioskWorkflow::citizenRecord(const card::ThaiIdRecord& record) {
    m_citizen->takeRecord(record);
    Q_EMIT citizenChanged();
    // How long since the card went in: the day's report counts from there.
    audit(AuditKind::CardRead, QStringLiteral("read_ms=%1").arg(m_citizen->sinceCardIn.elapsed()));
    m_citizen->cardReadAudited = true;
    if (record.hasFatalIssue()) {
        QStringList codes;
        for (const card::DataIssue& i : record.issues) {
            if (i.fatal)
                codes << i.code;
        }
        audit(AuditKind::CardBlocked, QStringLiteral("invalid:%1").arg(codes.join(u',')));
        setMessage([code = codes.value(0)] { return CardErrorText::forDataIssue(code); });
        setState(KioskState::Blocked);
        return;
    }
    if (record.isExpiredOn(QDate::currentDate())) {
        audit(AuditKind::CardBlocked, QStringLiteral("expired"));
        setMessage(&WorkflowText::cardExpired);
        setState(KioskState::Blocked);
        return;
    }
    m_citizen->recordComplete = true;
    // The check started from the text, before the photo, when it was for this very card.
    if (m_citizen->checkStarted && m_citizen->checkedCid == record.identity.citizenId &&
        m_citizen->checkedRequestNumber == record.identity.requestNumber) {
        if (m_citizen->checkAnswer)
            applyCardCheck();
        return;
    }
    checkCard();
}

void KioskWorkflow::checkCard() {
    CitizenSession& c = *m_citizen;
    c.checkStarted = true;
    c.checkAnswer.reset();
    c.checkedCid = c.identity.citizenId;
    c.checkedRequestNumber = c.identity.requestNumber;
    const int generation = ++c.checkGeneration;
    m_registry.checkCard(
        c.checkedCid, c.checkedRequestNumber, m_signIn.token(),
        forThisSession(WorkflowEvent::CardChecked,
                       [this, generation](const Result<CardCheck, RegistryError>& r) {
                           // A check for a card read that has since restarted says nothing.
                           if (generation != m_citizen->checkGeneration)
                               return;
                           m_citizen->checkAnswer = r;
                           if (m_citizen->recordComplete)
                               applyCardCheck();
                       }));
}

void KioskWorkflow::applyCardCheck() {
    const Result<CardCheck, RegistryError> r = *std::exchange(m_citizen->checkAnswer, {});
    if (!r) {
        fault(FaultKind::Registry, registryText(r.error()),
              QStringLiteral("card_check:%1").arg(registryErrorKindId(r.error().kind)));
        // Back to the check alone: the card was read once and is audited once.
        m_retryAction = [this] {
            setState(KioskState::Reading);
            checkCard();
        };
        return;
    }
    if (r.value().status != CardStatus::Latest) {
        blockCard(r.value().status);
        return;
    }
    m_citizen->existingBinding = r.value().binding;
    m_citizen->replacementConfirmed = false;
    if (const auto& b = m_citizen->existingBinding)
        audit(AuditKind::ExistingBindingShown,
              QStringLiteral("station=%1 bound=%2 notices=%3")
                  .arg(b->stationId)
                  .arg(b->boundAt.toUTC().toString(Qt::ISODate), b->notices.join(u',')));
    Q_EMIT citizenChanged();
    setMessage({});
    setState(KioskState::Review);
}

void KioskWorkflow::blockCard(CardStatus status) {
    switch (status) {
        case CardStatus::Superseded:
            audit(AuditKind::CardBlocked, QStringLiteral("superseded"));
            setMessage(&WorkflowText::cardSuperseded);
            break;
        case CardStatus::Revoked:
            audit(AuditKind::CardBlocked, QStringLiteral("revoked"));
            setMessage(&WorkflowText::cardRevoked);
            break;
        case CardStatus::Latest:
        case CardStatus::Unknown:
            audit(AuditKind::CardBlocked, QStringLiteral("unknown"));
            setMessage(&WorkflowText::cardUnknown);
            break;
    }
    setState(KioskState::Blocked);
}

const fingerprint::FingerSample& KioskWorkflow::lastScan() const {
    static const fingerprint::FingerSample kNone;
    return m_citizen ? m_citizen->lastScan : kNone;
}

std::optional<ExistingBinding> KioskWorkflow::existingBinding() const {
    return m_citizen ? m_citizen->existingBinding : std::nullopt;
}

void KioskWorkflow::confirmReplacement() {
    if (!accepts(WorkflowEvent::PhoneReplaced))
        return;
    m_citizen->replacementConfirmed = true;
    audit(AuditKind::ReplacementConfirmed,
          QStringLiteral("binding=%1").arg(m_citizen->existingBinding->bindingId.left(8)));
    Q_EMIT citizenChanged();
    startFingerprint();
}

void KioskWorkflow::confirmFace() {
    if (!accepts(WorkflowEvent::FaceConfirmed))
        return;
    audit(AuditKind::FaceConfirmed);
    // A phone already bound is replaced only on its own screen, with its own key: no QR for
    // this citizen until the officer has said so.
    if (m_citizen->existingBinding) {
        setState(KioskState::ReplacingPhone);
        return;
    }
    startFingerprint();
}

// --- fingerprint ------------------------------------------------------------------------------

void KioskWorkflow::startFingerprint() {
    m_citizen->finger = protocol::indexFingerName(protocol::IndexFinger::Right);
    m_citizen->fingerAttempt = 1;
    setMessage({});
    setState(KioskState::Fingerprint);
    captureFinger();
}

void KioskWorkflow::captureFinger() {
    setGuidance(&FingerprintText::placeFinger);
    m_finger.capture(m_settings.fingerprintSeconds * 1000);
}

void KioskWorkflow::onCaptured(fingerprint::FingerSample sample) {
    if (!accepts(WorkflowEvent::FingerCaptured)) {
        sample.wipe();
        return;
    }
    if (rule().owner == UseCase::SignIn) {
        m_signIn.fingerCaptured(std::move(sample));
        return;
    }
    if (rule().owner == UseCase::SupervisorException) {
        m_exception.fingerCaptured(std::move(sample));
        return;
    }
    // The registry decides the match; the kiosk only sends what the scanner saw, and keeps it in
    // memory for the officer to look at until the next capture.
    m_citizen->fingerInFlight = true;
    m_citizen->lastScan.wipe();
    m_citizen->lastScan = sample;
    m_citizen->lastScan.pixels.detach();
    ++m_citizen->scanVersion;
    Q_EMIT fingerChanged();
    setGuidance(&WorkflowText::checkingFinger);
    const card::ThaiIdIdentity& who = m_citizen->identity;
    m_registry.verifyFinger(
        who.citizenId, who.requestNumber, m_signIn.token(), {m_citizen->finger, sample},
        forThisSession(WorkflowEvent::FingerVerdict,
                       [this](const Result<FingerMatch, RegistryError>& r) { onFingerMatch(r); }));
    sample.wipe();
}

void KioskWorkflow::onFingerMatch(const Result<FingerMatch, RegistryError>& r) {
    m_citizen->fingerInFlight = false;
    const int attempt = m_citizen->fingerAttempt;
    const int max = m_settings.maxFingerAttempts;
    if (!r) {
        const std::optional<ErrorCode> code = r.error().apiCode();
        if (code == ErrorCode::SampleUnusable) {
            // A poor scan is not a failed match: the same attempt again.
            m_finger.capture(m_settings.fingerprintSeconds * 1000);
            setGuidance(registryText(r.error()));
            return;
        }
        if (code == ErrorCode::TooManyAttempts) {
            audit(AuditKind::FingerprintNoMatch, QStringLiteral("registry_limit"));
            setMessage(registryText(r.error()));
            setState(KioskState::FingerprintRefer);
            return;
        }
        fault(FaultKind::Registry, registryText(r.error()),
              QStringLiteral("verify_finger:%1").arg(registryErrorKindId(r.error().kind)));
        m_retryAction = [this] {
            setState(KioskState::Fingerprint);
            captureFinger();
        };
        return;
    }
    Q_EMIT fingerJudged(r.value().matched);
    if (r.value().matched) {
        audit(AuditKind::FingerprintVerified,
              QStringLiteral("attempts=%1 finger=%2").arg(attempt).arg(m_citizen->finger));
        createSession(r.value().verificationId, attempt);
        return;
    }
    audit(AuditKind::FingerprintAttemptFailed, QStringLiteral("attempt=%1").arg(attempt));
    if (attempt < max && r.value().attemptsLeft != 0) {
        ++m_citizen->fingerAttempt;
        Q_EMIT fingerChanged();
        m_finger.capture(m_settings.fingerprintSeconds * 1000);
        setGuidance([attempt, max] { return FingerprintText::attemptFailed(attempt, max); });
        return;
    }
    // The first finger's attempts are spent: the other index finger, with attempts of its own.
    if (m_citizen->finger == protocol::indexFingerName(protocol::IndexFinger::Right) &&
        r.value().attemptsLeft != 0) {
        audit(AuditKind::FingerprintOtherFinger, QStringLiteral("after=%1").arg(attempt));
        m_citizen->finger = protocol::indexFingerName(protocol::IndexFinger::Left);
        m_citizen->fingerAttempt = 1;
        Q_EMIT fingerChanged();
        m_finger.capture(m_settings.fingerprintSeconds * 1000);
        setGuidance(&FingerprintText::otherFinger);
        return;
    }
    audit(AuditKind::FingerprintNoMatch,
          QStringLiteral("attempts=%1 finger=%2").arg(attempt).arg(m_citizen->finger));
    setMessage([attempt] { return WorkflowText::fingerNotMatched(attempt); });
    setState(KioskState::FingerprintRefer);
}

void KioskWorkflow::onFingerFailed(const fingerprint::FingerprintError& error) {
    if (error.code == fingerprint::FingerprintErrorCode::Cancelled ||
        !accepts(WorkflowEvent::FingerError))
        return;
    const auto text = [code = error.code] { return FingerprintText::forError(code); };
    if (rule().owner == UseCase::SignIn) {
        m_signIn.abandon();
        setMessage(text);
        setState(KioskState::SignedOut);
        return;
    }
    if (rule().owner == UseCase::SupervisorException) {
        m_exception.fingerFailed(text);
        return;
    }
    fault(FaultKind::Scanner, text,
          QStringLiteral("fingerprint:%1").arg(fingerprint::fingerprintErrorId(error.code)));
    m_retryAction = [this] {
        setState(KioskState::Fingerprint);
        captureFinger();
    };
}

}  // namespace thaid::app
