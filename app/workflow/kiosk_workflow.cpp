#include "workflow/kiosk_workflow.h"

#include "app_logging.h"
#include "card/card_error_text.h"
#include "common/secure_wipe.h"
#include "fingerprint/fingerprint_text.h"
#include "registry/registry_error.h"

#include <QRegularExpression>

namespace thaid::app {

namespace {

bool isCitizenState(KioskState s) {
    switch (s) {
        case KioskState::Reading:
        case KioskState::Review:
        case KioskState::Blocked:
        case KioskState::Fingerprint:
        case KioskState::FingerprintRefer:
        case KioskState::CreatingSession:
        case KioskState::ShowingQr:
        case KioskState::EnteringCode:
        case KioskState::WaitingForPhone:
            return true;
        default:
            return false;
    }
}

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
      m_settings(settings) {
    connect(&m_card, &CardPort::serviceAvailable, this, &KioskWorkflow::onServiceAvailable);
    connect(&m_card, &CardPort::readerAvailable, this, &KioskWorkflow::onReaderAvailable);
    connect(&m_card, &CardPort::cardInserted, this, &KioskWorkflow::onCardInserted);
    connect(&m_card, &CardPort::cardRemoved, this, &KioskWorkflow::onCardRemoved);
    connect(&m_card, &CardPort::identityRead, this, &KioskWorkflow::onIdentity);
    connect(&m_card, &CardPort::photoProgress, this, &KioskWorkflow::onPhotoProgress);
    connect(&m_card, &CardPort::recordRead, this, &KioskWorkflow::onRecord);
    connect(&m_card, &CardPort::readFailed, this, &KioskWorkflow::onReadFailed);

    connect(&m_finger, &FingerPort::waitingForFinger, this, [this] {
        m_fingerGuidance = FingerprintText::placeFinger();
        Q_EMIT fingerWaiting();
        Q_EMIT changed();
    });
    connect(&m_finger, &FingerPort::retryNeeded, this, [this](fingerprint::ScanRetry r) {
        m_fingerGuidance = FingerprintText::forRetry(r);
        Q_EMIT changed();
    });
    connect(&m_finger, &FingerPort::attemptFailed, this, [this](int attempt, int max) {
        m_fingerAttempt = attempt + 1;
        m_fingerGuidance = FingerprintText::attemptFailed(attempt, max);
        audit(QStringLiteral("fingerprint_attempt_failed"),
              QStringLiteral("attempt=%1").arg(attempt), m_state == KioskState::Fingerprint);
        Q_EMIT changed();
    });
    connect(&m_finger, &FingerPort::verified, this, &KioskWorkflow::onVerified);
    connect(&m_finger, &FingerPort::failed, this, &KioskWorkflow::onFingerFailed);

    connect(&m_registry, &RegistryPort::frameReady, this,
            [this](const QString& text, const QDateTime& expires) {
                if (m_state != KioskState::ShowingQr)
                    return;
                m_qrText = text;
                m_qrExpiresAt = expires;
                Q_EMIT changed();
            });
    connect(&m_registry, &RegistryPort::frameWithdrawn, this, [this] {
        m_qrText.clear();
        Q_EMIT changed();
    });
    connect(&m_registry, &RegistryPort::sessionChanged, this, &KioskWorkflow::onSessionChanged);
    connect(&m_registry, &RegistryPort::problem, this, &KioskWorkflow::onRegistryProblem);
    connect(&m_registry, &RegistryPort::connectionRestored, this, [this] { setMessage({}); });

    m_idle.setSingleShot(true);
    m_idle.setInterval(m_settings.idleLockSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, &KioskWorkflow::onIdle);
}

KioskWorkflow::~KioskWorkflow() {
    wipeCitizen();
}

void KioskWorkflow::start() {
    m_card.start();
    m_finger.start();
    setMessage(tr("Insert your own ID card to sign in."));
}

void KioskWorkflow::setState(KioskState s) {
    if (s != KioskState::Fault)
        m_faultKind = FaultKind::None;
    m_idle.start();
    if (s == m_state) {
        Q_EMIT changed();
        return;
    }
    qCInfo(lcWorkflow).noquote() << kioskStateName(m_state) << "->" << kioskStateName(s);
    m_state = s;
    Q_EMIT stateChanged(s);
    Q_EMIT changed();
}

void KioskWorkflow::setMessage(const QString& m) {
    m_message = m;
    Q_EMIT changed();
}

void KioskWorkflow::audit(const QString& kind, const QString& detail, bool withCitizen) {
    auto r = m_audit.append(kind, withCitizen ? m_identity.citizenId : QString(), detail);
    if (!r)
        qCWarning(lcWorkflow) << "audit write failed:" << r.error();
}

void KioskWorkflow::fault(FaultKind kind, const QString& message, const QString& auditDetail) {
    audit(QStringLiteral("fault"), auditDetail, isCitizenState(m_state));
    if (m_state != KioskState::Fault)
        m_resumeState = m_state;
    m_faultKind = kind;
    m_message = message;
    setState(KioskState::Fault);
}

void KioskWorkflow::wipeCitizen() {
    m_identity.wipe();
    m_identity = {};
    secureWipe(m_photo);
    m_photo.clear();
    secureWipe(m_referencePrint);
    m_referencePrint.clear();
    m_photoPercent = 0;
    m_fingerAttempt = 0;
    m_fingerAttempts = 0;
    m_fingerGuidance.clear();
    m_session = {};
    m_qrText.clear();
    m_qrExpiresAt = {};
    m_codeAttemptsLeft = 3;
    m_retryAction = {};
}

void KioskWorkflow::endSession(const QString& outcome, const QString& message) {
    if (!m_session.sid.isEmpty() && !isFinalBindingState(m_session.state)) {
        const QString reason = outcome.section(QLatin1Char(':'), 1);
        m_registry.cancel(m_session.sid, reason.isEmpty() ? QStringLiteral("fault") : reason);
    }
    m_registry.unwatch();
    if (m_state == KioskState::Fingerprint)
        m_finger.cancel();
    audit(QStringLiteral("session_ended"), outcome, !m_identity.citizenId.isEmpty());
    wipeCitizen();
    ++m_epoch;
    m_message = message;
    setState(m_officerToken.isEmpty() ? KioskState::SignedOut : KioskState::WaitingForCard);
    Q_EMIT sessionEnded(outcome);
}

// --- card -----------------------------------------------------------------------------------

void KioskWorkflow::onServiceAvailable(bool available) {
    m_serviceUp = available;
    if (!available) {
        if (isCitizenState(m_state))
            endSession(QStringLiteral("cancelled:fault"), {});
        fault(FaultKind::CardService,
              CardErrorText::forError(card::CardErrorCode::ServiceUnavailable),
              QStringLiteral("card_service_unavailable"));
        m_retryAction = {};
    } else if (m_state == KioskState::Fault && m_faultKind == FaultKind::CardService) {
        setMessage({});
        setState(m_officerToken.isEmpty() ? KioskState::SignedOut : KioskState::WaitingForCard);
    }
}

void KioskWorkflow::onReaderAvailable(bool available) {
    if (!available) {
        if (m_state == KioskState::Fault && m_faultKind == FaultKind::CardService)
            return;  // the service being down says it all
        if (isCitizenState(m_state))
            endSession(QStringLiteral("cancelled:fault"), {});
        fault(FaultKind::CardReader, CardErrorText::forError(card::CardErrorCode::NoReader),
              QStringLiteral("no_reader"));
        m_retryAction = {};
    } else if (m_state == KioskState::Fault && m_faultKind == FaultKind::CardReader) {
        setMessage({});
        setState(m_officerToken.isEmpty() ? KioskState::SignedOut : KioskState::WaitingForCard);
    }
}

void KioskWorkflow::onCardInserted() {
    switch (m_state) {
        case KioskState::SignedOut:
            setMessage(tr("Reading your card…"));
            break;
        case KioskState::WaitingForCard:
            if (!m_officerCardOut)
                return;
            wipeCitizen();
            ++m_epoch;
            m_message.clear();
            setState(KioskState::Reading);
            break;
        default:
            break;
    }
}

void KioskWorkflow::onCardRemoved() {
    switch (m_state) {
        case KioskState::SignedOut:
            setMessage(tr("Insert your own ID card to sign in."));
            break;
        case KioskState::SigningIn:
            m_finger.cancel();
            m_officerCid.clear();
            setMessage(tr("Your card was removed before sign-in finished. Insert it again."));
            setState(KioskState::SignedOut);
            break;
        case KioskState::WaitingForCard:
            m_officerCardOut = true;
            setMessage({});
            break;
        case KioskState::Completed:
            setMessage({});
            setState(KioskState::WaitingForCard);
            break;
        case KioskState::Fault:
            if (!m_identity.citizenId.isEmpty() || m_faultKind == FaultKind::CardRead)
                endSession(QStringLiteral("cancelled:card_removed"), {});
            break;
        default:
            if (isCitizenState(m_state))
                endSession(QStringLiteral("cancelled:card_removed"),
                           tr("The card was removed, so the registration was stopped and its data "
                              "erased. Insert a card to start again."));
            break;
    }
}

void KioskWorkflow::onIdentity(const card::ThaiIdIdentity& identity) {
    if (m_state != KioskState::Reading)
        return;
    m_identity = identity;
    Q_EMIT changed();
}

void KioskWorkflow::onPhotoProgress(int read, int total) {
    if (m_state != KioskState::Reading || total <= 0)
        return;
    m_photoPercent = std::clamp(read * 100 / total, 0, 100);
    Q_EMIT changed();
}

void KioskWorkflow::onRecord(const card::ThaiIdRecord& record) {
    if (m_state == KioskState::SignedOut)
        officerRecord(record);
    else if (m_state == KioskState::Reading)
        citizenRecord(record);
}

void KioskWorkflow::onReadFailed(const card::CardError& error) {
    if (error.code == card::CardErrorCode::CardRemoved)
        return;  // the removal itself ends whatever was going on
    if (m_state == KioskState::SignedOut) {
        setMessage(CardErrorText::forError(error.code));
        return;
    }
    if (m_state != KioskState::Reading)
        return;
    fault(FaultKind::CardRead, CardErrorText::forError(error.code),
          QStringLiteral("card_read:%1").arg(card::cardErrorId(error.code)));
    m_retryAction = [this] {
        endSession(QStringLiteral("cancelled:fault"), tr("Remove the card and insert it again."));
    };
}

// --- officer ----------------------------------------------------------------------------------

void KioskWorkflow::officerRecord(const card::ThaiIdRecord& record) {
    const auto officer = m_officers.find(record.identity.citizenId);
    if (!officer || officer->requestNumber != record.identity.requestNumber) {
        m_audit.append(QStringLiteral("officer_sign_in_refused"), {},
                       QStringLiteral("not_enrolled"));
        setMessage(
            tr("This card is not enrolled as an officer on this kiosk. Ask IT to enrol you "
               "(thaid-kioskctl officer enroll)."));
        return;
    }
    auto print = m_officers.print(officer->cid);
    if (!print) {
        fault(FaultKind::Storage,
              tr("Your fingerprint template cannot be opened on this kiosk. Ask IT to enrol "
                 "you again."),
              QStringLiteral("officer_template_unreadable"));
        m_retryAction = [this] { setState(KioskState::SignedOut); };
        return;
    }
    m_officerCid = officer->cid;
    m_officerName = officer->displayName;
    m_fingerGuidance = FingerprintText::placeFinger();
    setMessage(tr("Place your index finger on the scanner."));
    setState(KioskState::SigningIn);
    m_finger.verify(print.value(), m_settings.maxFingerAttempts,
                    m_settings.fingerprintSeconds * 1000);
    secureWipe(print.value());
}

void KioskWorkflow::signOut() {
    if (isCitizenState(m_state))
        endSession(QStringLiteral("cancelled:officer_cancelled"), {});
    if (!m_officerToken.isEmpty())
        m_audit.append(QStringLiteral("officer_sign_out"));
    m_officerToken.clear();
    m_officerCid.clear();
    m_officerName.clear();
    setMessage(tr("Insert your own ID card to sign in."));
    setState(KioskState::SignedOut);
}

// --- citizen card -----------------------------------------------------------------------------

void KioskWorkflow::citizenRecord(const card::ThaiIdRecord& record) {
    m_identity = record.identity;
    m_photo = record.photoJpeg;
    m_photoPercent = 100;
    audit(QStringLiteral("card_read"));
    if (record.hasFatalIssue()) {
        QStringList codes;
        for (const card::DataIssue& i : record.issues) {
            if (i.fatal)
                codes << i.code;
        }
        audit(QStringLiteral("card_blocked"),
              QStringLiteral("invalid:%1").arg(codes.join(QLatin1Char(','))));
        m_message = CardErrorText::forDataIssue(codes.value(0));
        setState(KioskState::Blocked);
        return;
    }
    if (record.isExpiredOn(QDate::currentDate())) {
        audit(QStringLiteral("card_blocked"), QStringLiteral("expired"));
        m_message = tr("This card has expired. The citizen needs a new card before registering.");
        setState(KioskState::Blocked);
        return;
    }
    const quint64 epoch = m_epoch;
    m_registry.checkCard(
        m_identity.citizenId, m_identity.requestNumber,
        [this, epoch](const Result<CardStatus, RegistryError>& r) {
            if (epoch != m_epoch || m_state != KioskState::Reading)
                return;
            if (!r) {
                fault(FaultKind::Registry, RegistryErrorText::forError(r.error()),
                      QStringLiteral("card_check:%1").arg(registryErrorKindId(r.error().kind)));
                m_retryAction = [this] {
                    setState(KioskState::Reading);
                    card::ThaiIdRecord again;
                    again.identity = m_identity;
                    again.photoJpeg = m_photo;
                    citizenRecord(again);
                    again.wipe();
                };
                return;
            }
            if (r.value() != CardStatus::Latest) {
                const char* why = r.value() == CardStatus::Superseded ? "superseded"
                                  : r.value() == CardStatus::Revoked  ? "revoked"
                                                                      : "unknown";
                audit(QStringLiteral("card_blocked"), QLatin1String(why));
                m_message = r.value() == CardStatus::Superseded
                                ? tr("This is not the citizen's latest card: a newer one was "
                                     "issued. Ask for the newest card.")
                            : r.value() == CardStatus::Revoked
                                ? tr("The registry reports this card as revoked. Send the "
                                     "citizen to card services.")
                                : tr("The registry does not know this card. Send the citizen "
                                     "to card services.");
                setState(KioskState::Blocked);
                return;
            }
            m_message.clear();
            setState(KioskState::Review);
        });
}

void KioskWorkflow::confirmFace() {
    if (m_state != KioskState::Review)
        return;
    audit(QStringLiteral("face_confirmed"));
    startFingerprint();
}

// --- fingerprint ------------------------------------------------------------------------------

void KioskWorkflow::startFingerprint() {
    const quint64 epoch = m_epoch;
    m_fingerAttempt = 1;
    m_fingerGuidance = tr("Getting the citizen's reference fingerprint from the registry…");
    m_message.clear();
    setState(KioskState::Fingerprint);
    m_registry.referencePrint(
        m_identity.citizenId, m_officerToken,
        [this, epoch](const Result<ReferencePrint, RegistryError>& r) {
            if (epoch != m_epoch || m_state != KioskState::Fingerprint)
                return;
            if (!r) {
                fault(
                    FaultKind::Registry, RegistryErrorText::forError(r.error()),
                    QStringLiteral("reference_print:%1").arg(registryErrorKindId(r.error().kind)));
                m_retryAction = [this] { startFingerprint(); };
                return;
            }
            m_referencePrint = r.value().print;
            m_fingerGuidance = FingerprintText::placeFinger();
            Q_EMIT changed();
            m_finger.verify(m_referencePrint, m_settings.maxFingerAttempts,
                            m_settings.fingerprintSeconds * 1000);
        });
}

void KioskWorkflow::onVerified(const fingerprint::VerifyResult& result) {
    if (m_state == KioskState::SigningIn) {
        if (!result.match) {
            m_audit.append(QStringLiteral("officer_sign_in_refused"), {}, QStringLiteral("finger"));
            m_officerCid.clear();
            setMessage(tr("Your finger did not match. Remove your card and try again."));
            setState(KioskState::SignedOut);
            return;
        }
        const auto officer = m_officers.find(m_officerCid);
        m_registry.signIn(m_officerCid, officer ? officer->requestNumber : QString(),
                          {officer ? officer->finger : QStringLiteral("right-index"), true,
                           result.score, std::max(result.attempts, 1)},
                          [this](const Result<OfficerSession, RegistryError>& r) {
                              if (m_state != KioskState::SigningIn)
                                  return;
                              if (!r) {
                                  m_audit.append(QStringLiteral("officer_sign_in_refused"), {},
                                                 QStringLiteral("registry:%1").arg(r.error().code));
                                  m_officerCid.clear();
                                  setMessage(RegistryErrorText::forError(r.error()));
                                  setState(KioskState::SignedOut);
                                  return;
                              }
                              m_officerToken = r.value().token;
                              m_officerCardOut = !m_card.cardPresent();
                              m_audit.append(QStringLiteral("officer_signed_in"), {}, {});
                              setMessage(m_officerCardOut
                                             ? QString()
                                             : tr("Signed in. Remove your card, then insert "
                                                  "the citizen's card."));
                              setState(KioskState::WaitingForCard);
                          });
        return;
    }
    if (m_state != KioskState::Fingerprint)
        return;
    secureWipe(m_referencePrint);
    m_referencePrint.clear();
    m_fingerAttempts = result.attempts;
    if (!result.match) {
        audit(QStringLiteral("fingerprint_no_match"),
              QStringLiteral("attempts=%1").arg(result.attempts));
        m_message =
            tr("The finger did not match after %n attempt(s). Refer the citizen to the manual "
               "process at the registration desk.",
               nullptr, result.attempts);
        setState(KioskState::FingerprintRefer);
        return;
    }
    audit(QStringLiteral("fingerprint_verified"),
          QStringLiteral("attempts=%1").arg(result.attempts));
    createSession(result.attempts);
}

void KioskWorkflow::onFingerFailed(const fingerprint::FingerprintError& error) {
    if (error.code == fingerprint::FingerprintErrorCode::Cancelled)
        return;
    if (m_state == KioskState::SigningIn) {
        m_officerCid.clear();
        setMessage(FingerprintText::forError(error.code));
        setState(KioskState::SignedOut);
        return;
    }
    if (m_state != KioskState::Fingerprint)
        return;
    fault(FaultKind::Scanner, FingerprintText::forError(error.code),
          QStringLiteral("fingerprint:%1").arg(fingerprint::fingerprintErrorId(error.code)));
    m_retryAction = [this] {
        m_fingerGuidance = FingerprintText::placeFinger();
        setState(KioskState::Fingerprint);
        m_finger.verify(m_referencePrint, m_settings.maxFingerAttempts,
                        m_settings.fingerprintSeconds * 1000);
    };
}

// --- registry session ---------------------------------------------------------------------------

void KioskWorkflow::createSession(int attempts) {
    const quint64 epoch = m_epoch;
    setState(KioskState::CreatingSession);
    m_registry.createSession(
        m_identity.citizenId, m_identity.requestNumber,
        {QStringLiteral("right-index"), true, {}, std::max(attempts, 1)}, m_officerToken,
        [this, epoch, attempts](const Result<SessionInfo, RegistryError>& r) {
            if (epoch != m_epoch || m_state != KioskState::CreatingSession)
                return;
            if (!r) {
                if (r.error().code == QLatin1String("card_not_latest")) {
                    audit(QStringLiteral("card_blocked"), QStringLiteral("not_latest"));
                    m_message = RegistryErrorText::forError(r.error());
                    setState(KioskState::Blocked);
                    return;
                }
                fault(FaultKind::Registry, RegistryErrorText::forError(r.error()),
                      QStringLiteral("create_session:%1").arg(registryErrorKindId(r.error().kind)));
                m_retryAction = [this, attempts] { createSession(attempts); };
                return;
            }
            m_session = r.value();
            audit(QStringLiteral("session_created"),
                  QStringLiteral("sid=%1").arg(m_session.sid.left(8)));
            m_qrText.clear();
            setState(KioskState::ShowingQr);
            m_registry.watch(m_session);
        });
}

void KioskWorkflow::onSessionChanged(const SessionInfo& s) {
    if (s.sid != m_session.sid)
        return;
    m_session = s;
    switch (s.state) {
        case BindingState::Created:
            break;
        case BindingState::Claimed:
            m_registry.stopQr();
            m_qrText.clear();
            m_codeAttemptsLeft = s.confirmationAttemptsLeft >= 0 ? s.confirmationAttemptsLeft : 3;
            audit(QStringLiteral("session_claimed"));
            if (m_state == KioskState::ShowingQr || m_state == KioskState::Fault)
                setState(KioskState::EnteringCode);
            break;
        case BindingState::Confirmed:
        case BindingState::Bound:
            if (m_state == KioskState::EnteringCode || m_state == KioskState::ShowingQr ||
                m_state == KioskState::WaitingForPhone || m_state == KioskState::Fault)
                setState(KioskState::WaitingForPhone);
            break;
        case BindingState::Completed:
            audit(QStringLiteral("registration_completed"));
            m_registry.unwatch();
            wipeCitizen();
            ++m_epoch;
            m_message = tr("Registration complete. Hand the card back to the citizen.");
            setState(KioskState::Completed);
            Q_EMIT sessionEnded(QStringLiteral("completed"));
            if (!m_card.cardPresent())
                setState(KioskState::WaitingForCard);
            break;
        case BindingState::Expired:
            endSession(
                QStringLiteral("expired"),
                tr("The session expired before the phone finished. Start again from the card."));
            break;
        case BindingState::Cancelled:
            endSession(
                QStringLiteral("cancelled:registry"),
                tr("The registry cancelled the session (for example after three wrong codes). "
                   "Start again from the card."));
            break;
        case BindingState::Conflict:
            endSession(QStringLiteral("conflict"),
                       tr("ALERT: the QR code was scanned by a second phone, so the session was "
                          "stopped. Make sure only the citizen's phone scans the code, then start "
                          "again from the card."));
            break;
        case BindingState::Rejected:
            endSession(
                QStringLiteral("rejected"),
                tr("The citizen typed a different ID three times, so the registry rejected the "
                   "session. Check the ID with the citizen and start again from the card."));
            break;
    }
}

void KioskWorkflow::submitCode(const QString& digits) {
    static const QRegularExpression six(QStringLiteral("^[0-9]{6}$"));
    if (m_state != KioskState::EnteringCode)
        return;
    if (!six.match(digits).hasMatch()) {
        setMessage(tr("Type the 6 digits shown on the citizen's phone."));
        return;
    }
    const quint64 epoch = m_epoch;
    m_registry.confirm(m_session.sid, digits,
                       [this, epoch](const Result<SessionInfo, RegistryError>& r) {
                           if (epoch != m_epoch || m_state != KioskState::EnteringCode)
                               return;
                           if (!r) {
                               if (r.error().code == QLatin1String("wrong_code")) {
                                   m_codeAttemptsLeft = std::max(r.error().attemptsLeft, 0);
                                   audit(QStringLiteral("code_wrong"),
                                         QStringLiteral("left=%1").arg(m_codeAttemptsLeft));
                               }
                               setMessage(RegistryErrorText::forError(r.error()));
                               return;
                           }
                           audit(QStringLiteral("code_confirmed"));
                           m_message.clear();
                           onSessionChanged(r.value());
                       });
}

void KioskWorkflow::onRegistryProblem(const RegistryError& e) {
    if (!isCitizenState(m_state))
        return;
    // The follower and the QR feed keep retrying by themselves: say so, stay on the screen.
    audit(QStringLiteral("registry_problem"), registryErrorKindId(e.kind));
    setMessage(RegistryErrorText::forError(e));
}

// --- officer keys -------------------------------------------------------------------------------

void KioskWorkflow::cancel() {
    if (m_state == KioskState::SigningIn) {
        m_finger.cancel();
        m_officerCid.clear();
        setState(KioskState::SignedOut);
        return;
    }
    if (isCitizenState(m_state) ||
        (m_state == KioskState::Fault && !m_identity.citizenId.isEmpty())) {
        endSession(QStringLiteral("cancelled:officer_cancelled"),
                   m_card.cardPresent()
                       ? tr("Registration stopped and its data erased. Remove the card.")
                       : tr("Registration stopped and its data erased."));
        return;
    }
    if (m_state == KioskState::Fault)
        retry();
}

void KioskWorkflow::retry() {
    if (m_state != KioskState::Fault)
        return;
    m_message.clear();
    if (m_retryAction) {
        auto action = std::exchange(m_retryAction, {});
        action();
        return;
    }
    if ((m_faultKind == FaultKind::CardService && !m_serviceUp) ||
        m_faultKind == FaultKind::CardReader)
        return;  // nothing to retry until pcscd or the reader is back; the screen says so
    setState(m_officerToken.isEmpty() ? KioskState::SignedOut : KioskState::WaitingForCard);
}

void KioskWorkflow::userActivity() {
    m_idle.start();
}

void KioskWorkflow::onIdle() {
    if (m_officerToken.isEmpty() || isCitizenState(m_state))
        return;
    m_audit.append(QStringLiteral("idle_lock"), {},
                   QStringLiteral("seconds=%1").arg(m_settings.idleLockSeconds));
    signOut();
    setMessage(
        tr("Locked after %n minute(s) without use. Insert your own ID card to sign in again.",
           nullptr, std::max(1, m_settings.idleLockSeconds / 60)));
}

}  // namespace thaid::app
