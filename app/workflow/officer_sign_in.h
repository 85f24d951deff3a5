#pragma once

#include "audit/audit_trail.h"
#include "i18n/local_text.h"
#include "officers/officer_store.h"
#include "smartcard/thai_id_record.h"
#include "workflow/finger_port.h"
#include "workflow/registry_port.h"

namespace thaid::app {

// Signing an officer in (DESIGN.md §6): their own card, enrolled on this kiosk; a 1:1 match of
// their finger against the template sealed here; then the registry's sign-in, whose token every
// citizen request carries. Holds who is signed in; the workflow decides which screen shows.
class OfficerSignIn : public QObject {
    Q_OBJECT
public:
    OfficerSignIn(FingerPort& finger, RegistryPort& registry, OfficerStore& officers,
                  AuditTrail& trail, int maxFingerAttempts, int fingerSeconds,
                  QObject* parent = nullptr);

    enum class Begin { FingerRequested, NotEnrolled, TemplateUnreadable };
    // The officer's own card was read: asks for the finger when the card is enrolled here.
    Begin begin(const card::ThaiIdRecord& card);
    // The scanner's verdict on the officer's finger; ends in succeeded() or refused().
    void fingerVerified(const fingerprint::VerifyResult& result);
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

private:
    void refuse(const QString& auditDetail, const LocalText& why);
    void audit(AuditKind kind, const QString& detail = {});

    FingerPort& m_finger;
    RegistryPort& m_registry;
    OfficerStore& m_officers;
    AuditTrail& m_audit;
    int m_maxAttempts;
    int m_fingerSeconds;

    std::optional<Officer> m_pending;
    QString m_name;
    QString m_token;
};

}  // namespace thaid::app
