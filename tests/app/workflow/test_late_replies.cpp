// Replies that come later, as a real registry's do, and the card layer's second read: one
// confirmation per code, replies for a session that has ended never reach the screen, a retried
// check audits the card once, and a restarted read shows only the card read after the restart.
#include "workflow_fixture.h"

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

card::ThaiIdRecord anotherCitizen() {
    card::ThaiIdRecord r = sampleRecord();
    r.identity.citizenId = QStringLiteral("3101700555018");
    r.identity.nameEn.first = QStringLiteral("Other");
    r.photoJpeg = QByteArray(700, '\x42');
    return r;
}

}  // namespace

TEST_F(Workflow, OneCodeIsConfirmedOnceWhateverTheOfficerPresses) {
    ASSERT_NO_FATAL_FAILURE(toCode());
    registry.later = true;
    // The sixth digit sends the code; Enter on the same code must not send it again.
    flow->submitCode(QStringLiteral("000000"));
    flow->submitCode(QStringLiteral("000000"));
    flow->submitCode(QStringLiteral("111111"));
    EXPECT_EQ(registry.calls.count(QStringLiteral("confirm")), 1);
    EXPECT_TRUE(flow->codeInFlight());
    registry.deliver();  // wrong code: one try spent, not two
    EXPECT_FALSE(flow->codeInFlight());
    EXPECT_EQ(flow->codeAttemptsLeft(), 2);
    EXPECT_EQ(registry.codesLeft, 2);
    EXPECT_EQ(auditKinds().count(QStringLiteral("code_wrong")), 1);
    flow->submitCode(QStringLiteral("123456"));
    EXPECT_EQ(flow->state(), S::EnteringCode);
    registry.deliver();
    EXPECT_EQ(flow->state(), S::WaitingForPhone);
    EXPECT_EQ(registry.calls.count(QStringLiteral("confirm")), 2);
}

TEST_F(Workflow, AWrongCodeAsksTheFieldToStartAgain) {
    ASSERT_NO_FATAL_FAILURE(toCode());
    QSignalSpy refused(flow.get(), &KioskWorkflow::codeRefused);
    flow->submitCode(QStringLiteral("000000"));
    EXPECT_EQ(refused.size(), 1);
    flow->submitCode(QStringLiteral("123456"));
    EXPECT_EQ(refused.size(), 1);
}

TEST_F(Workflow, RepliesForASessionThatEndedNeverReachTheScreen) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    registry.later = true;
    const auto endWith = [&](const char* how) {
        if (QLatin1String(how) == QLatin1String("esc")) {
            flow->cancel();
        } else {
            card.remove();
        }
        ASSERT_EQ(flow->state(), S::WaitingForCard);
    };
    for (const char* how : {"esc", "removal"}) {
        SCOPED_TRACE(how);
        // The card check answers after the card left.
        card.insert(sampleRecord());
        ASSERT_EQ(registry.waiting(), 1);
        ASSERT_NO_FATAL_FAILURE(endWith(how));
        card.remove();
        registry.deliver();
        EXPECT_EQ(flow->state(), S::WaitingForCard);
        expectWiped();

        // The registry's verdict on the finger answers after the session ended, while the next
        // citizen's card is being checked: it must not create a session for anyone.
        card.insert(sampleRecord());
        registry.deliver();
        ASSERT_EQ(flow->state(), S::Review);
        flow->confirmFace();
        finger.place(true);
        ASSERT_EQ(registry.waiting(), 1);
        ASSERT_NO_FATAL_FAILURE(endWith(how));
        card.remove();
        card.insert(sampleRecord());
        registry.deliver();  // the old verdict and the new card check
        EXPECT_EQ(flow->state(), S::Review);
        EXPECT_FALSE(registry.calls.contains(QStringLiteral("createSession")));
        ASSERT_NO_FATAL_FAILURE(endWith(how));
        card.remove();

        // Session creation answers after the card left: no QR, nothing to watch.
        card.insert(sampleRecord());
        registry.deliver();
        flow->confirmFace();
        finger.place(true);
        registry.deliver();
        ASSERT_EQ(flow->state(), S::CreatingSession);
        ASSERT_NO_FATAL_FAILURE(endWith(how));
        card.remove();
        registry.deliver();
        EXPECT_EQ(flow->state(), S::WaitingForCard);
        EXPECT_FALSE(registry.watching);
        EXPECT_TRUE(flow->qrText().isEmpty());
        registry.calls.clear();
    }
}

TEST_F(Workflow, AConfirmationAnsweredAfterTheSessionEndedChangesNothing) {
    ASSERT_NO_FATAL_FAILURE(toCode());
    registry.later = true;
    flow->submitCode(QStringLiteral("123456"));
    flow->cancel();
    ASSERT_EQ(flow->state(), S::WaitingForCard);
    const int rows = static_cast<int>(trail->lastSeq());
    registry.deliver();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_EQ(trail->lastSeq(), rows);  // no code_confirmed for an ended session
    expectWiped();
}

TEST_F(Workflow, RetryingAFailedCardCheckWritesOneCardReadRow) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    registry.onCheckCard = [] {
        return FakeRegistry::R<CardCheck>(RegistryError{RegistryErrorKind::Unreachable, 0, {}, {}});
    };
    card.insert(sampleRecord());
    ASSERT_EQ(flow->faultKind(), FaultKind::Registry);
    flow->retry();  // still down
    ASSERT_EQ(flow->faultKind(), FaultKind::Registry);
    registry.onCheckCard = [] {
        return FakeRegistry::R<CardCheck>(CardCheck{CardStatus::Latest, {}});
    };
    flow->retry();
    ASSERT_EQ(flow->state(), S::Review);
    EXPECT_EQ(auditKinds().count(QStringLiteral("card_read")), 1);
    EXPECT_EQ(registry.calls.count(QStringLiteral("checkCard")), 3);
    EXPECT_EQ(flow->citizen().citizenId, sampleRecord().identity.citizenId);
}

TEST_F(Workflow, AReadThatRestartsShowsOnlyTheCardReadAfterTheRestart) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    card.insertOnly();
    // The first read previews one card; the link fails, the card is reset and read again.
    Q_EMIT card.identityRead(sampleRecord().identity);
    Q_EMIT card.photoProgress(300, 600);
    ASSERT_EQ(flow->citizen().citizenId, sampleRecord().identity.citizenId);
    Q_EMIT card.readRestarted();
    EXPECT_TRUE(flow->citizen().citizenId.isEmpty());
    EXPECT_TRUE(flow->citizen().nameEn.first.isEmpty());
    EXPECT_EQ(flow->photoPercent(), 0);
    EXPECT_EQ(flow->state(), S::Reading);

    const card::ThaiIdRecord second = anotherCitizen();
    Q_EMIT card.identityRead(second.identity);
    EXPECT_EQ(flow->citizen().citizenId, second.identity.citizenId);
    Q_EMIT card.recordRead(second);
    ASSERT_EQ(flow->state(), S::Review);
    EXPECT_EQ(flow->citizen().citizenId, second.identity.citizenId);
    EXPECT_EQ(flow->citizen().nameEn.first, QStringLiteral("Other"));
    EXPECT_EQ(flow->photo(), second.photoJpeg);
}
