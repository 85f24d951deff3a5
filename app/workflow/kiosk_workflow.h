#pragma once

#include "audit/audit_trail.h"
#include "i18n/local_text.h"
#include "officers/officer_store.h"
#include "workflow/card_port.h"
#include "workflow/finger_port.h"
#include "workflow/kiosk_state.h"
#include "workflow/officer_sign_in.h"
#include "workflow/registry_port.h"

#include <QTimer>

namespace thaid::app {

struct WorkflowSettings {
    int idleLockSeconds = 300;
    int fingerprintSeconds = 30;
    int maxFingerAttempts = 3;
    // How long the QR waits for a phone to scan it; the registry's own session life still applies.
    int qrSeconds = 300;
};

// The officer's workflow as an explicit state machine, free of any window: card, face,
// finger, QR, code, phone, completion, with every way out (card removed, Esc, registry
// verdict, fault) ending the session at the registry, wiping the citizen's data and writing
// an audit record. The UI reads its state and data and calls its slots.
class KioskWorkflow : public QObject {
    Q_OBJECT
public:
    KioskWorkflow(CardPort& card, FingerPort& finger, RegistryPort& registry,
                  OfficerStore& officers, AuditTrail& trail, WorkflowSettings settings,
                  QObject* parent = nullptr);
    ~KioskWorkflow() override;

    void start();

    KioskState state() const { return m_state; }
    FaultKind faultKind() const { return m_faultKind; }
    // Why the flow stopped or what just happened, in the officer's current language.
    QString message() const { return m_message(); }
    QString officerName() const { return m_signIn.officerName(); }
    bool cardStillInserted() const { return m_card.cardPresent(); }

    // The citizen on screen; empty outside a session. Wiped when the session ends.
    const card::ThaiIdIdentity& citizen() const { return m_identity; }
    const QByteArray& photo() const { return m_photo; }
    int photoPercent() const { return m_photoPercent; }
    QString qrText() const { return m_qrText; }
    QDateTime qrExpiresAt() const { return m_qrExpiresAt; }
    QDateTime sessionExpiresAt() const { return m_session.expiresAt; }
    // Where the citizen's phone is in the binding (CREATED until the QR is scanned).
    BindingState sessionState() const { return m_session.state; }
    int codeAttemptsLeft() const { return m_codeAttemptsLeft; }
    int fingerAttempt() const { return m_fingerAttempt; }
    QString fingerGuidance() const { return m_fingerGuidance(); }

public Q_SLOTS:
    void confirmFace();                      // Enter on Review
    void submitCode(const QString& digits);  // 6 digits on EnteringCode
    void cancel();                           // Esc
    void retry();                            // Enter on Fault / Blocked: back to a working state
    void signOut();
    void userActivity();  // any key or touch: resets the idle lock
    // The maintenance screen: only for a signed-in officer, only between citizens.
    void openMaintenance();

Q_SIGNALS:
    void stateChanged(thaid::app::KioskState state);
    void changed();                             // any displayed data
    void sessionEnded(const QString& outcome);  // "completed", "cancelled:<reason>", ...
    void fingerWaiting();                       // the scanner waits for a finger

private:
    void setState(KioskState s);
    void setMessage(LocalText m);
    void setGuidance(LocalText g);
    void fault(FaultKind kind, LocalText message, const QString& auditDetail);
    void audit(const QString& kind, const QString& detail = {}, bool withCitizen = true);
    // Ends the citizen's session: cancels it at the registry when still open, wipes, audits.
    void endSession(const QString& outcome, LocalText message);
    // Where the officer is when no citizen is being served.
    KioskState restingState() const;
    void wipeCitizen();

    void onCardInserted();
    void onCardRemoved();
    void onIdentity(const card::ThaiIdIdentity& identity);
    void onPhotoProgress(int read, int total);
    void onRecord(const card::ThaiIdRecord& record);
    void onReadFailed(const card::CardError& error);
    void onServiceAvailable(bool available);
    void onReaderAvailable(bool available);

    void officerRecord(const card::ThaiIdRecord& record);
    void onOfficerSignedIn();
    void onOfficerRefused(const LocalText& why);
    void citizenRecord(const card::ThaiIdRecord& record);
    void blockCard(CardStatus status);
    void startFingerprint();
    void onVerified(const fingerprint::VerifyResult& result);
    void onFingerFailed(const fingerprint::FingerprintError& error);
    void createSession(int attempts);
    void onSessionChanged(const SessionInfo& s);
    void onRegistryProblem(const RegistryError& e);
    void onIdle();
    void onQrUnscanned();

    CardPort& m_card;
    FingerPort& m_finger;
    RegistryPort& m_registry;
    AuditTrail& m_audit;
    WorkflowSettings m_settings;

    KioskState m_state = KioskState::SignedOut;
    FaultKind m_faultKind = FaultKind::None;
    KioskState m_resumeState = KioskState::SignedOut;  // where retry() goes after a fault
    std::function<void()> m_retryAction;
    LocalText m_message;
    bool m_serviceUp = true;

    OfficerSignIn m_signIn;
    bool m_officerCardOut = true;  // the officer's own card must leave before a citizen's counts

    // Citizen session (wiped at the end)
    card::ThaiIdIdentity m_identity;
    QByteArray m_photo;
    int m_photoPercent = 0;
    QByteArray m_referencePrint;
    int m_fingerAttempt = 0;
    int m_fingerAttempts = 0;
    LocalText m_fingerGuidance;
    SessionInfo m_session;
    QString m_qrText;
    QDateTime m_qrExpiresAt;
    int m_codeAttemptsLeft = 3;
    quint64 m_epoch = 0;  // replies from an earlier session are dropped

    QTimer m_idle;
    QTimer m_qrWait;
};

}  // namespace thaid::app
