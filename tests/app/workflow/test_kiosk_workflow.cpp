// Every transition of the officer's workflow, including every way out, without a window: the
// card, scanner and registry are scripted; the officer store and audit trail are the real
// SQLite ones in a temporary folder.
#include "workflow_fixture.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

TEST_F(Workflow, AnEnrolledOfficerSignsInWithCardAndFinger) {
    EXPECT_EQ(flow->state(), S::SignedOut);
    ASSERT_NO_FATAL_FAILURE(signIn());
    EXPECT_EQ(flow->officerName(), QStringLiteral("Kanya"));
    EXPECT_TRUE(registry.calls.contains(QStringLiteral("signIn")));
    EXPECT_TRUE(auditKinds().contains(QStringLiteral("officer_signed_in")));
}

TEST_F(Workflow, AnUnknownCardOrAWrongFingerDoesNotSignIn) {
    card.insert(sampleRecord());  // a citizen's card, not an officer's
    EXPECT_EQ(flow->state(), S::SignedOut);
    EXPECT_FALSE(flow->message().isEmpty());
    card.remove();
    card.insert(officerRecord());
    finger.answer(false, 3);
    EXPECT_EQ(flow->state(), S::SignedOut);
    EXPECT_EQ(auditKinds().count(QStringLiteral("officer_sign_in_refused")), 2);
}

TEST_F(Workflow, TheOfficersOwnCardMustLeaveBeforeACitizensCardCounts) {
    card.insert(officerRecord());
    finger.answer(true);
    ASSERT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_FALSE(flow->message().isEmpty());  // "remove your card"
    card.remove();
    card.insert(sampleRecord());
    EXPECT_EQ(flow->state(), S::Review);
}

TEST_F(Workflow, AWholeRegistrationEndsCompletedAndWiped) {
    QSignalSpy ended(flow.get(), &KioskWorkflow::sessionEnded);
    ASSERT_NO_FATAL_FAILURE(signIn());
    card.insertOnly();
    EXPECT_EQ(flow->state(), S::Reading);
    Q_EMIT card.identityRead(sampleRecord().identity);
    EXPECT_EQ(flow->citizen().citizenId, QStringLiteral("1101700230708"));  // text before the photo
    Q_EMIT card.photoProgress(300, 600);
    EXPECT_EQ(flow->photoPercent(), 50);
    Q_EMIT card.recordRead(sampleRecord());
    ASSERT_EQ(flow->state(), S::Review);
    EXPECT_FALSE(flow->photo().isEmpty());
    flow->confirmFace();
    ASSERT_EQ(flow->state(), S::Fingerprint);
    finger.answer(true, 1);
    ASSERT_EQ(flow->state(), S::ShowingQr);
    // The session names the registry's own verification, never a verdict of the kiosk's.
    EXPECT_EQ(registry.lastVerificationId, QStringLiteral("feedfacefeedfacefeedfacefeedface"));
    EXPECT_EQ(registry.calls.count(QStringLiteral("verifyFinger")), 1);
    EXPECT_EQ(registry.lastToken, FakeRegistry::token());
    EXPECT_TRUE(registry.watching);
    registry.frame(QStringLiteral("KQ1:FRAME"));
    EXPECT_EQ(flow->qrText(), QStringLiteral("KQ1:FRAME"));
    registry.move(BindingState::Claimed, 1);
    ASSERT_EQ(flow->state(), S::EnteringCode);
    EXPECT_TRUE(registry.qrStopped);
    EXPECT_TRUE(flow->qrText().isEmpty());
    flow->submitCode(QStringLiteral("123456"));
    ASSERT_EQ(flow->state(), S::WaitingForPhone);
    registry.move(BindingState::Bound, 3);
    EXPECT_EQ(flow->state(), S::WaitingForPhone);
    registry.move(BindingState::Completed, 4);
    ASSERT_EQ(flow->state(), S::Completed);
    expectWiped();
    EXPECT_FALSE(registry.watching);
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended.first().value(0).value<SessionOutcome>(), SessionOutcome::completed());
    card.remove();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_TRUE(registry.cancels.isEmpty());
    const QStringList kinds = auditKinds();
    for (const char* k : {"card_read", "face_confirmed", "fingerprint_verified", "session_created",
                          "session_claimed", "code_confirmed", "registration_completed"})
        EXPECT_TRUE(kinds.contains(QLatin1String(k))) << k;
    // The audit holds the citizen only as an HMAC.
    for (const AuditEntry& e : trail->after(0)) {
        EXPECT_FALSE(e.detail.contains(QStringLiteral("1101700230708")));
        EXPECT_FALSE(e.citizenHmac.contains(QStringLiteral("1101700230708")));
    }
}

