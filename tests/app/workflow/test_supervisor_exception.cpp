// A supervisor's exception through the workflow: after both index fingers, or at once when the
// citizen has no usable finger, a reason from the list, the citizen's card out, a supervisor's
// own card and finger (never the serving officer's, never an officer without the role), the
// registry's grant, and the same citizen's card back before any QR.
#include "workflow_fixture.h"

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

card::ThaiIdRecord personCard(const char* cid, const char* requestNumber) {
    card::ThaiIdRecord r = officerRecord();
    r.identity.citizenId = QLatin1String(cid);
    r.identity.requestNumber = QLatin1String(requestNumber);
    return r;
}

const card::ThaiIdRecord kSupervisorCard = personCard("1101700666026", "1017-01-00666026");
const card::ThaiIdRecord kClerkCard = personCard("3100400123456", "1017-01-00777777");

}  // namespace

class SupervisorException : public Workflow {
protected:
    void SetUp() override {
        Workflow::SetUp();
        Officer supervisor{kSupervisorCard.identity.citizenId,
                           kSupervisorCard.identity.requestNumber,
                           QStringLiteral("Thanaphon"),
                           QStringLiteral("right-index"),
                           {},
                           QStringLiteral("supervisor")};
        ASSERT_TRUE(officers->enroll(supervisor, QByteArray("SUPERVISOR-TEMPLATE")).ok());
        Officer clerk{kClerkCard.identity.citizenId,
                      kClerkCard.identity.requestNumber,
                      QStringLiteral("Somsak"),
                      QStringLiteral("right-index"),
                      {}};
        ASSERT_TRUE(officers->enroll(clerk, QByteArray("CLERK-TEMPLATE")).ok());
    }
    // Both index fingers spent: the citizen is referred.
    void toRefer() {
        ASSERT_NO_FATAL_FAILURE(toReview());
        flow->confirmFace();
        finger.answer(false, 6);
        ASSERT_EQ(flow->state(), S::FingerprintRefer);
    }
    // The refused card leaves again.
    void expectRefused(const card::ThaiIdRecord& refused) {
        card.insert(refused);
        EXPECT_EQ(flow->signOffStep(), SignOffStep::TakeCardOut);
        EXPECT_FALSE(flow->message().isEmpty());
        card.remove();
        EXPECT_EQ(flow->signOffStep(), SignOffStep::InsertSupervisorCard);
    }
};

TEST_F(SupervisorException, SignsOffWithTheirOwnCardAndFingerThenTheCitizensCardComesBack) {
    ASSERT_NO_FATAL_FAILURE(toRefer());
    flow->askException();
    ASSERT_EQ(flow->state(), S::ExceptionReason);
    flow->chooseExceptionReason(5);  // not on the list
    EXPECT_EQ(flow->state(), S::ExceptionReason);
    flow->chooseExceptionReason(1);
    ASSERT_EQ(flow->state(), S::SupervisorSignOff);
    EXPECT_EQ(flow->exceptionReason(), QStringLiteral("fingers_worn"));
    EXPECT_EQ(flow->signOffStep(), SignOffStep::TakeCardOut);

    // The citizen's card leaves: the session stays, waiting for the supervisor's card.
    card.remove();
    EXPECT_TRUE(flow->servingCitizen());
    EXPECT_EQ(flow->signOffStep(), SignOffStep::InsertSupervisorCard);
    expectRefused(officerRecord());  // the officer serving the citizen
    expectRefused(kClerkCard);       // enrolled, without the supervisor role
    expectRefused(sampleRecord());   // the citizen's own card
    EXPECT_FALSE(registry.calls.contains(QStringLiteral("requestException")));

    card.insert(kSupervisorCard);
    ASSERT_EQ(flow->signOffStep(), SignOffStep::SupervisorFinger);
    finger.place(false);  // the registry: not the supervisor's finger, tries left
    EXPECT_EQ(flow->signOffStep(), SignOffStep::SupervisorFinger);
    finger.place(true);
    EXPECT_EQ(registry.lastException.reason, QStringLiteral("fingers_worn"));
    EXPECT_EQ(registry.lastException.supervisorCid, kSupervisorCard.identity.citizenId);
    EXPECT_EQ(registry.lastException.supervisorCardRequestNumber,
              kSupervisorCard.identity.requestNumber);
    ASSERT_EQ(flow->signOffStep(), SignOffStep::SupervisorCardOut);
    card.remove();
    EXPECT_EQ(flow->signOffStep(), SignOffStep::InsertCitizenCard);

    // Only the card that was checked opens the session.
    card.insert(personCard("3700100001236", "3701-01-00001234"));
    EXPECT_EQ(flow->signOffStep(), SignOffStep::TakeCardOut);
    EXPECT_FALSE(registry.calls.contains(QStringLiteral("createSession")));
    card.remove();
    card.insert(sampleRecord());
    EXPECT_EQ(flow->state(), S::ShowingQr);
    EXPECT_EQ(registry.lastVerificationId, QStringLiteral("5eed5eed5eed5eed5eed5eed5eed5eed"));

    const QStringList kinds = auditKinds();
    EXPECT_EQ(kinds.count(QStringLiteral("supervisor_exception")), 1);
    EXPECT_EQ(kinds.count(QStringLiteral("supervisor_exception_refused")), 4);
}

