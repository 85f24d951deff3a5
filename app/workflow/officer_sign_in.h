#pragma once

#include "audit/audit_trail.h"
#include "i18n/local_text.h"
#include "officers/officer_store.h"
#include "smartcard/thai_id_record.h"
#include "workflow/finger_port.h"
#include "workflow/registry_port.h"

namespace thaid::app {

// Signing an officer in (docs/architecture.md): their own card, enrolled on this kiosk; then their
// finger, captured here and matched by the registry, which answers with the token every citizen
// request carries. The kiosk never decides the match. Holds who is signed in; the workflow
// decides which screen shows.
class OfficerSignIn : public QObject {
    Q_OBJECT
public:
    OfficerSignIn(FingerPort& finger, RegistryPort& registry, OfficerStore& officers,
                  AuditTrail& trail, int maxFingerAttempts, int fingerSeconds,
                  QObject* parent = nullptr);

    enum class Begin { FingerRequested, NotEnrolled };
    // The officer's own card was read: asks for the finger when the card is enrolled here.
    Begin begin(const card::ThaiIdRecord& card);
    // The scanner's image of the officer's finger goes to the registry; ends in succeeded() or
    // refused(), or asks for the finger again while attempts are left.
    void fingerCaptured(fingerprint::FingerSample sample);
    // Stops a sign-in under way (card removed, Esc, scanner error). Does not sign anyone out.
    void abandon();
    void signOut();

    bool isSignedIn() const { return !m_token.isEmpty(); }
    QString token() const { return m_token; }
    // The officer signing in or signed in; empty otherwise.
    QString officerName() const { return m_name; }

Q_SIGNALS:
    void succeeded();
    void refused(const thaid::LocalText& why);
    // What the officer should do now (another placement, a cleaner scan).
    void guidance(const thaid::LocalText& text);
    void fingerJudged(bool matched);  // the registry's verdict on one placement

private:
    void refuse(const QString& auditDetail, const LocalText& why);
    void onRegistryAnswer(const Result<OfficerSession, RegistryError>& r);
    void audit(AuditKind kind, const QString& detail = {});

    FingerPort& m_finger;
    RegistryPort& m_registry;
    OfficerStore& m_officers;
    AuditTrail& m_audit;
    int m_maxAttempts;
    int m_fingerSeconds;

    std::optional<Officer> m_pending;
    int m_attempt = 0;
    QString m_name;
    QString m_token;
    QString m_officerCid;  // the signed-in officer's, for the audit (as an HMAC)
public:
    const QString& officerCid() const { return m_officerCid; }
};

}  // namespace thaid::app
