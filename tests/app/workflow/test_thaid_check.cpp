// The ThaiD check (F6) in the workflow, over a scripted login: the citizen's QR and the code,
// the verified identity until the next citizen, and every way it ends (refusal, expiry, a phone
// that is not an active ThaiD, a registry problem, Esc, the next card, sign-out), each audited
// and wiped.
#include "support/fake_thaid_check.h"
#include "workflow_fixture.h"

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

class ThaidCheck : public Workflow {
public:
    FakeThaidCheck check;
    void SetUp() override {
        Workflow::SetUp();
        flow->attachThaidCheck(check);
    }
    void toCheck() {
        ASSERT_NO_FATAL_FAILURE(signIn());
        flow->startThaidCheck();
        ASSERT_EQ(flow->state(), S::ThaidCheck);
        ASSERT_EQ(check.begun, 1);
        check.start();
    }
    void expectCheckWiped() {
        EXPECT_FALSE(flow->checkedIdentity().has_value());
        EXPECT_TRUE(flow->checkRelayCode().isEmpty());
        EXPECT_TRUE(flow->qrText().isEmpty());
    }
};

TEST_F(ThaidCheck, TheVerifiedIdentityStaysUntilTheNextCitizen) {
    ASSERT_NO_FATAL_FAILURE(toCheck());
    EXPECT_EQ(flow->qrText(), QStringLiteral("KL1:0123456789ABCDEF0123456789ABCDEF"));
    check.scan();
    EXPECT_EQ(flow->checkRelayCode(), QStringLiteral("059154"));
    EXPECT_EQ(flow->state(), S::ThaidCheck);
    check.approve();
    ASSERT_EQ(flow->state(), S::ThaidCheckResult);
    ASSERT_TRUE(flow->checkedIdentity().has_value());
    EXPECT_EQ(flow->checkedIdentity()->citizenId, QStringLiteral("1101700230708"));
    EXPECT_TRUE(flow->qrText().isEmpty());  // the QR leaves the citizen's screen
    // The next citizen's card: the result goes first, and the registration starts.
    card.insert(sampleRecord());
    expectCheckWiped();
    EXPECT_EQ(flow->state(), S::Review);
    const QStringList kinds = auditKinds();
    EXPECT_EQ(kinds.count(QStringLiteral("thaid_check_started")), 1);
    EXPECT_EQ(kinds.count(QStringLiteral("thaid_check_verified")), 1);
    EXPECT_EQ(kinds.count(QStringLiteral("thaid_check_ended")), 1);
    // The audit trail names the citizen only as the station's HMAC.
    for (const AuditEntry& e : trail->after(0))
        EXPECT_FALSE(e.detail.contains(QStringLiteral("1101700230708")));
}

TEST_F(ThaidCheck, EscClearsTheResultAndF6ChecksTheNextCitizen) {
    ASSERT_NO_FATAL_FAILURE(toCheck());
    check.approve(QStringLiteral("substantial"));
    ASSERT_EQ(flow->state(), S::ThaidCheckResult);
    EXPECT_EQ(flow->checkedIdentity()->assurance, QStringLiteral("substantial"));
    flow->startThaidCheck();  // F6 on the result: the next citizen's check
    EXPECT_EQ(flow->state(), S::ThaidCheck);
    EXPECT_EQ(check.begun, 2);
    expectCheckWiped();
    flow->cancel();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_GE(check.abandoned, 2);
    expectCheckWiped();
}

TEST_F(ThaidCheck, RefusalExpiryAndProblemsEndTheCheckWithAMessage) {
    ASSERT_NO_FATAL_FAILURE(toCheck());
    Q_EMIT check.denied();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_FALSE(flow->message().isEmpty());
    expectCheckWiped();

    flow->startThaidCheck();
    check.start();
    Q_EMIT check.expired();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_FALSE(flow->message().isEmpty());

    flow->startThaidCheck();
    check.start();
    Q_EMIT check.problem(RegistryError{RegistryErrorKind::Unreachable, 0,
                                       QStringLiteral("unreachable"), QStringLiteral("down")});
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_FALSE(flow->message().isEmpty());
    const QStringList kinds = auditKinds();
    EXPECT_EQ(kinds.count(QStringLiteral("thaid_check_ended")), 3);
    // A working state again without a restart.
    flow->startThaidCheck();
    EXPECT_EQ(flow->state(), S::ThaidCheck);
}

TEST_F(ThaidCheck, APhoneThatIsNotAnActiveThaidIsSaidAndAnotherMayScan) {
    ASSERT_NO_FATAL_FAILURE(toCheck());
    Q_EMIT check.deviceRefused();
    EXPECT_EQ(flow->state(), S::ThaidCheck);
    EXPECT_TRUE(flow->checkPhoneRefused());
    EXPECT_FALSE(flow->message().isEmpty());
    EXPECT_TRUE(auditKinds().contains(QStringLiteral("thaid_check_phone_refused")));
    check.scan(QStringLiteral("111222"));
    EXPECT_FALSE(flow->checkPhoneRefused());
    check.approve();
    EXPECT_EQ(flow->state(), S::ThaidCheckResult);
}

TEST_F(ThaidCheck, OnlyBetweenCitizensAndOnlyWhenTheKioskIsRegistered) {
    ASSERT_NO_FATAL_FAILURE(toReview());
    flow->startThaidCheck();  // in the middle of a registration: nothing
    EXPECT_EQ(flow->state(), S::Review);
    EXPECT_EQ(check.begun, 0);
    flow->cancel();
    card.remove();
    check.registered = false;
    flow->startThaidCheck();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_FALSE(flow->message().isEmpty());  // says to ask office IT
    EXPECT_EQ(check.begun, 0);
}

TEST_F(ThaidCheck, LateAnswersAfterTheCheckEndedChangeNothing) {
    ASSERT_NO_FATAL_FAILURE(toCheck());
    flow->cancel();
    check.approve();
    check.scan();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    expectCheckWiped();
    // Signing out, or the idle lock, ends a check as well.
    flow->startThaidCheck();
    check.start();
    flow->signOut();
    EXPECT_EQ(flow->state(), S::SignedOut);
    expectCheckWiped();
}