TEST_F(SupervisorException, NoUsableFingerGoesStraightToTheExceptionAndEscStopsIt) {
    ASSERT_NO_FATAL_FAILURE(toReview());
    flow->confirmFace();
    ASSERT_EQ(flow->state(), S::Fingerprint);
    const int cancels = finger.cancels;
    flow->askException();
    EXPECT_EQ(flow->state(), S::ExceptionReason);
    EXPECT_EQ(finger.cancels, cancels + 1);  // the citizen's capture stops
    flow->chooseExceptionReason(2);
    EXPECT_EQ(flow->exceptionReason(), QStringLiteral("fingers_missing"));
    card.remove();
    card.insert(kSupervisorCard);
    flow->cancel();
    EXPECT_EQ(flow->state(), S::WaitingForCard);
    EXPECT_FALSE(flow->servingCitizen());
    expectWiped();
}

TEST_F(SupervisorException, TheStationsDailyLimitReferTheCitizen) {
    registry.onException = [](const ExceptionRequest&) {
        return FakeRegistry::R<ExceptionGrant>(RegistryError{
            RegistryErrorKind::Rejected, 429, QStringLiteral("exception_limit_reached"), {}});
    };
    ASSERT_NO_FATAL_FAILURE(toRefer());
    flow->askException();
    flow->chooseExceptionReason(3);
    card.remove();
    card.insert(kSupervisorCard);
    finger.place(true);
    EXPECT_EQ(flow->state(), S::Blocked);
    EXPECT_TRUE(flow->message().contains(QStringLiteral("exceptions")));
    EXPECT_FALSE(registry.calls.contains(QStringLiteral("createSession")));
    card.remove();  // the supervisor takes their card: the session ends
    EXPECT_FALSE(flow->servingCitizen());
}

// Faults during the sign-off: the supervisor's card taken out before the registry answers, and a
// registry that cannot be reached, each lead back to a step that works, without ending the
// citizen's session.
TEST_F(SupervisorException, AFaultDuringTheSignOffGoesBackAStep) {
    ASSERT_NO_FATAL_FAILURE(toRefer());
    flow->askException();
    flow->chooseExceptionReason(1);
    card.remove();
    card.insert(kSupervisorCard);
    ASSERT_EQ(flow->signOffStep(), SignOffStep::SupervisorFinger);
    const int cancels = finger.cancels;
    card.remove();  // before the finger
    EXPECT_EQ(flow->signOffStep(), SignOffStep::InsertSupervisorCard);
    EXPECT_EQ(finger.cancels, cancels + 1);
    EXPECT_FALSE(flow->message().isEmpty());
    EXPECT_TRUE(flow->servingCitizen());

    registry.onException = [](const ExceptionRequest&) {
        return FakeRegistry::R<ExceptionGrant>(
            RegistryError{RegistryErrorKind::Unreachable, 0, QStringLiteral("unreachable"), {}});
    };
    card.insert(kSupervisorCard);
    const int captures = finger.captures;
    finger.place(true);
    EXPECT_EQ(flow->signOffStep(), SignOffStep::SupervisorFinger);  // the finger again
    EXPECT_EQ(finger.captures, captures + 1);
    EXPECT_FALSE(flow->message().isEmpty());
    EXPECT_TRUE(auditKinds().contains(QStringLiteral("supervisor_exception_refused")));
}
