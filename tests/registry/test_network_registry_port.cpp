// The workflow's registry port over the network, against a registry on loopback with real TLS:
// each call answers as the workflow expects, and a watched session streams verified QR frames
// and state changes until it is unwatched.
#include "adapters/network_registry_port.h"
#include "registry_fixture.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

TEST(NetworkRegistryPort, AnswersEachCallTheWayTheWorkflowUsesIt) {
    RegistryFixture registry;
    NetworkRegistryPort port(registry.endpoint());

    auto officer = await<OfficerSession>([&](auto done) {
        port.send(
            protocol::OfficerSignInRequest{
                RegistryFixture::kOfficerCid, RegistryFixture::kOfficerCard,
                wireFinger(RegistryFixture::finger(RegistryFixture::kOfficerPrint))},
            done);
    });
    ASSERT_TRUE(officer.ok()) << officer.error().code.toStdString();
    EXPECT_FALSE(officer.value().token.isEmpty());

    auto card = await<CardCheck>([&](auto done) {
        port.send(protocol::CardCheckRequest{RegistryFixture::kCid, RegistryFixture::kRequestNumber,
                                             officer.value().token},
                  done);
    });
    ASSERT_TRUE(card.ok());
    EXPECT_EQ(card.value().status, CardStatus::Latest);
    auto other = await<CardCheck>([&](auto done) {
        port.send(
            protocol::CardCheckRequest{RegistryFixture::kCid, QStringLiteral("5001-02-00000000"),
                                       officer.value().token},
            done);
    });
    ASSERT_TRUE(other.ok());
    EXPECT_NE(other.value().status, CardStatus::Latest);

    auto otherFinger = await<FingerMatch>([&](auto done) {
        port.send(
            protocol::VerificationRequest{RegistryFixture::kCid, RegistryFixture::kRequestNumber,
                                          officer.value().token,
                                          wireFinger(RegistryFixture::finger("someone else"))},
            done);
    });
    ASSERT_TRUE(otherFinger.ok());
    EXPECT_FALSE(otherFinger.value().matched);
    auto match = await<FingerMatch>([&](auto done) {
        port.send(
            protocol::VerificationRequest{RegistryFixture::kCid, RegistryFixture::kRequestNumber,
                                          officer.value().token,
                                          wireFinger(RegistryFixture::finger())},
            done);
    });
    ASSERT_TRUE(match.ok());
    ASSERT_TRUE(match.value().matched);

    auto session = await<SessionInfo>([&](auto done) {
        port.send(protocol::CreateSessionRequest{RegistryFixture::kCid,
                                                 RegistryFixture::kRequestNumber,
                                                 match.value().verificationId,
                                                 officer.value().token,
                                                 0,
                                                 {}},
                  done);
    });
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session.value().state, BindingState::Created);
    auto wrong = await<SessionInfo>([&](auto done) {
        port.send(protocol::ConfirmationRequest{QStringLiteral("000000")}, done,
                  session.value().sid);
    });
    ASSERT_FALSE(wrong.ok());  // nobody claimed it: there is no code to confirm yet
    EXPECT_EQ(wrong.error().kind, RegistryErrorKind::Rejected);
}

TEST(NetworkRegistryPort, AWatchedSessionStreamsFramesAndChangesUntilUnwatched) {
    RegistryFixture registry;
    NetworkRegistryPort port(registry.endpoint());
    auto client = registry.kiosk();
    const SessionInfo session = registry.createSession(*client);
    ASSERT_FALSE(session.sid.isEmpty());

    QSignalSpy frames(&port, &RegistryPort::frameReady);
    QSignalSpy changes(&port, &RegistryPort::sessionChanged);
    port.watch(session);
    ASSERT_TRUE(frames.wait(10000));
    EXPECT_TRUE(frames.first().value(0).toString().startsWith(QLatin1String("KQ1:")));
    EXPECT_GT(frames.first().value(1).toDateTime(), QDateTime::currentDateTimeUtc());

    port.send(protocol::CancelRequest{protocol::CancelReason::OfficerCancelled}, {}, session.sid);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !changes.isEmpty() &&
                   changes.last().value(0).value<SessionInfo>().state == BindingState::Cancelled;
        },
        10000));
    port.unwatch();
    const qsizetype seen = changes.size() + frames.size();
    QTest::qWait(1500);
    EXPECT_EQ(changes.size() + frames.size(), seen);  // nothing after unwatch()
}