TEST_F(Workflow, ExpiredInvalidAndOldCardsAreBlockedWithTheReason) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    card.insert(expiredRecord());
    EXPECT_EQ(flow->state(), S::Blocked);
    EXPECT_FALSE(flow->message().isEmpty());
    card.remove();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    expectWiped();

    card::ThaiIdRecord invalid = sampleRecord();
    invalid.issues.append({QStringLiteral("invalid_citizen_id"), true});
    card.insert(invalid);
    EXPECT_EQ(flow->state(), S::Blocked);
    card.remove();

    registry.onCheckCard = [] {
        return FakeRegistry::R<CardCheck>(CardCheck{CardStatus::Superseded, {}});
    };
    card.insert(sampleRecord());
    EXPECT_EQ(flow->state(), S::Blocked);
    EXPECT_EQ(auditKinds().count(QStringLiteral("card_blocked")), 3);
    flow->cancel();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
}

TEST_F(Workflow, MessagesReadInTheLanguageChosenAfterThem) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    card.insert(expiredRecord());
    ASSERT_EQ(flow->state(), S::Blocked);
    const QString english = flow->message();
    ASSERT_TRUE(english.contains(QStringLiteral("expired")));

    // F2 after the message was made: the same message, now in Thai.
    QTranslator thai;
    ASSERT_TRUE(thai.load(QStringLiteral(":/i18n/thaid_th.qm")));
    QCoreApplication::installTranslator(&thai);
    const QString translated = flow->message();
    QCoreApplication::removeTranslator(&thai);
    EXPECT_NE(translated, english);
    EXPECT_TRUE(translated.contains(QStringLiteral("หมดอายุ"))) << translated.toStdString();
    EXPECT_EQ(flow->message(), english);
}

TEST_F(Workflow, ThreeFailedAttemptsOnEachIndexFingerReferTheCitizen) {
    ASSERT_NO_FATAL_FAILURE(toReview());
    const int before = finger.captures;  // the officer's, at sign-in
    flow->confirmFace();
    EXPECT_EQ(finger.captures, before + 1);
    EXPECT_EQ(flow->finger(), QStringLiteral("right-index"));
    finger.place(false);
    EXPECT_EQ(flow->fingerAttempt(), 2);
    EXPECT_EQ(finger.captures, before + 2);  // the registry said no: the finger again
    EXPECT_FALSE(flow->fingerGuidance().isEmpty());
    // What the scanner saw stays on screen until the next capture.
    EXPECT_TRUE(flow->lastScan().isValid());
    finger.place(false);
    finger.place(false);
    // The right index finger has spent its attempts: the left one, with attempts of its own.
    ASSERT_EQ(flow->state(), S::Fingerprint);
    EXPECT_EQ(flow->finger(), QStringLiteral("left-index"));
    EXPECT_EQ(flow->fingerAttempt(), 1);
    EXPECT_TRUE(flow->fingerGuidance().contains(QStringLiteral("LEFT")));
    EXPECT_EQ(auditKinds().count(QStringLiteral("fingerprint_other_finger")), 1);
    finger.place(false);
    EXPECT_EQ(registry.lastFinger, QStringLiteral("left-index"));
    finger.place(false);
    finger.place(false);
    EXPECT_EQ(flow->state(), S::FingerprintRefer);
    EXPECT_EQ(registry.calls.count(QStringLiteral("verifyFinger")), 6);
    EXPECT_FALSE(flow->message().isEmpty());
    EXPECT_FALSE(registry.calls.contains(QStringLiteral("createSession")));
    flow->cancel();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    expectWiped();
}

