// The officer's sign-in as a use case of its own: their enrolled card, their finger decided by
// the registry, the token, and sign-out, over scripted ports with the real officer store and
// audit trail.
#include "sim/demo_pki/demo_pki.h"
#include "support/card_fixtures.h"
#include "support/fake_ports.h"
#include "workflow/officer_sign_in.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

class OfficerSignInTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    FakeFinger finger;
    FakeRegistry registry;
    std::unique_ptr<OfficerStore> officers;
    std::unique_ptr<AuditTrail> trail;
    std::unique_ptr<OfficerSignIn> signIn;
    const card::ThaiIdRecord card = officerRecord();

    void SetUp() override {
        officers = std::move(OfficerStore::open(dir.filePath(QStringLiteral("officers.db")),
                                                dir.filePath(QStringLiteral("print.key")), true))
                       .value();
        ASSERT_TRUE(officers
                        ->enroll({card.identity.citizenId,
                                  card.identity.requestNumber,
                                  QStringLiteral("Kanya"),
                                  QStringLiteral("right-index"),
                                  {}},
                                 QByteArray("OFFICER-TEMPLATE"))
                        .ok());
        const auto ca = sim::DemoPki::createCa(QStringLiteral("CA"), 30).value();
        const auto station = ca.issueStation(10501, 30).value();
        trail =
            std::move(AuditTrail::open(dir.filePath(QStringLiteral("audit.db")),
                                       StationSigner::fromPrivatePem(station.privateKey).value(),
                                       QByteArray(32, '\x07')))
                .value();
        signIn = std::make_unique<OfficerSignIn>(finger, registry, *officers, *trail, 3, 30);
    }
    QStringList kinds() const {
        QStringList out;
        for (const AuditEntry& e : trail->after(0))
            out << e.kind;
        return out;
    }
};

}  // namespace

TEST_F(OfficerSignInTest, AnEnrolledCardAndAMatchingFingerGiveTheRegistrysToken) {
    QSignalSpy succeeded(signIn.get(), &OfficerSignIn::succeeded);
    ASSERT_EQ(signIn->begin(card), OfficerSignIn::Begin::FingerRequested);
    EXPECT_EQ(finger.captures, 1);
    EXPECT_EQ(signIn->officerName(), QStringLiteral("Kanya"));
    signIn->fingerCaptured(FakeFinger::sample(true));
    EXPECT_EQ(succeeded.count(), 1);
    EXPECT_TRUE(signIn->isSignedIn());
    EXPECT_EQ(signIn->token(), FakeRegistry::token());
    EXPECT_EQ(registry.calls, QStringList{QStringLiteral("signIn")});
    EXPECT_EQ(kinds(), QStringList{QStringLiteral("officer_signed_in")});
}

TEST_F(OfficerSignInTest, ACardNotEnrolledHereAsksForNoFinger) {
    card::ThaiIdRecord replaced = card;
    replaced.identity.requestNumber = QStringLiteral("1017-01-00999999");  // a newer card
    EXPECT_EQ(signIn->begin(replaced), OfficerSignIn::Begin::NotEnrolled);
    EXPECT_EQ(finger.captures, 0);
    EXPECT_FALSE(signIn->isSignedIn());
    EXPECT_EQ(kinds(), QStringList{QStringLiteral("officer_sign_in_refused")});
}

TEST_F(OfficerSignInTest, EachFailedAttemptAsksAgainUntilTheLimitRefuses) {
    QSignalSpy refused(signIn.get(), &OfficerSignIn::refused);
    QSignalSpy judged(signIn.get(), &OfficerSignIn::fingerJudged);
    ASSERT_EQ(signIn->begin(card), OfficerSignIn::Begin::FingerRequested);
    signIn->fingerCaptured(FakeFinger::sample(false));
    signIn->fingerCaptured(FakeFinger::sample(false));
    EXPECT_EQ(refused.count(), 0);
    EXPECT_EQ(finger.captures, 3);
    signIn->fingerCaptured(FakeFinger::sample(false));
    EXPECT_EQ(refused.count(), 1);
    EXPECT_EQ(judged.count(), 3);
    EXPECT_FALSE(signIn->isSignedIn());
    EXPECT_TRUE(signIn->officerName().isEmpty());
    EXPECT_EQ(kinds().count(QStringLiteral("fingerprint_attempt_failed")), 2);
    EXPECT_EQ(kinds().last(), QStringLiteral("officer_sign_in_refused"));
}

TEST_F(OfficerSignInTest, AnAnswerAfterTheSignInWasAbandonedSignsNobodyIn) {
    registry.later = true;
    QSignalSpy succeeded(signIn.get(), &OfficerSignIn::succeeded);
    ASSERT_EQ(signIn->begin(card), OfficerSignIn::Begin::FingerRequested);
    signIn->fingerCaptured(FakeFinger::sample(true));
    signIn->abandon();  // the officer took the card out
    registry.deliver();
    EXPECT_EQ(succeeded.count(), 0);
    EXPECT_FALSE(signIn->isSignedIn());
}

TEST_F(OfficerSignInTest, SigningOutEndsTheTokenAtTheRegistry) {
    ASSERT_EQ(signIn->begin(card), OfficerSignIn::Begin::FingerRequested);
    signIn->fingerCaptured(FakeFinger::sample(true));
    ASSERT_TRUE(signIn->isSignedIn());
    signIn->signOut();
    EXPECT_EQ(registry.signedOut, QStringList{FakeRegistry::token()});
    EXPECT_FALSE(signIn->isSignedIn());
    EXPECT_TRUE(signIn->officerName().isEmpty());
    EXPECT_EQ(kinds().last(), QStringLiteral("officer_sign_out"));
}
