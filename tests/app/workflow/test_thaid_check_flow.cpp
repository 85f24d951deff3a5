// The ThaiD check as a use case of its own, over a scripted host and login: it moves the host's
// state only through the host, asks the host's rules before it acts, audits through the host,
// and answers nothing once its check is over.
#include "support/fake_thaid_check.h"
#include "workflow/thaid_check_flow.h"

#include <QList>
#include <QPair>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

// A host that keeps the state and what was said and audited, and takes every event unless told.
class ScriptedHost : public WorkflowHost {
public:
    KioskState current = KioskState::WaitingForCard;
    bool takesEvents = true;
    int messages = 0;
    QList<QPair<AuditKind, QString>> rows;

    KioskState state() const override { return current; }
    bool accepts(WorkflowEvent) const override { return takesEvents; }
    void enter(KioskState s) override { current = s; }
    void rest() override { current = KioskState::WaitingForCard; }
    void say(LocalText) override { ++messages; }
    void record(AuditKind kind, const QString& citizenId, const QString& detail) override {
        rows.append({kind, citizenId.isEmpty() ? detail : citizenId});
    }
};

class ThaidCheckFlowTest : public ::testing::Test {
protected:
    ScriptedHost host;
    FakeThaidCheck port;
    ThaidCheckFlow flow{host};
    void SetUp() override { flow.attach(port); }
};

}  // namespace

TEST_F(ThaidCheckFlowTest, AVerifiedCheckEntersTheResultThroughTheHostAndAuditsIt) {
    flow.start();
    EXPECT_EQ(host.current, KioskState::ThaidCheck);
    EXPECT_EQ(port.begun, 1);
    port.start();
    EXPECT_FALSE(flow.qrText().isEmpty());
    port.scan(QStringLiteral("123456"));
    EXPECT_EQ(flow.relayCode(), QStringLiteral("123456"));
    port.approve(QStringLiteral("substantial"));
    EXPECT_EQ(host.current, KioskState::ThaidCheckResult);
    ASSERT_TRUE(flow.identity().has_value());
    EXPECT_EQ(flow.identity()->assurance, QStringLiteral("substantial"));
    EXPECT_TRUE(flow.qrText().isEmpty());
    ASSERT_EQ(host.rows.size(), 2);
    EXPECT_EQ(host.rows[0].first, AuditKind::ThaidCheckStarted);
    EXPECT_EQ(host.rows[1].first, AuditKind::ThaidCheckVerified);
    // The host receives the ID only to make its HMAC: never the name.
    EXPECT_EQ(host.rows[1].second, QStringLiteral("1101700230708"));
}

TEST_F(ThaidCheckFlowTest, EndingWipesTheResultRestsTheHostAndAbandonsTheLogin) {
    flow.start();
    port.start();
    port.approve();
    flow.end(QStringLiteral("cancelled"), {});
    EXPECT_FALSE(flow.active());
    EXPECT_FALSE(flow.identity().has_value());
    EXPECT_EQ(host.current, KioskState::WaitingForCard);
    EXPECT_EQ(port.abandoned, 1);
    EXPECT_EQ(host.rows.last().first, AuditKind::ThaidCheckEnded);
    EXPECT_EQ(host.rows.last().second, QStringLiteral("cancelled"));
    // A late answer of the ended login changes nothing.
    port.scan();
    EXPECT_TRUE(flow.relayCode().isEmpty());
    EXPECT_EQ(host.current, KioskState::WaitingForCard);
}

TEST_F(ThaidCheckFlowTest, TheHostsRulesDecideWhetherItStartsOrHears) {
    host.takesEvents = false;
    flow.start();
    EXPECT_FALSE(flow.active());
    EXPECT_EQ(port.begun, 0);
    host.takesEvents = true;
    flow.start();
    host.takesEvents = false;  // say the officer moved on: the state takes no answers now
    port.scan();
    EXPECT_TRUE(flow.relayCode().isEmpty());
}

TEST_F(ThaidCheckFlowTest, WithoutARegisteredClientF6OnlySaysSo) {
    port.registered = false;
    flow.start();
    EXPECT_FALSE(flow.active());
    EXPECT_EQ(host.current, KioskState::WaitingForCard);
    EXPECT_EQ(host.messages, 1);
    EXPECT_TRUE(host.rows.isEmpty());
}

TEST_F(ThaidCheckFlowTest, ARefusedPhoneIsAuditedAndTheCheckStaysOpenForTheRightOne) {
    flow.start();
    port.start();
    Q_EMIT port.deviceRefused();
    EXPECT_TRUE(flow.phoneRefused());
    EXPECT_TRUE(flow.active());
    EXPECT_EQ(host.rows.last().first, AuditKind::ThaidCheckPhoneRefused);
    port.scan();
    EXPECT_FALSE(flow.phoneRefused());
}