TEST_F(Workflow, TheAttemptLimitComesFromTheSettings) {
    WorkflowSettings five;
    five.maxFingerAttempts = 5;
    makeFlow(five);
    card.insert(officerRecord());
    finger.answer(true, 5);  // the officer's finger: four misses are still allowed
    ASSERT_EQ(flow->state(), S::WaitingForCard);
    card.remove();
    card.insert(sampleRecord());
    flow->confirmFace();
    ASSERT_EQ(flow->state(), S::Fingerprint);
    finger.answer(false, 4);  // the citizen's: four misses, one more try
    EXPECT_EQ(flow->state(), S::Fingerprint);
    EXPECT_EQ(flow->fingerAttempt(), 5);
    finger.place(false);
    EXPECT_EQ(flow->finger(), QStringLiteral("left-index"));
    finger.answer(false, 5);
    EXPECT_EQ(flow->state(), S::FingerprintRefer);
    EXPECT_EQ(flow->settings().maxFingerAttempts, 5);
}

TEST_F(Workflow, TheSecondIndexFingerCanVerifyTheCitizen) {
    ASSERT_NO_FATAL_FAILURE(toReview());
    flow->confirmFace();
    finger.answer(false, 3);
    ASSERT_EQ(flow->finger(), QStringLiteral("left-index"));
    finger.place(true);
    EXPECT_EQ(flow->state(), S::ShowingQr);
    EXPECT_EQ(registry.lastFinger, QStringLiteral("left-index"));
    const QStringList kinds = auditKinds();
    EXPECT_EQ(kinds.count(QStringLiteral("fingerprint_attempt_failed")), 3);
    EXPECT_EQ(kinds.count(QStringLiteral("fingerprint_verified")), 1);
    // The captured image is the citizen's: gone with the session.
    card.remove();
    EXPECT_FALSE(flow->lastScan().isValid());
    EXPECT_EQ(flow->scanVersion(), 0);
}

TEST_F(Workflow, RemovingTheCardAtAnyStepEndsTheSessionAtTheRegistry) {
    const std::vector<std::pair<const char*, std::function<void(Workflow&)>>> steps{
        {"review", [](Workflow& w) { ASSERT_NO_FATAL_FAILURE(w.toReview()); }},
        {"fingerprint",
         [](Workflow& w) {
             ASSERT_NO_FATAL_FAILURE(w.toReview());
             w.flow->confirmFace();
         }},
        {"qr", [](Workflow& w) { ASSERT_NO_FATAL_FAILURE(w.toQr()); }},
        {"code", [](Workflow& w) { ASSERT_NO_FATAL_FAILURE(w.toCode()); }},
        {"phone", [](Workflow& w) { ASSERT_NO_FATAL_FAILURE(w.toPhone()); }},
    };
    for (const auto& [name, reach] : steps) {
        SCOPED_TRACE(name);
        registry.cancels.clear();
        flow->signOut();
        card.present = false;
        ASSERT_NO_FATAL_FAILURE(reach(*this));
        const bool hadSession = flow->state() == S::ShowingQr || flow->state() == S::EnteringCode ||
                                flow->state() == S::WaitingForPhone;
        card.remove();
        EXPECT_EQ(flow->state(), S::WaitingForCard);
        expectWiped();
        EXPECT_EQ(registry.cancels.size(), hadSession ? 1 : 0);
        if (hadSession) {
            EXPECT_TRUE(registry.cancels.first().endsWith(QStringLiteral(":card_removed")));
        }
        EXPECT_EQ(trail->after(trail->lastSeq() - 1).first().kind, QStringLiteral("session_ended"));
    }
}

