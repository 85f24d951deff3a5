#include "workflow/officer_sign_in.h"

#include "common/secure_wipe.h"
#include "logging/app_logging.h"
#include "registry_api/registry_error.h"
#include "text/fingerprint_text.h"

namespace thaid::app {

OfficerSignIn::OfficerSignIn(FingerPort& finger, RegistryPort& registry, OfficerStore& officers,
                             AuditTrail& trail, int maxFingerAttempts, int fingerSeconds,
                             QObject* parent)
    : QObject(parent),
      m_finger(finger),
      m_registry(registry),
      m_officers(officers),
      m_audit(trail),
      m_maxAttempts(maxFingerAttempts),
      m_fingerSeconds(fingerSeconds) {}

OfficerSignIn::Begin OfficerSignIn::begin(const card::ThaiIdRecord& card) {
    const auto officer = m_officers.find(card.identity.citizenId);
    // The request number tells a replaced or lost card of the same officer from the enrolled one.
    if (!officer || officer->requestNumber != card.identity.requestNumber) {
        audit(AuditKind::OfficerSignInRefused, QStringLiteral("not_enrolled"));
        return Begin::NotEnrolled;
    }
    m_pending = officer;
    m_name = officer->displayName;
    m_attempt = 1;
    m_finger.capture(m_fingerSeconds * 1000);
    return Begin::FingerRequested;
}

void OfficerSignIn::fingerCaptured(fingerprint::FingerSample sample) {
    if (!m_pending) {
        sample.wipe();
        return;
    }
    const Officer& officer = *m_pending;
    m_registry.send(
        protocol::OfficerSignInRequest{.officerCid = officer.cid,
                                       .cardRequestNumber = officer.requestNumber,
                                       .fingerprint = wireFinger({officer.finger, sample})},
        [this, cid = officer.cid](const Result<OfficerSession, RegistryError>& r) {
            if (!m_pending || m_pending->cid != cid)
                return;  // abandoned meanwhile
            onRegistryAnswer(r);
        });
    sample.wipe();
}

void OfficerSignIn::onRegistryAnswer(const Result<OfficerSession, RegistryError>& r) {
    if (r) {
        Q_EMIT fingerJudged(true);
        // The officer's ID only as its HMAC: the day's report counts each officer's citizens.
        m_officerCid = m_pending->cid;
        m_pending.reset();
        m_token = r.value().token;
        if (auto a = m_audit.record(AuditKind::OfficerSignedIn, m_officerCid); !a)
            qCWarning(lcWorkflow).noquote() << "audit write failed:" << a.error();
        Q_EMIT succeeded();
        return;
    }
    const std::optional<ErrorCode> code = r.error().apiCode();
    if (code == ErrorCode::SampleUnusable) {
        // A poor scan is not a failed match: the same attempt again.
        Q_EMIT guidance([] { return FingerprintText::forRetry(fingerprint::ScanRetry::General); });
        m_finger.capture(m_fingerSeconds * 1000);
        return;
    }
    if (code == ErrorCode::FingerprintNotVerified)
        Q_EMIT fingerJudged(false);
    if (code == ErrorCode::FingerprintNotVerified && m_attempt < m_maxAttempts) {
        audit(AuditKind::FingerprintAttemptFailed, QStringLiteral("attempt=%1").arg(m_attempt));
        Q_EMIT guidance([a = m_attempt, max = m_maxAttempts] {
            return FingerprintText::attemptFailed(a, max);
        });
        ++m_attempt;
        m_finger.capture(m_fingerSeconds * 1000);
        return;
    }
    if (code == ErrorCode::FingerprintNotVerified) {
        refuse(QStringLiteral("finger"),
               [] { return tr("Your finger did not match. Remove your card and try again."); });
        return;
    }
    refuse(QStringLiteral("registry:%1").arg(r.error().code),
           [e = r.error()] { return RegistryErrorText::forError(e); });
}

void OfficerSignIn::audit(AuditKind kind, const QString& detail) {
    if (auto r = m_audit.record(kind, {}, detail); !r)
        qCWarning(lcWorkflow).noquote() << "audit write failed:" << r.error();
}

void OfficerSignIn::refuse(const QString& auditDetail, const LocalText& why) {
    audit(AuditKind::OfficerSignInRefused, auditDetail);
    abandon();
    Q_EMIT refused(why);
}

void OfficerSignIn::abandon() {
    if (!m_pending)
        return;
    m_pending.reset();
    if (m_token.isEmpty())
        m_name.clear();
}

void OfficerSignIn::signOut() {
    abandon();
    if (!m_token.isEmpty()) {
        // The kiosk forgets the token whatever the answer; the registry ends it or lets it expire.
        m_registry.send(protocol::OfficerSignOutRequest{m_token}, {});
        if (auto a = m_audit.record(AuditKind::OfficerSignOut, m_officerCid); !a)
            qCWarning(lcWorkflow).noquote() << "audit write failed:" << a.error();
    }
    m_token.clear();
    m_name.clear();
    m_officerCid.clear();
}

}  // namespace thaid::app
