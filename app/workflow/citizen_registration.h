#pragma once

#include "fingerprint/fingerprint_types.h"
#include "smartcard/thai_id_record.h"
#include "workflow/card_port.h"
#include "workflow/citizen_host.h"
#include "workflow/finger_port.h"
#include "workflow/registry_port.h"
#include "workflow/workflow_settings.h"

#include <QObject>
#include <QPointer>

namespace thaid::app {

// Registering a citizen, from their card's text to the phone's completion: the registry's card
// check (started from the text, while the photo is still being read), the face, a phone already
// bound, the index fingers the registry matches, then the binding session, its QR, the code the
// phone shows and the phone's steps. One use case of the officer's workflow: the host routes the
// citizen's card and finger events here by the rules table, and keeps the state, the fault screen
// and the session's end; everything about the citizen lives in the host's CitizenSession.
class CitizenRegistration : public QObject {
    Q_OBJECT
public:
    CitizenRegistration(CitizenHost& host, CardPort& card, FingerPort& finger,
                        RegistryPort& registry, const WorkflowSettings& settings,
                        QObject* parent = nullptr);

    // The citizen's card while it is read.
    void identityRead(const card::ThaiIdIdentity& identity);
    void photoProgress(int read, int total);
    void readRestarted();
    void recordRead(const card::ThaiIdRecord& record);

    void confirmFace();                      // Enter on Review
    void confirmReplacement();               // F8 on ReplacingPhone
    void submitCode(const QString& digits);  // 6 digits on EnteringCode

    // The citizen's finger on the scanner.
    void fingerCaptured(fingerprint::FingerSample sample);
    void fingerFailed(const fingerprint::FingerprintError& error);

    // The registry verified the citizen (their finger, or a supervisor's grant): the session.
    void createSession(const QString& verificationId);
    // The QR's own time ran out with nobody scanning it.
    void qrUnscanned();

Q_SIGNALS:
    void citizenChanged();  // card data, photo progress, the phone on record
    void fingerChanged();   // finger, attempt, last scan
    void qrChanged();
    void phoneChanged();  // session state, code attempts
    void codeRefused();
    void fingerJudged(bool matched);

private:
    CitizenSession& citizen() { return *m_host.servedCitizen(); }
    void audit(AuditKind kind, const QString& detail = {});
    // Wraps a reply so it runs only while the session that asked is still the one served and the
    // state still accepts the event.
    template <typename F>
    auto forThisSession(WorkflowEvent event, F f);

    void checkCard();
    void applyCardCheck();
    void blockCard(CardStatus status);
    void startFingerprint();
    void captureFinger();
    void onFingerMatch(const Result<FingerMatch, RegistryError>& r);
    void onSessionCreated(const QString& verificationId,
                          const Result<SessionInfo, RegistryError>& r);
    void onSessionChanged(const SessionInfo& s);
    void onCodeAnswer(const Result<SessionInfo, RegistryError>& r);
    void onRegistryProblem(const RegistryError& e);

    CitizenHost& m_host;
    CardPort& m_card;
    FingerPort& m_finger;
    RegistryPort& m_registry;
    const WorkflowSettings& m_settings;
};

template <typename F>
auto CitizenRegistration::forThisSession(WorkflowEvent event, F f) {
    return [this, session = QPointer<CitizenSession>(m_host.servedCitizen()), event,
            f = std::move(f)](const auto& reply) {
        if (!session || session.data() != m_host.servedCitizen() || !m_host.accepts(event))
            return;
        f(reply);
    };
}

}  // namespace thaid::app
