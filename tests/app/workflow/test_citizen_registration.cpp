// Registration as a use case of its own, over a scripted host: from the citizen's card to the
// phone's completion it moves the state, speaks, audits, shows faults and ends the session only
// through CitizenHost.
#include "scripted_citizen_host.h"
#include "support/card_fixtures.h"
#include "support/fake_ports.h"
#include "workflow/citizen_registration.h"
#include "workflow/workflow_text.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

class CitizenRegistrationTest : public ::testing::Test {
protected:
    ScriptedCitizenHost host;
    FakeCard card;
    FakeFinger finger;
    FakeRegistry registry;
    WorkflowSettings settings;
    std::unique_ptr<CitizenRegistration> registration;
    const card::ThaiIdRecord record = sampleRecord();

    void SetUp() override {
        host.current = KioskState::Reading;
        registration =
            std::make_unique<CitizenRegistration>(host, card, finger, registry, settings);
    }
    void readCard() {
        registration->identityRead(record.identity);
        registration->recordRead(record);
    }
    // Card read and checked, face confirmed: the scanner waits for the right index finger.
    void toFingerprint() {
        readCard();
        ASSERT_EQ(host.current, KioskState::Review);
        registration->confirmFace();
        ASSERT_EQ(host.current, KioskState::Fingerprint);
    }
    void toShowingQr() {
        ASSERT_NO_FATAL_FAILURE(toFingerprint());
        registration->fingerCaptured(FakeFinger::sample(true));
        ASSERT_EQ(host.current, KioskState::ShowingQr);
    }
};

}  // namespace

TEST_F(CitizenRegistrationTest, TheCardIsCheckedFromItsTextOnceAndReviewedWhenWhole) {
    registration->identityRead(record.identity);
    EXPECT_EQ(registry.calls, QStringList{QStringLiteral("checkCard")});
    EXPECT_EQ(host.current, KioskState::Reading);  // the photo is still coming
    registration->recordRead(record);
    EXPECT_EQ(registry.calls, QStringList{QStringLiteral("checkCard")});
    EXPECT_EQ(host.current, KioskState::Review);
    EXPECT_EQ(host.kinds(), QList<AuditKind>{AuditKind::CardRead});
}

TEST_F(CitizenRegistrationTest, ACheckOfAReadThatRestartedSaysNothing) {
    registry.later = true;
    registration->identityRead(record.identity);
    registration->readRestarted();
    registry.deliver();
    EXPECT_EQ(host.current, KioskState::Reading);
    EXPECT_FALSE(host.session->checkAnswer.has_value());
    registration->recordRead(record);  // the read again: a check of its own
    EXPECT_EQ(registry.calls.count(QStringLiteral("checkCard")), 2);
    registry.deliver();
    EXPECT_EQ(host.current, KioskState::Review);
}

TEST_F(CitizenRegistrationTest, AnExpiredCardIsBlockedWithoutAskingTheRegistry) {
    card::ThaiIdRecord expired = record;
    expired.identity.expiryDate = card::PartialDate{2020, 1, 1};
    registration->recordRead(expired);
    EXPECT_EQ(host.current, KioskState::Blocked);
    EXPECT_TRUE(registry.calls.isEmpty());
    EXPECT_EQ(host.rows.last(), qMakePair(AuditKind::CardBlocked, QStringLiteral("expired")));
}

TEST_F(CitizenRegistrationTest, AFailedCheckIsRetriedAloneFromTheFaultScreen) {
    registry.onCheckCard = [] {
        return FakeRegistry::R<CardCheck>(RegistryError{RegistryErrorKind::Unreachable, 0, {}, {}});
    };
    readCard();
    EXPECT_EQ(host.current, KioskState::Fault);
    EXPECT_EQ(host.lastFault, FaultKind::Registry);
    EXPECT_EQ(host.faultDetail, QStringLiteral("card_check:registry_unreachable"));
    registry.onCheckCard = [] {
        return FakeRegistry::R<CardCheck>(CardCheck{CardStatus::Latest, {}});
    };
    ASSERT_TRUE(host.retry);
    host.retry();
    EXPECT_EQ(host.current, KioskState::Review);
    EXPECT_EQ(host.kinds().count(AuditKind::CardRead), 1);  // read once, audited once
}

TEST_F(CitizenRegistrationTest, TheLeftIndexFingerFollowsWhenTheRightOneFails) {
    ASSERT_NO_FATAL_FAILURE(toFingerprint());
    QSignalSpy judged(registration.get(), &CitizenRegistration::fingerJudged);
    for (int i = 0; i < settings.maxFingerAttempts; ++i)
        registration->fingerCaptured(FakeFinger::sample(false));
    EXPECT_EQ(judged.count(), settings.maxFingerAttempts);
    EXPECT_EQ(host.session->finger, QStringLiteral("left-index"));
    EXPECT_EQ(host.session->fingerAttempt, 1);
    EXPECT_TRUE(host.kinds().contains(AuditKind::FingerprintOtherFinger));
    registration->fingerCaptured(FakeFinger::sample(true));
    EXPECT_EQ(registry.lastFinger, QStringLiteral("left-index"));
    EXPECT_EQ(registry.lastVerificationId, QStringLiteral("feedfacefeedfacefeedfacefeedface"));
    EXPECT_EQ(host.current, KioskState::ShowingQr);
    EXPECT_TRUE(registry.watching);
}

