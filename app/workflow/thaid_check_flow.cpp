#include "workflow/thaid_check_flow.h"

#include "common/secure_wipe.h"
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

ThaidCheckFlow::ThaidCheckFlow(WorkflowHost& host, QObject* parent)
    : QObject(parent), m_host(host) {}

template <typename F>
auto ThaidCheckFlow::answer(F f) {
    return [this, f](auto&&... args) {
        if (m_session && m_host.accepts(WorkflowEvent::ThaidCheckAnswer))
            f(args...);
    };
}

void ThaidCheckFlow::attach(ThaidCheckPort& port) {
    m_port = &port;
    connect(&port, &ThaidCheckPort::started, this,
            answer([this](const QString& qr, const QDateTime& expiresAt) {
                m_session->qrText = qr;
                m_session->qrExpiresAt = expiresAt;
                Q_EMIT qrChanged();
            }));
    connect(&port, &ThaidCheckPort::scanned, this, answer([this](const QString& code) {
        m_session->relayCode = code;
        m_session->phoneRefused = false;
        m_host.say({});
        Q_EMIT changed();
    }));
    connect(&port, &ThaidCheckPort::deviceRefused, this, answer([this] {
        m_session->phoneRefused = true;
        m_session->relayCode.clear();
        m_host.record(AuditKind::ThaidCheckPhoneRefused, {}, {});
        m_host.say(&WorkflowText::thaidCheckPhoneNotActive);
        Q_EMIT changed();
    }));
    connect(&port, &ThaidCheckPort::verified, this,
            answer([this](const VerifiedIdentity& identity) {
                m_session->identity = identity;
                m_session->qrText.clear();
                m_host.record(AuditKind::ThaidCheckVerified, identity.citizenId,
                              QStringLiteral("ial=%1").arg(identity.assurance));
                m_host.say({});
                Q_EMIT qrChanged();
                Q_EMIT changed();
                m_host.enter(KioskState::ThaidCheckResult);
            }));
    connect(&port, &ThaidCheckPort::denied, this,
            answer([this] { end(QStringLiteral("denied"), &WorkflowText::thaidCheckDenied); }));
    connect(&port, &ThaidCheckPort::expired, this,
            answer([this] { end(QStringLiteral("expired"), &WorkflowText::thaidCheckExpired); }));
    connect(&port, &ThaidCheckPort::problem, this, answer([this](const RegistryError& e) {
        end(QStringLiteral("problem:%1").arg(registryErrorKindId(e.kind)), registryText(e));
    }));
}

void ThaidCheckFlow::start() {
    if (!m_host.accepts(WorkflowEvent::ThaidCheckStarted))
        return;
    if (!available()) {
        m_host.say(&WorkflowText::thaidCheckUnavailable);
        return;
    }
    if (m_session)
        end(QStringLiteral("next"), {});
    m_session = std::make_unique<ThaidCheckSession>();
    m_host.record(AuditKind::ThaidCheckStarted, {}, {});
    m_host.say({});
    m_host.enter(KioskState::ThaidCheck);
    Q_EMIT changed();
    m_port->begin();
}

void ThaidCheckFlow::end(const QString& why, LocalText message) {
    if (!m_session)
        return;
    if (m_port)
        m_port->abandon();
    if (!m_session->identity || why != QLatin1String("next"))
        m_host.record(AuditKind::ThaidCheckEnded, {}, why);
    m_session.reset();  // wipes
    Q_EMIT qrChanged();
    Q_EMIT changed();
    m_host.say(std::move(message));
    if (m_host.state() == KioskState::ThaidCheck || m_host.state() == KioskState::ThaidCheckResult)
        m_host.rest();
}

}  // namespace thaid::app
