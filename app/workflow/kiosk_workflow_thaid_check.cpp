// The ThaiD check (F6): a citizen identifies with their ThaiD phone instead of the card, at any
// agency's counter. The kiosk is an OpenID Connect client of the registry (ThaidCheckPort);
// the officer sees the identity the registry vouched for until the next citizen.
#include "common/secure_wipe.h"
#include "logging/app_logging.h"
#include "workflow/kiosk_workflow.h"
#include "workflow/workflow_text.h"

namespace thaid::app {

ThaidCheckSession::~ThaidCheckSession() {
    if (identity) {
        secureWipe(identity->citizenId);
        secureWipe(identity->nameTh);
        secureWipe(identity->nameEn);
        secureWipe(identity->smartcardCode);
        secureWipe(identity->address);
        secureWipe(identity->birthDate);
        secureWipe(identity->photoJpeg);
    }
}

void KioskWorkflow::attachThaidCheck(ThaidCheckPort& port) {
    m_checkPort = &port;
    const auto answer = [this](auto f) {
        return [this, f](auto&&... args) {
            if (m_check && accepts(WorkflowEvent::ThaidCheckAnswer))
                f(args...);
        };
    };
    connect(&port, &ThaidCheckPort::started, this,
            answer([this](const QString& qr, const QDateTime& expiresAt) {
                m_check->qrText = qr;
                m_check->qrExpiresAt = expiresAt;
                Q_EMIT qrChanged();
            }));
    connect(&port, &ThaidCheckPort::scanned, this, answer([this](const QString& code) {
        m_check->relayCode = code;
        m_check->phoneRefused = false;
        setMessage({});
        Q_EMIT checkChanged();
    }));
    connect(&port, &ThaidCheckPort::deviceRefused, this, answer([this] {
        m_check->phoneRefused = true;
        m_check->relayCode.clear();
        auditAbout({}, AuditKind::ThaidCheckPhoneRefused, {});
        setMessage(&WorkflowText::thaidCheckPhoneNotActive);
        Q_EMIT checkChanged();
    }));
    connect(&port, &ThaidCheckPort::verified, this,
            answer([this](const VerifiedIdentity& identity) {
                m_check->identity = identity;
                m_check->qrText.clear();
                // The row names the citizen only as the station's HMAC of the ID, as every row.
                auditAbout(identity.citizenId, AuditKind::ThaidCheckVerified,
                           QStringLiteral("ial=%1").arg(identity.assurance));
                setMessage({});
                Q_EMIT qrChanged();
                Q_EMIT checkChanged();
                setState(KioskState::ThaidCheckResult);
            }));
    connect(&port, &ThaidCheckPort::denied, this, answer([this] {
        endThaidCheck(QStringLiteral("denied"), &WorkflowText::thaidCheckDenied);
    }));
    connect(&port, &ThaidCheckPort::expired, this, answer([this] {
        endThaidCheck(QStringLiteral("expired"), &WorkflowText::thaidCheckExpired);
    }));
    connect(&port, &ThaidCheckPort::problem, this, answer([this](const RegistryError& e) {
        endThaidCheck(QStringLiteral("problem:%1").arg(registryErrorKindId(e.kind)),
                      registryText(e));
    }));
}

bool KioskWorkflow::thaidCheckAvailable() const {
    return m_checkPort && m_checkPort->available();
}

void KioskWorkflow::startThaidCheck() {
    if (!accepts(WorkflowEvent::ThaidCheckStarted))
        return;
    if (!thaidCheckAvailable()) {
        setMessage(&WorkflowText::thaidCheckUnavailable);
        return;
    }
    if (m_check)
        endThaidCheck(QStringLiteral("next"), {});
    m_check = std::make_unique<ThaidCheckSession>();
    auditAbout({}, AuditKind::ThaidCheckStarted, {});
    setMessage({});
    setState(KioskState::ThaidCheck);
    Q_EMIT checkChanged();
    m_checkPort->begin();
}

void KioskWorkflow::endThaidCheck(const QString& why, LocalText message) {
    if (!m_check)
        return;
    if (m_checkPort)
        m_checkPort->abandon();
    if (!m_check->identity || why != QLatin1String("next"))
        auditAbout({}, AuditKind::ThaidCheckEnded, why);
    m_check.reset();  // wipes
    Q_EMIT qrChanged();
    Q_EMIT checkChanged();
    setMessage(std::move(message));
    if (m_state == KioskState::ThaidCheck || m_state == KioskState::ThaidCheckResult)
        setState(restingState());
}

QString KioskWorkflow::checkRelayCode() const {
    return m_check ? m_check->relayCode : QString();
}

bool KioskWorkflow::checkPhoneRefused() const {
    return m_check && m_check->phoneRefused;
}

std::optional<VerifiedIdentity> KioskWorkflow::checkedIdentity() const {
    return m_check ? m_check->identity : std::nullopt;
}

}  // namespace thaid::app
