#pragma once

#include "workflow/thaid_check_port.h"
#include "workflow/thaid_check_session.h"
#include "workflow/workflow_host.h"

#include <memory>
#include <optional>

#include <QObject>

namespace thaid::app {

// The ThaiD check (F6): a citizen identifies with their ThaiD phone instead of the card, at any
// agency's counter. The kiosk is an OpenID Connect client of the registry (ThaidCheckPort); the
// officer sees the identity the registry vouched for until the next citizen. One use case of
// the officer's workflow, hosted by KioskWorkflow.
class ThaidCheckFlow : public QObject {
    Q_OBJECT
public:
    explicit ThaidCheckFlow(WorkflowHost& host, QObject* parent = nullptr);

    // The client, chosen at start-up; without it F6 says the kiosk is not registered.
    void attach(ThaidCheckPort& port);
    bool available() const { return m_port && m_port->available(); }

    void start();  // F6
    // Ends a check in progress, wiping its result; audited with why. Nothing without one.
    void end(const QString& why, LocalText message);
    bool active() const { return m_session != nullptr; }

    QString qrText() const { return m_session ? m_session->qrText : QString(); }
    QDateTime qrExpiresAt() const { return m_session ? m_session->qrExpiresAt : QDateTime(); }
    QString relayCode() const { return m_session ? m_session->relayCode : QString(); }
    bool phoneRefused() const { return m_session && m_session->phoneRefused; }
    std::optional<VerifiedIdentity> identity() const {
        return m_session ? m_session->identity : std::nullopt;
    }

Q_SIGNALS:
    void qrChanged();
    void changed();  // the code, a refusal or the result

private:
    // Runs a reply of the login only while a check is open and the state takes it.
    template <typename F>
    auto answer(F f);

    WorkflowHost& m_host;
    ThaidCheckPort* m_port = nullptr;
    std::unique_ptr<ThaidCheckSession> m_session;
};

}  // namespace thaid::app