TEST_F(CitizenRegistrationTest, ASessionThatFailedOnTheWayIsRetriedWithTheSameVerification) {
    ASSERT_NO_FATAL_FAILURE(toFingerprint());
    registry.onCreate = [] {
        return FakeRegistry::R<SessionInfo>(RegistryError{RegistryErrorKind::Timeout, 0, {}, {}});
    };
    registration->fingerCaptured(FakeFinger::sample(true));
    ASSERT_EQ(host.current, KioskState::Fault);
    registry.onCreate = [] {
        return FakeRegistry::R<SessionInfo>(FakeRegistry::rejected("verification_used", 409));
    };
    host.retry();
    EXPECT_EQ(registry.calls.count(QStringLiteral("createSession")), 2);
    EXPECT_EQ(registry.calls.count(QStringLiteral("verifyFinger")), 1);
    ASSERT_EQ(host.current, KioskState::Fault);
    // Refused by the registry: the verification is spent, the finger is asked for again.
    const int captures = finger.captures;
    host.retry();
    EXPECT_EQ(host.current, KioskState::Fingerprint);
    EXPECT_EQ(finger.captures, captures + 1);
}

TEST_F(CitizenRegistrationTest, ThePhoneIsFollowedFromTheCodeToCompletion) {
    ASSERT_NO_FATAL_FAILURE(toShowingQr());
    QSignalSpy refused(registration.get(), &CitizenRegistration::codeRefused);
    registry.move(BindingState::Claimed, 1);
    EXPECT_EQ(host.current, KioskState::EnteringCode);
    EXPECT_TRUE(registry.qrStopped);
    registration->submitCode(QStringLiteral("12345"));  // not six digits: nothing sent
    EXPECT_FALSE(registry.calls.contains(QStringLiteral("confirm")));
    registration->submitCode(QStringLiteral("654321"));
    EXPECT_EQ(refused.count(), 1);
    EXPECT_EQ(host.session->codeAttemptsLeft, 2);
    registration->submitCode(QStringLiteral("123456"));
    EXPECT_EQ(host.current, KioskState::WaitingForPhone);
    registry.move(BindingState::Completed, 3);
    EXPECT_TRUE(host.completedSession);
    EXPECT_FALSE(registry.watching);
    EXPECT_EQ(host.kinds().last(), AuditKind::RegistrationCompleted);
}

// The registry ends a session it could not complete truthfully; the officer reads why, and
// that nothing was bound.
TEST_F(CitizenRegistrationTest, ASessionTheRegistryEndedSaysWhy) {
    const struct {
        std::optional<protocol::ErrorCode> code;
        QString text;
    } cases[] = {
        {protocol::ErrorCode::BindingChanged, WorkflowText::bindingChangedMeanwhile()},
        {protocol::ErrorCode::DeviceKeyInUse, WorkflowText::phoneKeyInUse()},
        {std::nullopt, WorkflowText::cancelledByRegistry()},
    };
    for (const auto& c : cases) {
        host.current = KioskState::Reading;
        host.session = std::make_unique<CitizenSession>(1, 300);
        ASSERT_NO_FATAL_FAILURE(toShowingQr());
        registry.move(BindingState::Claimed, 1);
        registration->submitCode(QStringLiteral("123456"));
        registry.move(BindingState::Cancelled, 4, c.code);
        ASSERT_TRUE(host.ended.has_value());
        EXPECT_EQ(host.ended->reason, SessionOutcome::Reason::Registry);
        EXPECT_EQ(host.endedText, c.text);
        EXPECT_FALSE(host.completedSession);
    }
}

TEST_F(CitizenRegistrationTest, AQrNobodyScansEndsTheSessionOnlyBeforeItIsClaimed) {
    ASSERT_NO_FATAL_FAILURE(toShowingQr());
    registry.move(BindingState::Claimed, 1);
    registration->qrUnscanned();
    EXPECT_FALSE(host.ended.has_value());
    host.session->registry.state = BindingState::Created;
    host.current = KioskState::ShowingQr;
    registration->qrUnscanned();
    ASSERT_TRUE(host.ended.has_value());
    EXPECT_EQ(host.ended->reason, SessionOutcome::Reason::NotScanned);
}

TEST_F(CitizenRegistrationTest, AVerdictForACitizenNoLongerServedChangesNothing) {
    ASSERT_NO_FATAL_FAILURE(toFingerprint());
    registry.later = true;
    registration->fingerCaptured(FakeFinger::sample(true));
    host.session = std::make_unique<CitizenSession>(3, 300);  // the next citizen
    registry.deliver();
    EXPECT_EQ(host.current, KioskState::Fingerprint);
    EXPECT_FALSE(registry.calls.contains(QStringLiteral("createSession")));
}
