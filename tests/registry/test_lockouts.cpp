// Who failed fingers count against (docs/protocol.md, "Lock-outs"): an officer only from the
// station where they are signed in, a citizen only with their own card. A thief of printed card
// data can lock out the counter they stand at, never the officer everywhere or the citizen.
#include "registry_fixture.h"

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

constexpr int kTries = registry::FingerVerdicts::kMaxFailures;

Result<OfficerSession, RegistryError> signIn(RegistryClient& kiosk, const QByteArray& print) {
    return await<OfficerSession>([&](auto done) {
        kiosk.send(protocol::OfficerSignInRequest{RegistryFixture::kOfficerCid,
                                                  RegistryFixture::kOfficerCard,
                                                  wireFinger(RegistryFixture::finger(print))},
                   &kiosk, done);
    });
}

Result<FingerMatch, RegistryError> verify(RegistryClient& kiosk, const QString& token,
                                          const QString& requestNumber, const QByteArray& print) {
    return await<FingerMatch>([&](auto done) {
        kiosk.send(protocol::VerificationRequest{RegistryFixture::kCid, requestNumber, token,
                                                 wireFinger(RegistryFixture::finger(print))},
                   &kiosk, done);
    });
}

}  // namespace

TEST(Lockouts, PrintedOfficerCardDataAtAnotherCounterLocksOnlyThatCounter) {
    RegistryFixture registry;
    auto home = registry.kiosk();
    auto elsewhere = registry.kiosk(RegistryFixture::kOtherStation);
    for (int i = 0; i < kTries; ++i)
        EXPECT_EQ(errorCode(signIn(*elsewhere, RegistryFixture::kClerkPrint)),
                  QStringLiteral("fingerprint_not_verified"));
    // That counter is locked for this officer, even with the right finger...
    EXPECT_EQ(errorCode(signIn(*elsewhere, RegistryFixture::kOfficerPrint)),
              QStringLiteral("too_many_attempts"));
    // ...and the officer's own counter is not.
    auto signedIn = signIn(*home, RegistryFixture::kOfficerPrint);
    ASSERT_TRUE(signedIn.ok()) << errorCode(signedIn).toStdString();

    // Signed in here, wrong fingers here count against the officer.
    for (int i = 0; i < kTries; ++i)
        EXPECT_EQ(errorCode(signIn(*home, RegistryFixture::kClerkPrint)),
                  QStringLiteral("fingerprint_not_verified"));
    EXPECT_EQ(errorCode(signIn(*home, RegistryFixture::kOfficerPrint)),
              QStringLiteral("too_many_attempts"));
    // Fifteen minutes later both counters take the officer again.
    registry.advance(registry::FingerVerdicts::kFailureWindowMs + 1000);
    EXPECT_TRUE(signIn(*elsewhere, RegistryFixture::kOfficerPrint).ok());
}

TEST(Lockouts, ACitizensFailuresCountOnlyWithTheirOwnCard) {
    RegistryFixture registry;
    auto kiosk = registry.kiosk();
    const QString token = registry.officerToken(*kiosk);
    const QString madeUp = QStringLiteral("5001-02-09999999");
    // The citizen's printed data with a made-up request number: never a match, and the count
    // is the made-up card's.
    for (int i = 0; i < kTries; ++i) {
        auto guess = verify(*kiosk, token, madeUp, RegistryFixture::kReferencePrint);
        ASSERT_TRUE(guess.ok());
        EXPECT_FALSE(guess.value().matched);
    }
    EXPECT_EQ(errorCode(verify(*kiosk, token, madeUp, RegistryFixture::kReferencePrint)),
              QStringLiteral("too_many_attempts"));
    auto own =
        verify(*kiosk, token, RegistryFixture::kRequestNumber, RegistryFixture::kReferencePrint);
    ASSERT_TRUE(own.ok()) << errorCode(own).toStdString();
    EXPECT_TRUE(own.value().matched);
    EXPECT_EQ(own.value().attemptsLeft, kTries);

    // With the citizen's own card, wrong fingers count against the citizen.
    for (int i = 0; i < kTries; ++i)
        EXPECT_FALSE(
            verify(*kiosk, token, RegistryFixture::kRequestNumber, RegistryFixture::kClerkPrint)
                .value()
                .matched);
    EXPECT_EQ(errorCode(verify(*kiosk, token, RegistryFixture::kRequestNumber,
                               RegistryFixture::kReferencePrint)),
              QStringLiteral("too_many_attempts"));
}
