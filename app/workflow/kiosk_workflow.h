#pragma once

#include "audit/audit_trail.h"
#include "i18n/local_text.h"
#include "officers/officer_store.h"
#include "workflow/card_port.h"
#include "workflow/citizen_host.h"
#include "workflow/citizen_registration.h"
#include "workflow/citizen_session.h"
#include "workflow/finger_port.h"
#include "workflow/kiosk_state.h"
#include "workflow/officer_sign_in.h"
#include "workflow/registry_port.h"
#include "workflow/session_outcome.h"
#include "workflow/supervisor_exception_flow.h"
#include "workflow/thaid_check_flow.h"
#include "workflow/workflow_rules.h"
#include "workflow/workflow_settings.h"

#include <memory>

#include <QTimer>

namespace thaid::app {

// The officer's workflow as an explicit state machine, free of any window. It hosts four use
// cases (OfficerSignIn, CitizenRegistration, SupervisorExceptionFlow, ThaidCheckFlow) and owns
// what they share: the state, the message, the fault screen and its retry, the idle lock, the
// citizen's CitizenSession and every way it ends (card removed, Esc, registry verdict, fault:
// cancelled at the registry, wiped, audited). Which events each state accepts, which use case
// the card and the scanner speak to, and where Esc and card removal go come from one table
// (workflow_rules.cpp).
class KioskWorkflow : public QObject, private CitizenHost {
    Q_OBJECT
public:
    KioskWorkflow(CardPort& card, FingerPort& finger, RegistryPort& registry,
                  OfficerStore& officers, AuditTrail& trail, WorkflowSettings settings,
                  QObject* parent = nullptr);
    ~KioskWorkflow() override;

    void start();

    KioskState state() const override { return m_state; }
    FaultKind faultKind() const { return m_faultKind; }
    const WorkflowSettings& settings() const { return m_settings; }
    // Why the flow stopped or what just happened, in the officer's current language.
    QString message() const { return m_message(); }
    QString officerName() const { return m_signIn.officerName(); }
    bool cardStillInserted() const { return m_card.cardPresent(); }
    // A citizen's session is open (from their card's insertion to its end).
    bool servingCitizen() const { return m_citizen != nullptr; }

