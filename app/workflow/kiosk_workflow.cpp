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

LocalText cardText(card::CardErrorCode code) {
    return [code] { return CardErrorText::forError(code); };
}

LocalText registryText(const RegistryError& error) {
    return [error] { return RegistryErrorText::forError(error); };
}

}  // namespace

KioskWorkflow::KioskWorkflow(CardPort& card, FingerPort& finger, RegistryPort& registry,
                             OfficerStore& officers, AuditTrail& trail, WorkflowSettings settings,
                             QObject* parent)
    : QObject(parent),
      m_card(card),
      m_finger(finger),
      m_registry(registry),
      m_audit(trail),
      m_settings(settings),
      m_signIn(finger, registry, officers, trail, settings.maxFingerAttempts,
               settings.fingerprintSeconds) {
    connect(&m_signIn, &OfficerSignIn::succeeded, this, &KioskWorkflow::onOfficerSignedIn);
    connect(&m_signIn, &OfficerSignIn::refused, this, &KioskWorkflow::onOfficerRefused);
    connect(&m_card, &CardPort::serviceAvailable, this, &KioskWorkflow::onServiceAvailable);
    connect(&m_card, &CardPort::readerAvailable, this, &KioskWorkflow::onReaderAvailable);
    connect(&m_card, &CardPort::cardInserted, this, &KioskWorkflow::onCardInserted);
    connect(&m_card, &CardPort::cardRemoved, this, &KioskWorkflow::onCardRemoved);
    connect(&m_card, &CardPort::identityRead, this, &KioskWorkflow::onIdentity);
    connect(&m_card, &CardPort::photoProgress, this, &KioskWorkflow::onPhotoProgress);
    connect(&m_card, &CardPort::recordRead, this, &KioskWorkflow::onRecord);
    connect(&m_card, &CardPort::readFailed, this, &KioskWorkflow::onReadFailed);

    connect(&m_finger, &FingerPort::waitingForFinger, this, [this] {
        setGuidance(&FingerprintText::placeFinger);
        Q_EMIT fingerWaiting();
    });
    connect(&m_finger, &FingerPort::retryNeeded, this, [this](fingerprint::ScanRetry r) {
        setGuidance([r] { return FingerprintText::forRetry(r); });
    });
    connect(&m_finger, &FingerPort::attemptFailed, this, [this](int attempt, int max) {
        m_fingerAttempt = attempt + 1;
        audit(QStringLiteral("fingerprint_attempt_failed"),
              QStringLiteral("attempt=%1").arg(attempt), m_state == KioskState::Fingerprint);
        setGuidance([attempt, max] { return FingerprintText::attemptFailed(attempt, max); });
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
    m_qrWait.setSingleShot(true);
    m_qrWait.setInterval(m_settings.qrSeconds * 1000);
    connect(&m_qrWait, &QTimer::timeout, this, &KioskWorkflow::onQrUnscanned);
}

KioskWorkflow::~KioskWorkflow() {
    wipeCitizen();
}

void KioskWorkflow::start() {
    m_card.start();
    m_finger.start();
    setMessage([] { return tr("Insert your own ID card to sign in."); });
}

void KioskWorkflow::setState(KioskState s) {
    if (s != KioskState::Fault)
        m_faultKind = FaultKind::None;
    if (s != KioskState::ShowingQr && s != KioskState::Fault)
        m_qrWait.stop();
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

void KioskWorkflow::setMessage(LocalText m) {
    m_message = std::move(m);
    Q_EMIT changed();
}

void KioskWorkflow::setGuidance(LocalText g) {
    m_fingerGuidance = std::move(g);
    Q_EMIT changed();
}

KioskState KioskWorkflow::restingState() const {
    return m_signIn.isSignedIn() ? KioskState::WaitingForCard : KioskState::SignedOut;
}

void KioskWorkflow::audit(const QString& kind, const QString& detail, bool withCitizen) {
    auto r = m_audit.append(kind, withCitizen ? m_identity.citizenId : QString(), detail);
    if (!r)
        qCWarning(lcWorkflow) << "audit write failed:" << r.error();
}

void KioskWorkflow::fault(FaultKind kind, LocalText message, const QString& auditDetail) {
    audit(QStringLiteral("fault"), auditDetail, isCitizenState(m_state));
    if (m_state != KioskState::Fault)
        m_resumeState = m_state;
    m_faultKind = kind;
    m_message = std::move(message);
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
    m_fingerGuidance = {};
    m_session = {};
    m_qrText.clear();
    m_qrExpiresAt = {};
    m_codeAttemptsLeft = 3;
    m_retryAction = {};
}

void KioskWorkflow::endSession(const QString& outcome, LocalText message) {
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
    m_message = std::move(message);
    setState(restingState());
    Q_EMIT sessionEnded(outcome);
}

// --- card -----------------------------------------------------------------------------------

void KioskWorkflow::onServiceAvailable(bool available) {
    m_serviceUp = available;
    if (!available) {
        if (isCitizenState(m_state))
            endSession(QStringLiteral("cancelled:fault"), {});
        fault(FaultKind::CardService, cardText(card::CardErrorCode::ServiceUnavailable),
              QStringLiteral("card_service_unavailable"));
        m_retryAction = {};
    } else if (m_state == KioskState::Fault && m_faultKind == FaultKind::CardService) {
        setMessage({});
        setState(restingState());
    }
}

void KioskWorkflow::onReaderAvailable(bool available) {
    if (!available) {
        if (m_state == KioskState::Fault && m_faultKind == FaultKind::CardService)
            return;  // the service being down says it all
        if (isCitizenState(m_state))
            endSession(QStringLiteral("cancelled:fault"), {});
        fault(FaultKind::CardReader, cardText(card::CardErrorCode::NoReader),
              QStringLiteral("no_reader"));
        m_retryAction = {};
    } else if (m_state == KioskState::Fault && m_faultKind == FaultKind::CardReader) {
        setMessage({});
        setState(restingState());
    }
}

void KioskWorkflow::onCardInserted() {
    switch (m_state) {
        case KioskState::SignedOut:
            setMessage([] { return tr("Reading your card…"); });
            break;
        case KioskState::Maintenance:  // a citizen's card: back to work
        case KioskState::WaitingForCard:
            if (!m_officerCardOut)
                return;
            wipeCitizen();
            ++m_epoch;
            m_message = {};
            setState(KioskState::Reading);
            break;
        default:
            break;
    }
}

void KioskWorkflow::onCardRemoved() {
    switch (m_state) {
        case KioskState::SignedOut:
            setMessage([] { return tr("Insert your own ID card to sign in."); });
            break;
        case KioskState::SigningIn:
            m_finger.cancel();
            m_signIn.abandon();
            setMessage([] {
                return tr("Your card was removed before sign-in finished. Insert it again.");
            });
            setState(KioskState::SignedOut);
            break;
        case KioskState::WaitingForCard:
        case KioskState::Maintenance:
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
                endSession(QStringLiteral("cancelled:card_removed"), [] {
                    return tr(
                        "The card was removed, so the registration was stopped and its data "
                        "erased. Insert a card to start again.");
                });
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
        setMessage(cardText(error.code));
        return;
    }
    if (m_state != KioskState::Reading)
        return;
    fault(FaultKind::CardRead, cardText(error.code),
          QStringLiteral("card_read:%1").arg(card::cardErrorId(error.code)));
    m_retryAction = [this] {
        endSession(QStringLiteral("cancelled:fault"),
                   [] { return tr("Remove the card and insert it again."); });
    };
}

// --- officer ----------------------------------------------------------------------------------

void KioskWorkflow::officerRecord(const card::ThaiIdRecord& record) {
    switch (m_signIn.begin(record)) {
        case OfficerSignIn::Begin::NotEnrolled:
            setMessage([] {
                return tr(
                    "This card is not enrolled as an officer on this kiosk. Ask IT to enrol you "
                    "(thaid-kioskctl officer enroll).");
            });
            break;
        case OfficerSignIn::Begin::TemplateUnreadable:
            fault(
                FaultKind::Storage,
                [] {
                    return tr(
                        "Your fingerprint template cannot be opened on this kiosk. Ask IT to "
                        "enrol you again.");
                },
                QStringLiteral("officer_template_unreadable"));
            m_retryAction = [this] { setState(KioskState::SignedOut); };
            break;
        case OfficerSignIn::Begin::FingerRequested:
            m_fingerGuidance = &FingerprintText::placeFinger;
            setMessage([] { return tr("Place your index finger on the scanner."); });
            setState(KioskState::SigningIn);
            break;
    }
}

void KioskWorkflow::onOfficerSignedIn() {
    if (m_state != KioskState::SigningIn)
        return;
    m_officerCardOut = !m_card.cardPresent();
    if (m_officerCardOut)
        m_message = {};
    else
        m_message = [] {
            return tr("Signed in. Remove your card, then insert the citizen's card.");
        };
    setState(KioskState::WaitingForCard);
}

void KioskWorkflow::onOfficerRefused(const LocalText& why) {
    if (m_state != KioskState::SigningIn)
        return;
    m_message = why;
    setState(KioskState::SignedOut);
}

void KioskWorkflow::signOut() {
    if (isCitizenState(m_state))
        endSession(QStringLiteral("cancelled:officer_cancelled"), {});
    if (m_state == KioskState::SigningIn)
        m_finger.cancel();
    m_signIn.signOut();
    m_message = [] { return tr("Insert your own ID card to sign in."); };
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
        m_message = [code = codes.value(0)] { return CardErrorText::forDataIssue(code); };
        setState(KioskState::Blocked);
        return;
    }
    if (record.isExpiredOn(QDate::currentDate())) {
        audit(QStringLiteral("card_blocked"), QStringLiteral("expired"));
        m_message = [] {
            return tr("This card has expired. The citizen needs a new card before registering.");
        };
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
                fault(FaultKind::Registry, registryText(r.error()),
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
                blockCard(r.value());
                return;
            }
            m_message = {};
            setState(KioskState::Review);
        });
}

void KioskWorkflow::blockCard(CardStatus status) {
    switch (status) {
        case CardStatus::Superseded:
            audit(QStringLiteral("card_blocked"), QStringLiteral("superseded"));
            m_message = [] {
                return tr(
                    "This is not the citizen's latest card: a newer one was issued. Ask for the "
                    "newest card.");
            };
            break;
        case CardStatus::Revoked:
            audit(QStringLiteral("card_blocked"), QStringLiteral("revoked"));
            m_message = [] {
                return tr(
                    "The registry reports this card as revoked. Send the citizen to card "
                    "services.");
            };
            break;
        case CardStatus::Latest:
        case CardStatus::Unknown:
            audit(QStringLiteral("card_blocked"), QStringLiteral("unknown"));
            m_message = [] {
                return tr(
                    "The registry does not know this card. Send the citizen to card services.");
            };
            break;
    }
    setState(KioskState::Blocked);
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
    m_fingerGuidance = [] {
        return tr("Getting the citizen's reference fingerprint from the registry…");
    };
    m_message = {};
    setState(KioskState::Fingerprint);
    m_registry.referencePrint(
        m_identity.citizenId, m_signIn.token(),
        [this, epoch](const Result<ReferencePrint, RegistryError>& r) {
            if (epoch != m_epoch || m_state != KioskState::Fingerprint)
                return;
            if (!r) {
                fault(
                    FaultKind::Registry, registryText(r.error()),
                    QStringLiteral("reference_print:%1").arg(registryErrorKindId(r.error().kind)));
                m_retryAction = [this] { startFingerprint(); };
                return;
            }
            m_referencePrint = r.value().print;
            setGuidance(&FingerprintText::placeFinger);
            m_finger.verify(m_referencePrint, m_settings.maxFingerAttempts,
                            m_settings.fingerprintSeconds * 1000);
        });
}

void KioskWorkflow::onVerified(const fingerprint::VerifyResult& result) {
    if (m_state == KioskState::SigningIn) {
        m_signIn.fingerVerified(result);
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
        m_message = [n = result.attempts] {
            return tr(
                "The finger did not match after %n attempt(s). Refer the citizen to the manual "
                "process at the registration desk.",
                nullptr, n);
        };
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
    const auto text = [code = error.code] { return FingerprintText::forError(code); };
    if (m_state == KioskState::SigningIn) {
        m_signIn.abandon();
        m_message = text;
        setState(KioskState::SignedOut);
        return;
    }
    if (m_state != KioskState::Fingerprint)
        return;
    fault(FaultKind::Scanner, text,
          QStringLiteral("fingerprint:%1").arg(fingerprint::fingerprintErrorId(error.code)));
    m_retryAction = [this] {
        m_fingerGuidance = &FingerprintText::placeFinger;
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
        {QStringLiteral("right-index"), true, {}, std::max(attempts, 1)}, m_signIn.token(),
        [this, epoch, attempts](const Result<SessionInfo, RegistryError>& r) {
            if (epoch != m_epoch || m_state != KioskState::CreatingSession)
                return;
            if (!r) {
                if (r.error().code == QLatin1String("card_not_latest")) {
                    audit(QStringLiteral("card_blocked"), QStringLiteral("not_latest"));
                    m_message = registryText(r.error());
                    setState(KioskState::Blocked);
                    return;
                }
                fault(FaultKind::Registry, registryText(r.error()),
                      QStringLiteral("create_session:%1").arg(registryErrorKindId(r.error().kind)));
                m_retryAction = [this, attempts] { createSession(attempts); };
                return;
            }
            m_session = r.value();
            audit(QStringLiteral("session_created"),
                  QStringLiteral("sid=%1").arg(m_session.sid.left(8)));
            m_qrText.clear();
            setState(KioskState::ShowingQr);
            m_qrWait.start();
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
            m_message = [] {
                return tr("Registration complete. Hand the card back to the citizen.");
            };
            setState(KioskState::Completed);
            Q_EMIT sessionEnded(QStringLiteral("completed"));
            if (!m_card.cardPresent())
                setState(KioskState::WaitingForCard);
            break;
        case BindingState::Expired:
            endSession(QStringLiteral("expired"), [] {
                return tr(
                    "The session expired before the phone finished. Start again from the card.");
            });
            break;
        case BindingState::Cancelled:
            endSession(QStringLiteral("cancelled:registry"), [] {
                return tr(
                    "The registry cancelled the session (for example after three wrong codes). "
                    "Start again from the card.");
            });
            break;
        case BindingState::Conflict:
            endSession(QStringLiteral("conflict"), [] {
                return tr(
                    "ALERT: the QR code was scanned by a second phone, so the session was "
                    "stopped. Make sure only the citizen's phone scans the code, then start "
                    "again from the card.");
            });
            break;
        case BindingState::Rejected:
            endSession(QStringLiteral("rejected"), [] {
                return tr(
                    "The citizen typed a different ID three times, so the registry rejected the "
                    "session. Check the ID with the citizen and start again from the card.");
            });
            break;
    }
}

void KioskWorkflow::submitCode(const QString& digits) {
    static const QRegularExpression six(QStringLiteral("^[0-9]{6}$"));
    if (m_state != KioskState::EnteringCode)
        return;
    if (!six.match(digits).hasMatch()) {
        setMessage([] { return tr("Type the 6 digits shown on the citizen's phone."); });
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
                               setMessage(registryText(r.error()));
                               return;
                           }
                           audit(QStringLiteral("code_confirmed"));
                           m_message = {};
                           onSessionChanged(r.value());
                       });
}

void KioskWorkflow::onRegistryProblem(const RegistryError& e) {
    if (!isCitizenState(m_state))
        return;
    // The follower and the QR feed keep retrying by themselves: say so, stay on the screen.
    audit(QStringLiteral("registry_problem"), registryErrorKindId(e.kind));
    setMessage(registryText(e));
}

// --- officer keys -------------------------------------------------------------------------------

void KioskWorkflow::openMaintenance() {
    if (m_state == KioskState::Maintenance)
        return;
    if (!m_signIn.isSignedIn() || m_state != KioskState::WaitingForCard) {
        if (!isCitizenState(m_state))
            setMessage([] {
                return tr(
                    "Maintenance opens for a signed-in officer between citizens: sign in "
                    "first.");
            });
        return;
    }
    m_audit.append(QStringLiteral("maintenance_opened"));
    m_message = {};
    setState(KioskState::Maintenance);
}

void KioskWorkflow::cancel() {
    if (m_state == KioskState::Maintenance) {
        setState(KioskState::WaitingForCard);
        return;
    }
    if (m_state == KioskState::SigningIn) {
        m_finger.cancel();
        m_signIn.abandon();
        setState(KioskState::SignedOut);
        return;
    }
    if (isCitizenState(m_state) ||
        (m_state == KioskState::Fault && !m_identity.citizenId.isEmpty())) {
        const bool cardIn = m_card.cardPresent();
        endSession(QStringLiteral("cancelled:officer_cancelled"), [cardIn] {
            return cardIn ? tr("Registration stopped and its data erased. Remove the card.")
                          : tr("Registration stopped and its data erased.");
        });
        return;
    }
    if (m_state == KioskState::Fault)
        retry();
}

void KioskWorkflow::retry() {
    if (m_state != KioskState::Fault)
        return;
    m_message = {};
    if (m_retryAction) {
        auto action = std::exchange(m_retryAction, {});
        action();
        return;
    }
    if ((m_faultKind == FaultKind::CardService && !m_serviceUp) ||
        m_faultKind == FaultKind::CardReader)
        return;  // nothing to retry until pcscd or the reader is back; the screen says so
    setState(restingState());
}

void KioskWorkflow::userActivity() {
    m_idle.start();
}

void KioskWorkflow::onQrUnscanned() {
    if (m_state != KioskState::ShowingQr &&
        !(m_state == KioskState::Fault && m_session.state == BindingState::Created))
        return;
    endSession(QStringLiteral("expired:not_scanned"), [s = m_settings.qrSeconds] {
        return tr(
            "No phone scanned the QR code within %n second(s). Start again from the card "
            "when the citizen is ready.",
            nullptr, s);
    });
}

void KioskWorkflow::onIdle() {
    if (!m_signIn.isSignedIn() || isCitizenState(m_state))
        return;
    m_audit.append(QStringLiteral("idle_lock"), {},
                   QStringLiteral("seconds=%1").arg(m_settings.idleLockSeconds));
    signOut();
    setMessage([minutes = std::max(1, m_settings.idleLockSeconds / 60)] {
        return tr(
            "Locked after %n minute(s) without use. Insert your own ID card to sign in again.",
            nullptr, minutes);
    });
}

}  // namespace thaid::app
