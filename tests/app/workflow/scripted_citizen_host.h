#pragma once

#include "support/fake_ports.h"
#include "workflow/citizen_host.h"

#include <functional>
#include <memory>

#include <QList>
#include <QPair>

namespace thaid::testing {

// A host for one use case at a time: it keeps the state and the citizen's session, and records
// what the use case asks of it (messages, audit rows, faults, the session's end) for the test.
class ScriptedCitizenHost : public app::CitizenHost {
public:
    app::KioskState current = app::KioskState::FingerprintRefer;
    std::unique_ptr<app::CitizenSession> session = std::make_unique<app::CitizenSession>(3, 300);
    QList<QPair<app::AuditKind, QString>> rows;
    QString grantedWith;
    int messages = 0;
    int guidance = 0;
    app::FaultKind lastFault = app::FaultKind::None;
    QString faultDetail;
    std::function<void()> retry;
    std::optional<app::SessionOutcome> ended;
    QString endedText;
    bool completedSession = false;

    app::KioskState state() const override { return current; }
    bool accepts(app::WorkflowEvent e) const override { return app::ruleFor(current).accepts(e); }
    void enter(app::KioskState s) override { current = s; }
    void rest() override { current = app::KioskState::WaitingForCard; }
    void say(LocalText) override { ++messages; }
    void record(app::AuditKind kind, const QString&, const QString& detail) override {
        rows.append({kind, detail});
    }
    app::CitizenSession* servedCitizen() override { return session.get(); }
    QString officerToken() const override { return FakeRegistry::token(); }
    QString officerCid() const override { return QStringLiteral("1101700230708"); }
    QString citizenHmac(const QString& cid) const override { return QStringLiteral("h:") + cid; }
    void guide(LocalText) override { ++guidance; }
    void verified(const QString& verificationId) override { grantedWith = verificationId; }
    void fault(app::FaultKind kind, LocalText, const QString& detail,
               std::function<void()> then) override {
        lastFault = kind;
        faultDetail = detail;
        retry = std::move(then);
        current = app::KioskState::Fault;
    }
    void endSession(app::SessionOutcome outcome, LocalText text) override {
        ended = outcome;
        endedText = text();
        session.reset();
        rest();
    }
    void completed() override {
        completedSession = true;
        session.reset();
        current = app::KioskState::Completed;
    }
    // The kinds of the audit rows so far, in order.
    QList<app::AuditKind> kinds() const {
        QList<app::AuditKind> out;
        for (const auto& row : rows)
            out.append(row.first);
        return out;
    }
};

}  // namespace thaid::testing