    // The citizen on screen; empty outside a session. Wiped when the session ends.
    const card::ThaiIdIdentity& citizen() const;
    const QByteArray& photo() const;
    int photoPercent() const { return m_citizen ? m_citizen->photoPercent : 0; }
    // The citizen's phone already bound, if the registry holds one.
    std::optional<ExistingBinding> existingBinding() const;
    bool replacementConfirmed() const { return m_citizen && m_citizen->replacementConfirmed; }
    // The QR on the citizen's screen: the session's frame, or a ThaiD check's login.
    QString qrText() const {
        return m_check.active() ? m_check.qrText() : m_citizen ? m_citizen->qrText : QString();
    }
    QDateTime qrExpiresAt() const {
        return m_check.active() ? m_check.qrExpiresAt()
               : m_citizen      ? m_citizen->qrExpiresAt
                                : QDateTime();
    }
    // The ThaiD check (ThaidCheckFlow), its client chosen at start-up; without it F6 says the
    // kiosk is not registered for checks.
    void attachThaidCheck(ThaidCheckPort& port) { m_check.attach(port); }
    bool thaidCheckAvailable() const { return m_check.available(); }
    QString checkRelayCode() const { return m_check.relayCode(); }
    bool checkPhoneRefused() const { return m_check.phoneRefused(); }
    std::optional<VerifiedIdentity> checkedIdentity() const { return m_check.identity(); }
    QDateTime sessionExpiresAt() const;
    // Where the citizen's phone is in the binding (CREATED until the QR is scanned).
    BindingState sessionState() const;
    int codeAttemptsLeft() const;
    bool codeInFlight() const { return m_citizen && m_citizen->codeInFlight; }
    int fingerAttempt() const { return m_citizen ? m_citizen->fingerAttempt : 0; }
    // The index finger being tried ("right-index", then "left-index").
    QString finger() const { return m_citizen ? m_citizen->finger : QString(); }
    // The supervisor's sign-off: the reason chosen and where it is.
    QString exceptionReason() const { return m_citizen ? m_citizen->exceptionReason : QString(); }
    SignOffStep signOffStep() const {
        return m_citizen ? m_citizen->signOffStep : SignOffStep::None;
    }
    // The fixed list of reasons, as the registry API names them, in the order of keys 1 to 4.
    static const QStringList& exceptionReasons() { return SupervisorExceptionFlow::reasons(); }
    // The image the scanner captured last, while the session lasts; empty otherwise.
    const fingerprint::FingerSample& lastScan() const;
    int scanVersion() const { return m_citizen ? m_citizen->scanVersion : 0; }
    QString fingerGuidance() const;
    // Time left before the idle lock, for the tests of what counts as activity.
    int idleRemainingMs() const { return m_idle.remainingTime(); }

public Q_SLOTS:
    void confirmFace() { m_registration.confirmFace(); }                // Enter on Review
    void confirmReplacement() { m_registration.confirmReplacement(); }  // F8 on ReplacingPhone
    void askException() { m_exception.ask(); }  // F9 on Fingerprint or FingerprintRefer
    void chooseExceptionReason(int number) {    // 1 to 4 on ExceptionReason
        m_exception.chooseReason(number);
    }
    void submitCode(const QString& digits) {  // 6 digits on EnteringCode
        m_registration.submitCode(digits);
    }
    void cancel();  // Esc
    void retry();   // Enter on Fault / Blocked: back to a working state
    void signOut();
    void userActivity();  // any key or pointer event in a kiosk window: resets the idle lock
    // The maintenance screen: only for a signed-in officer, only between citizens.
    void openMaintenance();
    // F6 between citizens: a citizen identifies with ThaiD instead of the card.
    void startThaidCheck() { m_check.start(); }

Q_SIGNALS:
    // The state, or on the fault screen the kind of fault, changed.
    void stateChanged(thaid::app::KioskState state);
    void cardPresenceChanged();  // a card was inserted or removed, whatever it means now
    void messageChanged();
    void citizenChanged();  // card data, photo progress
    void fingerChanged();   // attempt, guidance
    void qrChanged();       // QR frame shown or withdrawn
    void phoneChanged();    // session state, code attempts
    void codeRefused();     // a wrong code: the field starts again
    void sessionEnded(const thaid::app::SessionOutcome& outcome);
    void fingerWaiting();             // the scanner waits for a finger
    void fingerJudged(bool matched);  // the registry's verdict on one captured finger
    void signOffChanged();            // the supervisor's sign-off moved on a step
    void checkChanged();              // the ThaiD check's code, refusal or result

private:
    const StateRule& rule() const { return ruleFor(m_state); }
    bool accepts(WorkflowEvent e) const override { return rule().accepts(e); }
    // The officer's sign-in owns the state and it takes the event: OfficerSignIn's answers.
    bool signingIn(WorkflowEvent e) const { return rule().owner == UseCase::SignIn && accepts(e); }
    // WorkflowHost, for the use cases.
    void enter(KioskState s) override { setState(s); }
    void rest() override { setState(restingState()); }
    void say(LocalText m) override { setMessage(std::move(m)); }
    void record(AuditKind kind, const QString& citizenId, const QString& detail) override {
        auditAbout(citizenId, kind, detail);
    }
    // CitizenHost, for the use cases that work on the citizen being registered.
    CitizenSession* servedCitizen() override { return m_citizen.get(); }
    QString officerToken() const override { return m_signIn.token(); }
    QString officerCid() const override { return m_signIn.officerCid(); }
    QString citizenHmac(const QString& citizenId) const override {
        return m_audit.citizenHmac(citizenId);
    }
    void guide(LocalText g) override { setGuidance(std::move(g)); }
    void verified(const QString& verificationId) override {
        m_registration.createSession(verificationId);
    }
    void fault(FaultKind kind, LocalText message, const QString& auditDetail,
               std::function<void()> retry) override;
    void endSession(SessionOutcome outcome, LocalText message) override;
    void completed() override;

    void setState(KioskState s);
    void setMessage(LocalText m);
    void setGuidance(LocalText g);
    void audit(AuditKind kind, const QString& detail = {});
    // The trail keeps only the station's HMAC of the ID, as for every row.
    void auditAbout(const QString& citizenId, AuditKind kind, const QString& detail);
    void beginSession();
    // Where the officer is when no citizen is being served.
    KioskState restingState() const;

    void connectCard();
    void connectFinger();

    void onCardInserted();
    void onCardRemoved();
    void onIdentity(const card::ThaiIdIdentity& identity);
    void onPhotoProgress(int read, int total);
    void onReadRestarted();
    void onRecord(const card::ThaiIdRecord& record);
    void onReadFailed(const card::CardError& error);
    void onServiceAvailable(bool available);
    void onReaderAvailable(bool available);

    void officerRecord(const card::ThaiIdRecord& record);
    void onOfficerSignedIn();
    void onOfficerRefused(const LocalText& why);
    void onCaptured(fingerprint::FingerSample sample);
    void onFingerFailed(const fingerprint::FingerprintError& error);

    void onIdle();

    CardPort& m_card;
    FingerPort& m_finger;
    RegistryPort& m_registry;
    OfficerStore& m_officers;
    AuditTrail& m_audit;
    WorkflowSettings m_settings;

    KioskState m_state = KioskState::SignedOut;
    FaultKind m_faultKind = FaultKind::None;
    std::function<void()> m_retryAction;  // what Enter on the fault screen does
    LocalText m_message;
    bool m_serviceUp = true;

    OfficerSignIn m_signIn;
    bool m_officerCardOut = true;  // the officer's own card must leave before a citizen's counts
    LocalText m_officerGuidance;   // the scanner's guidance while the officer signs in

    std::unique_ptr<CitizenSession> m_citizen;
    CitizenRegistration m_registration{*this, m_card, m_finger, m_registry, m_settings};
    ThaidCheckFlow m_check{*this};
    SupervisorExceptionFlow m_exception{*this,      m_card,     m_finger,
                                        m_registry, m_officers, m_settings.fingerprintSeconds};
    QTimer m_idle;
};

}  // namespace thaid::app