TEST_F(Workflow, EscEndsTheSessionFromEveryStep) {
    ASSERT_NO_FATAL_FAILURE(toPhone());
    flow->cancel();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_EQ(registry.cancels,
              QStringList{QStringLiteral("0123456789abcdef0123456789abcdef:officer_cancelled")});
    EXPECT_FALSE(flow->message().isEmpty());  // "remove the card"
    expectWiped();
    card.remove();
    card.insert(sampleRecord());
    flow->confirmFace();
    flow->cancel();
    EXPECT_EQ(finger.cancels, 1);
    EXPECT_EQ(flow->state(), S::WaitingForCard);
}

TEST_F(Workflow, RegistryVerdictsEndTheSessionWithTheirOwnMessage) {
    QStringList messages;
    for (BindingState verdict : {BindingState::Cancelled, BindingState::Conflict,
                                 BindingState::Expired, BindingState::Rejected}) {
        flow->signOut();
        card.present = false;
        ASSERT_NO_FATAL_FAILURE(toCode());
        registry.cancels.clear();
        registry.move(verdict, 5);
        EXPECT_EQ(flow->state(), S::WaitingForCard);
        EXPECT_TRUE(registry.cancels.isEmpty());  // already final at the registry
        expectWiped();
        messages << flow->message();
    }
    EXPECT_EQ(QSet<QString>(messages.begin(), messages.end()).size(), 4);
}

TEST_F(Workflow, AWrongCodeSaysHowManyTriesAreLeft) {
    ASSERT_NO_FATAL_FAILURE(toCode());
    flow->submitCode(QStringLiteral("12345"));
    EXPECT_EQ(flow->state(), S::EnteringCode);
    EXPECT_FALSE(registry.calls.contains(QStringLiteral("confirm")));  // not even sent
    flow->submitCode(QStringLiteral("000000"));
    EXPECT_EQ(flow->state(), S::EnteringCode);
    EXPECT_EQ(flow->codeAttemptsLeft(), 2);
    EXPECT_TRUE(flow->message().contains(QLatin1Char('2')));
    flow->submitCode(QStringLiteral("123456"));
    EXPECT_EQ(flow->state(), S::WaitingForPhone);
}

TEST_F(Workflow, FaultsHaveAWayBackWithoutRestarting) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    // pcscd goes away and comes back.
    Q_EMIT card.serviceAvailable(false);
    EXPECT_EQ(flow->state(), S::Fault);
    EXPECT_EQ(flow->faultKind(), FaultKind::CardService);
    Q_EMIT card.serviceAvailable(true);
    EXPECT_EQ(flow->state(), S::WaitingForCard);

    // The reader is unplugged, then plugged back.
    Q_EMIT card.readerAvailable(false);
    EXPECT_EQ(flow->faultKind(), FaultKind::CardReader);
    flow->retry();
    EXPECT_EQ(flow->state(), S::Fault);  // nothing to retry without a reader
    Q_EMIT card.readerAvailable(true);
    EXPECT_EQ(flow->state(), S::WaitingForCard);

    // A bad read: retry puts the kiosk back to waiting.
    card.insertOnly();
    Q_EMIT card.readFailed({card::CardErrorCode::CommunicationError, QStringLiteral("x")});
    EXPECT_EQ(flow->faultKind(), FaultKind::CardRead);
    flow->retry();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    card.remove();

    // The registry is down during the card check, then back.
    registry.onCheckCard = [] {
        return FakeRegistry::R<CardCheck>(RegistryError{RegistryErrorKind::Unreachable, 0, {}, {}});
    };
    card.insert(sampleRecord());
    EXPECT_EQ(flow->faultKind(), FaultKind::Registry);
    EXPECT_FALSE(flow->message().isEmpty());
    registry.onCheckCard = [] {
        return FakeRegistry::R<CardCheck>(CardCheck{CardStatus::Latest, {}});
    };
    flow->retry();
    EXPECT_EQ(flow->state(), S::Review);

    // The scanner is unplugged mid-capture, then plugged back.
    const int before = finger.captures;
    flow->confirmFace();
    finger.fail(fingerprint::FingerprintErrorCode::Unplugged);
    EXPECT_EQ(flow->faultKind(), FaultKind::Scanner);
    flow->retry();
    EXPECT_EQ(flow->state(), S::Fingerprint);
    EXPECT_EQ(finger.captures, before + 2);  // captured again after the retry
    finger.answer(true);
    EXPECT_EQ(flow->state(), S::ShowingQr);

    // Session creation fails at first.
    flow->cancel();
    card.remove();
    registry.onCreate = [] {
        return FakeRegistry::R<SessionInfo>(
            RegistryError{RegistryErrorKind::ServerError, 500, {}, {}});
    };
    card.insert(sampleRecord());
    flow->confirmFace();
    finger.answer(true);
    EXPECT_EQ(flow->faultKind(), FaultKind::Registry);
    EXPECT_GE(auditKinds().count(QStringLiteral("fault")), 4);
    flow->cancel();  // Esc from a fault with a citizen ends the session
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    expectWiped();
}

