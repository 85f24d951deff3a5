// The whole binding on one machine through the real executables: thaid-registryd (after its
// own init, with reference prints enrolled through libfprint), the kiosk's registry client
// over mutual TLS, and thaid-citizen-sim scanning the QR out of a screenshot-sized image that
// the kiosk's QR code renders.
#include "fingerprint/finger_feed.h"
#include "protocol/qr_code.h"
#include "protocol/qr_frame.h"
#include "real_registration.h"
#include "registry_client/qr_frame_feed.h"
#include "registry_client/session_follower.h"
#include "registry_fixture.h"
#include "running_registry.h"

#include <QFile>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

const QString& kCid = RunningRegistry::kCid;
const QString& kRequestNumber = RunningRegistry::kRequestNumber;

QList<QString> storedTransitions(const TestDatabase& database, const QString& sid) {
    QList<QString> out;
    for (const QVariantList& row : database.rows(
             QStringLiteral("SELECT to_state FROM transitions WHERE sid = ? ORDER BY id"), {sid}))
        out.append(row.value(0).toString());
    return out;
}

}  // namespace

TEST(BindingFlow, FromSessionToCompletedWithTheRealExecutables) {
    RunningRegistry registry;
    ASSERT_TRUE(registry.initOutput.contains("6 citizens, 2 officers"));
    RegistryClient kiosk(registry.endpoint());

    // The registry matches the officer's and the citizen's fingers with libfprint itself.
    auto officer = await<OfficerSession>([&](auto done) {
        kiosk.send(
            protocol::OfficerSignInRequest{
                QStringLiteral("3101700555018"), QStringLiteral("1017-01-00555018"),
                wireFinger(fixtureFinger(QStringLiteral("tented_arch-capture2.png")))},
            &kiosk, done);
    });
    ASSERT_TRUE(officer.ok()) << officer.error().code.toStdString();
    auto card = await<CardCheck>([&](auto done) {
        kiosk.send(protocol::CardCheckRequest{kCid, kRequestNumber, officer.value().token}, &kiosk,
                   done);
    });
    ASSERT_EQ(card.value().status, CardStatus::Latest);
    const QString verified =
        verifiedFinger(kiosk, officer.value().token, QStringLiteral("loop-right-capture2.png"));
    auto session = await<SessionInfo>([&](auto done) {
        kiosk.send(
            protocol::CreateSessionRequest{
                kCid, kRequestNumber, verified, officer.value().token, 0, {}},
            &kiosk, done);
    });
    ASSERT_TRUE(session.ok());
    ASSERT_EQ(session.value().state, BindingState::Created);

    QrFrameFeed feed(kiosk, [] { return QDateTime::currentDateTimeUtc(); });
    SessionFollower follower(kiosk);
    QList<BindingState> seen;
    QObject::connect(&follower, &SessionFollower::changed,
                     [&](const SessionInfo& s) { seen.append(s.state); });
    QSignalSpy frames(&feed, &QrFrameFeed::frameReady);
    feed.start(session.value().sid);
    follower.start(session.value());
    ASSERT_TRUE(frames.wait(10000));
    const QString png = screenshotWithQr(frames.first().value(0).toString(),
                                         registry.file(QStringLiteral("screen.png")));

    QProcess sim;
    sim.start(QStringLiteral(THAID_CITIZEN_SIM_BIN),
              registry.simArgs() +
                  QStringList{QStringLiteral("--cid"), kCid, QStringLiteral("--qr-image"), png,
                              QStringLiteral("--bad-passcode"), QStringLiteral("12345678")});
    const QJsonObject code = nextEvent(sim, QStringLiteral("confirmation_code"));
    ASSERT_EQ(code.value(QStringLiteral("code")).toString().size(), 6)
        << sim.readAllStandardError().constData();
    QSignalSpy changed(&follower, &SessionFollower::changed);
    while (!seen.contains(BindingState::Claimed) && changed.wait(5000)) {
    }
    ASSERT_TRUE(seen.contains(BindingState::Claimed));
    feed.stop();  // the kiosk withdraws the QR once the phone has claimed it

    auto confirmed = await<SessionInfo>([&](auto done) {
        kiosk.send(protocol::ConfirmationRequest{code.value(QStringLiteral("code")).toString()},
                   &kiosk, done, session.value().sid);
    });
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().code.toStdString();
    ASSERT_TRUE(sim.waitForFinished(30000));
    EXPECT_EQ(sim.exitCode(), 0) << sim.readAllStandardError().constData();
    while (!seen.contains(BindingState::Completed) && changed.wait(5000)) {
    }
    EXPECT_EQ(seen.last(), BindingState::Completed);
    EXPECT_FALSE(follower.active());

    registry.server.terminate();
    registry.server.waitForFinished(5000);
    EXPECT_EQ(storedTransitions(registry.database, session.value().sid),
              (QList<QString>{QStringLiteral("CREATED"), QStringLiteral("CLAIMED"),
                              QStringLiteral("CONFIRMED"), QStringLiteral("BOUND"),
                              QStringLiteral("COMPLETED")}));
}

