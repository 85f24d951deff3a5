// A citizen's phone and card check in the workflow: a phone already bound is replaced only with
// the officer's F8, a phone bound meanwhile blocks the session, and the registry checks the card
// while its photo is still being read.
#include "workflow_fixture.h"

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

// A citizen whose ThaiD is on a phone already: after the face, the phone's own step. Only F8
// goes on, and the session names the binding it replaces; Esc or the card leaving ends it at
// once, with no session at the registry, so the old phone keeps working.
TEST_F(Workflow, APhoneAlreadyBoundIsReplacedOnlyWithTheOfficersF8) {
    const ExistingBinding binding{QString(32, QLatin1Char('b')),
                                  QDateTime::currentDateTimeUtc().addDays(-40),
                                  10502,
                                  {},
                                  {},
                                  QStringLiteral("high"),
                                  {}};
    registry.onCheckCard = [binding] {
        return FakeRegistry::R<CardCheck>(CardCheck{CardStatus::Latest, binding});
    };
    ASSERT_NO_FATAL_FAILURE(signIn());
    card.insert(sampleRecord());
    ASSERT_EQ(flow->state(), S::Review);
    ASSERT_TRUE(flow->existingBinding().has_value());
    flow->confirmReplacement();  // F8 means nothing before the face is confirmed
    EXPECT_EQ(flow->state(), S::Review);
    flow->confirmFace();
    ASSERT_EQ(flow->state(), S::ReplacingPhone);
    flow->confirmFace();  // a second Enter does not replace the phone
    EXPECT_EQ(flow->state(), S::ReplacingPhone);
    EXPECT_FALSE(registry.calls.contains(QStringLiteral("verifyFinger")));
    flow->cancel();
    EXPECT_FALSE(registry.calls.contains(QStringLiteral("createSession")));
    EXPECT_FALSE(flow->existingBinding().has_value());  // wiped with the session
    card.remove();

    card.insert(sampleRecord());
    flow->confirmFace();
    flow->confirmReplacement();
    ASSERT_EQ(flow->state(), S::Fingerprint);
    EXPECT_TRUE(flow->replacementConfirmed());
    finger.answer(true, 1);
    EXPECT_EQ(flow->state(), S::ShowingQr);
    EXPECT_EQ(registry.lastReplacesBinding, binding.bindingId);
    const QStringList kinds = auditKinds();
    EXPECT_EQ(kinds.count(QStringLiteral("existing_binding_shown")), 2);
    EXPECT_EQ(kinds.count(QStringLiteral("replacement_confirmed")), 1);
}

// The registry refuses the session because the citizen's phone changed since the card check
// (bound elsewhere meanwhile): the officer is told to read the card again.
TEST_F(Workflow, APhoneBoundMeanwhileBlocksTheSessionUntilTheCardIsReadAgain) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    registry.onCreate = [] {
        return FakeRegistry::R<SessionInfo>(
            RegistryError{RegistryErrorKind::Rejected, 409, QStringLiteral("binding_exists"), {}});
    };
    card.insert(sampleRecord());
    flow->confirmFace();
    finger.answer(true, 1);
    EXPECT_EQ(flow->state(), S::Blocked);
    EXPECT_TRUE(flow->message().contains(QStringLiteral("insert it again")));
    EXPECT_TRUE(auditKinds().contains(QStringLiteral("card_blocked")));
}

// Fetch-ahead: the registry checks the card from its text while the photo is still being read;
// the answer waits for the whole record, and a read that restarts makes an earlier answer stale.
TEST_F(Workflow, TheCardIsCheckedWhileItsPhotoIsStillBeingRead) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    registry.later = true;
    card.insertOnly();
    Q_EMIT card.identityRead(sampleRecord().identity);
    EXPECT_EQ(registry.calls.count(QStringLiteral("checkCard")), 1);  // before the photo
    registry.deliver();
    EXPECT_EQ(flow->state(), S::Reading);  // the photo is not in yet
    Q_EMIT card.recordRead(sampleRecord());
    EXPECT_EQ(flow->state(), S::Review);
    EXPECT_EQ(registry.calls.count(QStringLiteral("checkCard")), 1);  // asked once
    card.remove();

    int asked = 0;
    registry.onCheckCard = [&asked] {
        // The first text read was another card's, which is not the latest.
        return FakeRegistry::R<CardCheck>(
            CardCheck{++asked == 1 ? CardStatus::Superseded : CardStatus::Latest, {}});
    };
    card.insertOnly();
    card::ThaiIdIdentity other = sampleRecord().identity;
    other.requestNumber = QStringLiteral("5001-02-00000001");
    Q_EMIT card.identityRead(other);
    Q_EMIT card.readRestarted();
    Q_EMIT card.identityRead(sampleRecord().identity);
    EXPECT_EQ(asked, 2);
    registry.deliver();
    Q_EMIT card.recordRead(sampleRecord());
    EXPECT_EQ(flow->state(), S::Review);
}
