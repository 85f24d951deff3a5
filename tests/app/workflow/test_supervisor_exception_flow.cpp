// The supervisor's exception as a use case of its own, over a scripted host: it moves the state,
// speaks, audits and hands on the registry's grant only through CitizenHost.
#include "scripted_citizen_host.h"
#include "support/card_fixtures.h"
#include "support/fake_ports.h"
#include "workflow/supervisor_exception_flow.h"

#include <QTemporaryDir>

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

class SupervisorExceptionFlowTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    ScriptedCitizenHost host;
    FakeCard card;
    FakeFinger finger;
    FakeRegistry registry;
    std::unique_ptr<OfficerStore> officers;
    int fingerprintSeconds = 30;
    std::unique_ptr<SupervisorExceptionFlow> flow;
    const card::ThaiIdRecord supervisorCard = personCard("1101700666026", "1017-01-00666026");

    void SetUp() override {
        officers = std::move(OfficerStore::open(dir.filePath(QStringLiteral("officers.db")),
                                                dir.filePath(QStringLiteral("print.key")), true))
                       .value();
        ASSERT_TRUE(officers
                        ->enroll({supervisorCard.identity.citizenId,
                                  supervisorCard.identity.requestNumber,
                                  QStringLiteral("Thanaphon"),
                                  QStringLiteral("right-index"),
                                  {},
                                  QStringLiteral("supervisor")},
                                 QByteArray("SUPERVISOR-TEMPLATE"))
                        .ok());
        host.session->identity = sampleRecord().identity;
        flow = std::make_unique<SupervisorExceptionFlow>(host, card, finger, registry, *officers,
                                                         fingerprintSeconds);
    }
    SignOffStep step() const { return host.session->signOffStep; }
    // Asked, reason 1, the citizen's card already out, the supervisor's card read.
    void toSupervisorFinger() {
        flow->ask();
        flow->chooseReason(1);
        ASSERT_EQ(step(), SignOffStep::InsertSupervisorCard);
        card.present = true;
        flow->cardInserted();
        flow->recordRead(supervisorCard);
        ASSERT_EQ(step(), SignOffStep::SupervisorFinger);
    }
};

}  // namespace

TEST_F(SupervisorExceptionFlowTest, AGrantGoesOnThroughTheHostOnlyForTheSameCitizensCard) {
    ASSERT_NO_FATAL_FAILURE(toSupervisorFinger());
    EXPECT_EQ(host.current, KioskState::SupervisorSignOff);
    EXPECT_EQ(finger.captures, 1);
    flow->fingerCaptured(FakeFinger::sample(true));
    EXPECT_EQ(step(), SignOffStep::SupervisorCardOut);
    ASSERT_EQ(host.rows.size(), 1);
    EXPECT_EQ(host.rows.first().first, AuditKind::SupervisorException);
    EXPECT_TRUE(host.rows.first().second.contains(QStringLiteral("supervisor=h:1101700666026")));

    flow->cardRemoved();
    EXPECT_EQ(step(), SignOffStep::InsertCitizenCard);
    flow->cardInserted();
    flow->recordRead(personCard("3100400123456", "1017-01-00777777"));  // someone else's card
    EXPECT_EQ(step(), SignOffStep::TakeCardOut);
    EXPECT_TRUE(host.grantedWith.isEmpty());
    flow->cardRemoved();
    flow->cardInserted();
    flow->recordRead(sampleRecord());
    EXPECT_EQ(host.grantedWith, QStringLiteral("5eed5eed5eed5eed5eed5eed5eed5eed"));
}

TEST_F(SupervisorExceptionFlowTest, AFingerTheRegistryRefusesIsAskedForAgain) {
    ASSERT_NO_FATAL_FAILURE(toSupervisorFinger());
    flow->fingerCaptured(FakeFinger::sample(false));
    EXPECT_EQ(step(), SignOffStep::SupervisorFinger);
    EXPECT_EQ(finger.captures, 2);
    EXPECT_EQ(host.rows.value(0).first, AuditKind::SupervisorExceptionRefused);
    EXPECT_EQ(host.current, KioskState::SupervisorSignOff);
}

TEST_F(SupervisorExceptionFlowTest, TheDailyLimitRefersTheCitizen) {
    registry.onException = [](const ExceptionRequest&) {
        return Result<ExceptionGrant, RegistryError>(RegistryError{
            RegistryErrorKind::Rejected, 429, QStringLiteral("exception_limit_reached"), {}});
    };
    ASSERT_NO_FATAL_FAILURE(toSupervisorFinger());
    flow->fingerCaptured(FakeFinger::sample(true));
    EXPECT_EQ(host.current, KioskState::Blocked);
    EXPECT_TRUE(host.grantedWith.isEmpty());
}

TEST_F(SupervisorExceptionFlowTest, AnAnswerForAnotherCitizenChangesNothing) {
    registry.later = true;
    ASSERT_NO_FATAL_FAILURE(toSupervisorFinger());
    flow->fingerCaptured(FakeFinger::sample(true));
    ASSERT_EQ(step(), SignOffStep::Checking);
    host.session = std::make_unique<CitizenSession>(3, 300);  // the next citizen
    registry.deliver();
    EXPECT_TRUE(host.rows.isEmpty());
    EXPECT_EQ(host.session->signOffStep, SignOffStep::None);
}

TEST_F(SupervisorExceptionFlowTest, TheServingOfficerCannotSignOff) {
    flow->ask();
    flow->chooseReason(2);
    flow->cardInserted();
    flow->recordRead(personCard("1101700230708", "1017-01-00555018"));  // host.officerCid()
    EXPECT_EQ(step(), SignOffStep::TakeCardOut);
    EXPECT_EQ(host.rows.value(0).first, AuditKind::SupervisorExceptionRefused);
    EXPECT_EQ(finger.captures, 0);
}