TEST(BindingFlow, TheSimulatorsMisbehaviourIsRefusedWhereTheAppOrRegistryWould) {
    RunningRegistry registry;
    RegistryClient kiosk(registry.endpoint());
    auto officer = await<OfficerSession>([&](auto done) {
        kiosk.send(
            protocol::OfficerSignInRequest{
                QStringLiteral("3101700555018"), QStringLiteral("1017-01-00555018"),
                wireFinger(fixtureFinger(QStringLiteral("tented_arch-capture2.png")))},
            &kiosk, done);
    });
    ASSERT_TRUE(officer.ok());
    const auto newSession = [&] {
        const QString verified =
            verifiedFinger(kiosk, officer.value().token, QStringLiteral("loop-right-capture2.png"));
        auto s = await<SessionInfo>([&](auto done) {
            kiosk.send(
                protocol::CreateSessionRequest{
                    kCid, kRequestNumber, verified, officer.value().token, 0, {}},
                &kiosk, done);
        });
        auto f = await<QrFrameInfo>([&](auto done) { kiosk.qrFrame(s.value().sid, &kiosk, done); });
        return f.value().text;
    };
    const auto run = [&](QStringList extra, QJsonObject* last = nullptr) {
        QProcess sim;
        sim.start(QStringLiteral(THAID_CITIZEN_SIM_BIN), registry.simArgs() + extra);
        sim.waitForFinished(30000);
        const auto lines = sim.readAllStandardOutput().trimmed().split('\n');
        if (last)
            *last = QJsonDocument::fromJson(lines.last()).object();
        return sim.exitCode();
    };
    QJsonObject last;
    EXPECT_EQ(run({QStringLiteral("--cid"), kCid, QStringLiteral("--refuse-terms")}, &last), 3);
    EXPECT_EQ(last.value(QStringLiteral("event")).toString(), QStringLiteral("terms_refused"));

    QString tampered = newSession();
    tampered[100] = tampered[100] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    EXPECT_EQ(run({QStringLiteral("--cid"), kCid, QStringLiteral("--qr-text"), tampered}, &last),
              4);
    EXPECT_EQ(last.value(QStringLiteral("event")).toString(), QStringLiteral("qr_refused"));

    EXPECT_EQ(run({QStringLiteral("--cid"), kCid, QStringLiteral("--qr-text"), newSession(),
                   QStringLiteral("--wrong-cid"), QStringLiteral("3")},
                  &last),
              5);
    EXPECT_EQ(last.value(QStringLiteral("code")).toString(), QStringLiteral("cid_mismatch"));
    EXPECT_EQ(last.value(QStringLiteral("attempts_left")).toInt(), 0);

    EXPECT_EQ(run({QStringLiteral("--cid"), kCid, QStringLiteral("--qr-text"), newSession(),
                   QStringLiteral("--replay-qr")},
                  &last),
              5);
    EXPECT_EQ(last.value(QStringLiteral("event")).toString(), QStringLiteral("replay_refused"));
    EXPECT_EQ(last.value(QStringLiteral("code")).toString(), QStringLiteral("conflict"));

    // The registry's own key on a frame with a ttl the protocol does not have: the app refuses
    // it before it sends anything.
    {
        QFile pem(registry.file(QStringLiteral("signing-key.pem")));
        ASSERT_TRUE(pem.open(QIODevice::ReadOnly));
        const auto signer = protocol::Ed25519Key::fromPem(pem.readAll());
        ASSERT_TRUE(signer);
        const QString real = newSession();
        const auto parsed = protocol::verifyQrFrame(
            real, {*signer}, static_cast<quint32>(QDateTime::currentSecsSinceEpoch()));
        ASSERT_TRUE(parsed.ok());
        protocol::QrFrame longTtl = parsed.value();
        longTtl.ttlSeconds = 65535;
        EXPECT_EQ(run({QStringLiteral("--cid"), kCid, QStringLiteral("--qr-text"),
                       protocol::signQrFrame(longTtl, *signer)},
                      &last),
                  4);
        EXPECT_EQ(last.value(QStringLiteral("code")).toString(), QStringLiteral("qr_bad_ttl"));
    }

    EXPECT_EQ(run({QStringLiteral("--cid"), QStringLiteral("1101700230709"),
                   QStringLiteral("--qr-text"), newSession()},
                  &last),
              2);
    EXPECT_EQ(last.value(QStringLiteral("event")).toString(), QStringLiteral("cid_invalid"));
}