TEST_F(Workflow, AnIdleKioskLocksItself) {
    WorkflowSettings quick;
    quick.idleLockSeconds = 1;
    makeFlow(quick);
    ASSERT_NO_FATAL_FAILURE(signIn());
    QSignalSpy state(flow.get(), &KioskWorkflow::stateChanged);
    ASSERT_TRUE(state.wait(3000));
    EXPECT_EQ(flow->state(), S::SignedOut);
    EXPECT_TRUE(auditKinds().contains(QStringLiteral("idle_lock")));
}

TEST_F(Workflow, AQrNobodyScansEndsAfterTheConfiguredTime) {
    WorkflowSettings quick;
    quick.qrSeconds = 1;
    makeFlow(quick);
    ASSERT_NO_FATAL_FAILURE(toQr());
    QSignalSpy ended(flow.get(), &KioskWorkflow::sessionEnded);
    ASSERT_TRUE(ended.wait(3000));
    EXPECT_EQ(ended.first().first().value<SessionOutcome>().id(),
              QStringLiteral("expired:not_scanned"));
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_EQ(registry.cancels.size(), 1);
    EXPECT_TRUE(registry.cancels.first().endsWith(QStringLiteral(":not_scanned")));
    EXPECT_TRUE(flow->message().contains(QStringLiteral("1 second")));
    expectWiped();

    // A scanned code is not cut short.
    card.remove();
    card.insert(sampleRecord());
    flow->confirmFace();
    finger.answer(true, 1);
    ASSERT_EQ(flow->state(), S::ShowingQr);
    registry.move(BindingState::Claimed, 1);
    ASSERT_EQ(flow->state(), S::EnteringCode);
    EXPECT_FALSE(ended.wait(1500));
    EXPECT_EQ(flow->state(), S::EnteringCode);
}

TEST_F(Workflow, AnActiveRegistrationIsNeverLockedAway) {
    WorkflowSettings quick;
    quick.idleLockSeconds = 1;
    makeFlow(quick);
    ASSERT_NO_FATAL_FAILURE(toReview());
    QTest::qWait(1500);
    EXPECT_EQ(flow->state(), S::Review);
}

TEST_F(Workflow, MaintenanceIsForASignedInOfficerBetweenCitizens) {
    flow->openMaintenance();
    EXPECT_EQ(flow->state(), S::SignedOut);
    EXPECT_FALSE(flow->message().isEmpty());
    ASSERT_NO_FATAL_FAILURE(signIn());
    flow->openMaintenance();
    EXPECT_EQ(flow->state(), S::Maintenance);
    EXPECT_TRUE(auditKinds().contains(QStringLiteral("maintenance_opened")));
    flow->cancel();  // Esc
    EXPECT_EQ(flow->state(), S::WaitingForCard);

    card.insert(sampleRecord());
    flow->openMaintenance();  // not in the middle of a citizen
    EXPECT_EQ(flow->state(), S::Review);
    flow->cancel();
    card.remove();

    flow->openMaintenance();
    card.insert(sampleRecord());  // a citizen's card takes the kiosk back to work
    EXPECT_EQ(flow->state(), S::Review);
}
