// Several thaid-registryd processes sharing one PostgreSQL database, each reached directly:
// whichever process a request reaches, it decides on what the others did, and a kiosk's long
// poll hears of a change made through another process. Registered in the PostgreSQL variant
// only (registry_pg.Fleet.*).
#include "protocol/confirmation_code.h"
#include "protocol/device_key.h"
#include "registry/store/registry_store.h"
#include "registry_client/session_follower.h"
#include "registry_fixture.h"
#include "running_registry.h"
#include "sim/demo_pki/demo_pki.h"

#include <csignal>

#include <QTest>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

const QString& kCid = RunningRegistry::kCid;
const QString& kRequestNumber = RunningRegistry::kRequestNumber;

// Another registry process on the first one's folder (CA, keys) and database.
class OtherProcess {
public:
    explicit OtherProcess(const RunningRegistry& first, const QStringList& options = {})
        : m_first(first) {
        // Its log goes with the test's output, and never fills a pipe nobody reads.
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(QStringLiteral(THAID_REGISTRYD_BIN),
                     QStringList{QStringLiteral("--dir"), first.dir.path(), QStringLiteral("--db"),
                                 first.database.location(), QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--phone-listen"),
                                 QStringLiteral("127.0.0.1:0")} +
                         options);
        awaitReady(server, &kioskUrl, &phoneUrl);
    }
    ~OtherProcess() {
        server.terminate();
        server.waitForFinished(5000);
    }
    RegistryEndpoint endpoint() const {
        RegistryEndpoint e = m_first.endpoint();
        e.url = kioskUrl;
        return e;
    }
    std::unique_ptr<sim::PhoneApi> phone() const {
        return std::make_unique<sim::PhoneApi>(
            phoneUrl, QSslCertificate::fromPath(m_first.file(QStringLiteral("ca.pem"))));
    }

    QProcess server;
    QUrl kioskUrl;
    QUrl phoneUrl;

private:
    const RunningRegistry& m_first;
};

std::unique_ptr<sim::PhoneApi> phoneOf(const RunningRegistry& r) {
    return std::make_unique<sim::PhoneApi>(
        r.phoneUrl, QSslCertificate::fromPath(r.file(QStringLiteral("ca.pem"))));
}

QString signIn(RegistryClient& kiosk) {
    auto officer = await<OfficerSession>([&](auto done) {
        kiosk.send(
            protocol::OfficerSignInRequest{
                RunningRegistry::kOfficerCid, RunningRegistry::kOfficerCard,
                wireFinger(fixtureFinger(QStringLiteral("tented_arch-capture2.png")))},
            &kiosk, done);
    });
    EXPECT_TRUE(officer.ok()) << (officer ? "" : officer.error().code.toStdString());
    return officer ? officer.value().token : QString();
}

QString verify(RegistryClient& kiosk, const QString& token) {
    auto v = await<FingerMatch>([&](auto done) {
        kiosk.send(
            protocol::VerificationRequest{
                kCid, kRequestNumber, token,
                wireFinger(fixtureFinger(QStringLiteral("loop-right-capture2.png")))},
            &kiosk, done);
    });
    EXPECT_TRUE(v.ok() && v.value().matched);
    return v ? v.value().verificationId : QString();
}

SessionInfo create(RegistryClient& kiosk, const QString& token, const QString& verified) {
    auto s = await<SessionInfo>([&](auto done) {
        kiosk.send(protocol::CreateSessionRequest{kCid, kRequestNumber, verified, token, 0, {}},
                   &kiosk, done);
    });
    EXPECT_TRUE(s.ok()) << (s ? "" : s.error().code.toStdString());
    return s ? s.value() : SessionInfo{};
}

QString frameText(RegistryClient& kiosk, const QString& sid) {
    auto f = await<QrFrameInfo>([&](auto done) { kiosk.qrFrame(sid, &kiosk, done); });
    EXPECT_TRUE(f.ok());
    return f ? f.value().text : QString();
}

Result<sim::ClaimResult, RegistryError> claim(sim::PhoneApi& phone, const QString& qr,
                                              const protocol::DeviceKey& key) {
    return await<sim::ClaimResult>([&](auto done) {
        phone.claim(qr, kCid, QStringLiteral("2026.1"), key.publicKeyDer(), done);
    });
}

QStringList transitions(const RunningRegistry& r, const QString& sid) {
    QStringList out;
    for (const QVariantList& row : r.database.rows(
             QStringLiteral("SELECT to_state FROM transitions WHERE sid = ? ORDER BY id"), {sid}))
        out << row.value(0).toString();
    return out;
}

// A kiosk following a session (its long poll held on `kiosk`'s process), and every state it
// heard, in order.
struct Following {
    Following(RegistryClient& kiosk, const SessionInfo& session) : follower(kiosk) {
        QObject::connect(&follower, &SessionFollower::changed,
                         [this](const SessionInfo& s) { seen.append(s.state); });
        follower.start(session);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
    }
    // Waits while each change comes within 5 s (a held poll waits 25 s for one).
    bool heard(BindingState state) {
        QSignalSpy changed(&follower, &SessionFollower::changed);
        while (!seen.contains(state) && changed.wait(5000)) {
        }
        return seen.contains(state);
    }
    SessionFollower follower;
    QList<BindingState> seen;
};

}  // namespace

TEST(Fleet, ClaimOnOneConfirmOnAnotherStatusOnAThird) {
    RunningRegistry a;
    OtherProcess b(a);
    OtherProcess c(a);
    RegistryClient onA(a.endpoint());
    RegistryClient onB(b.endpoint());
    RegistryClient onC(c.endpoint());

    // The officer signs in through A and the finger is matched there; the session is created
    // through B with A's verification; C checks the card with A's token.
    const QString token = signIn(onA);
    const QString verified = verify(onA, token);
    auto card = await<CardCheck>([&](auto done) {
        onC.send(protocol::CardCheckRequest{kCid, kRequestNumber, token}, &onC, done);
    });
    ASSERT_TRUE(card.ok()) << card.error().code.toStdString();
    const SessionInfo session = create(onB, token, verified);
    ASSERT_FALSE(session.sid.isEmpty());

    // The kiosk follows through C (a long poll held there) while the phone claims through A.
    Following kioskOnC(onC, session);
    const auto key = protocol::DeviceKey::generate();
    auto phone = phoneOf(a);
    auto claimed = claim(*phone, frameText(onB, session.sid), *key);
    ASSERT_TRUE(claimed.ok()) << claimed.error().code.toStdString();
    // C's poll was waiting for up to 25 s: it hears of A's write through PostgreSQL at once.
    ASSERT_TRUE(kioskOnC.heard(BindingState::Claimed));

    // The officer types the code through B; the phone binds and completes through C.
    const QString code =
        protocol::confirmationCode(QByteArray::fromHex(session.sid.toLatin1()), key->publicKeyDer(),
                                   claimed.value().serverNonce);
    auto confirmed = await<SessionInfo>(
        [&](auto done) { onB.send(protocol::ConfirmationRequest{code}, &onB, done, session.sid); });
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().code.toStdString();
    auto phoneC = c.phone();
    ASSERT_TRUE(await<sim::PhoneStatus>([&](auto done) { phoneC->bind(session.sid, *key, done); }));
    ASSERT_TRUE(
        await<sim::PhoneStatus>([&](auto done) { phoneC->complete(session.sid, *key, done); }));
    kioskOnC.heard(BindingState::Completed);
    EXPECT_EQ(kioskOnC.seen.last(), BindingState::Completed);
    EXPECT_EQ(transitions(a, session.sid),
              (QStringList{QStringLiteral("CREATED"), QStringLiteral("CLAIMED"),
                           QStringLiteral("CONFIRMED"), QStringLiteral("BOUND"),
                           QStringLiteral("COMPLETED")}));
    // The phone is the citizen's binding, whichever process is asked.
    auto phoneB = b.phone();
    auto device = await<sim::DeviceStatus>([&](auto done) { phoneB->device(*key, done); });
    EXPECT_TRUE(device.ok()) << (device ? "" : device.error().code.toStdString());
}

TEST(Fleet, TwoClaimsRacingOnTwoProcessesNeverBothWin) {
    RunningRegistry a;
    OtherProcess b(a);
    RegistryClient kiosk(a.endpoint());
    const QString token = signIn(kiosk);
    auto phoneA = phoneOf(a);
    auto phoneB = b.phone();
    int raced = 0;
    for (int round = 0; round < 8; ++round) {
        const SessionInfo session = create(kiosk, token, verify(kiosk, token));
        ASSERT_FALSE(session.sid.isEmpty());
        const QString qr = frameText(kiosk, session.sid);
        const auto keyA = protocol::DeviceKey::generate();
        const auto keyB = protocol::DeviceKey::generate();
        // Both claims are on the wire before either answer is read.
        std::optional<Result<sim::ClaimResult, RegistryError>> onA, onB;
        phoneA->claim(qr, kCid, QStringLiteral("2026.1"), keyA->publicKeyDer(),
                      [&](const auto& r) { onA = r; });
        phoneB->claim(qr, kCid, QStringLiteral("2026.1"), keyB->publicKeyDer(),
                      [&](const auto& r) { onB = r; });
        QDeadlineTimer deadline(20000);
        while ((!onA || !onB) && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        ASSERT_TRUE(onA && onB);
        const int won = int(onA->ok()) + int(onB->ok());
        EXPECT_EQ(won, 1) << "round " << round;
        const auto& lost = onA->ok() ? *onB : *onA;
        if (!lost.ok()) {
            EXPECT_EQ(lost.error().code, QStringLiteral("conflict")) << "round " << round;
        }
        // One claim, then the second claim's conflict: never two claims.
        const QStringList states = transitions(a, session.sid);
        EXPECT_EQ(states.count(QStringLiteral("CLAIMED")), 1) << states.join(u' ').toStdString();
        EXPECT_EQ(states.last(), QStringLiteral("CONFLICT"));
        raced += states.size() == 3 ? 1 : 0;
    }
    EXPECT_EQ(raced, 8);
}

// Eight supervisors' grants at once, half on each of two processes, against a limit of three:
// the slot is counted and taken under the station's lock in PostgreSQL, so the processes never
// take more than three between them.
TEST(Fleet, ExceptionGrantsRacingOnTwoProcessesHoldTheDailyLimit) {
    const QStringList limit{QStringLiteral("--exceptions-per-day"), QStringLiteral("3")};
    RunningRegistry a({}, {}, limit);
    OtherProcess b(a, limit);
    RegistryClient signer(a.endpoint());
    const QString token = signIn(signer);
    const protocol::ExceptionRequest request{
        kCid,
        kRequestNumber,
        token,
        0,
        QStringLiteral("fingers_worn"),
        QStringLiteral("1101700666026"),
        QStringLiteral("1017-01-00666026"),
        wireFinger(fixtureFinger(QStringLiteral("arch-capture2.png")))};
    std::vector<std::unique_ptr<RegistryClient>> kiosks;
    QStringList answers;
    for (int i = 0; i < 8; ++i) {
        kiosks.push_back(std::make_unique<RegistryClient>(i % 2 ? b.endpoint() : a.endpoint()));
        kiosks.back()->send(request, kiosks.back().get(),
                            [&](const Result<ExceptionGrant, RegistryError>& r) {
                                answers.append(r ? QStringLiteral("granted") : r.error().code);
                            });
    }
    QDeadlineTimer deadline(60000);
    while (answers.size() < 8 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_EQ(answers.size(), 8);
    EXPECT_EQ(answers.count(QStringLiteral("granted")), 3) << answers.join(u' ').toStdString();
    EXPECT_EQ(answers.count(QStringLiteral("exception_limit_reached")), 5);
    EXPECT_EQ(a.database.rows(QStringLiteral("SELECT COUNT(*) FROM exceptions"), {})
                  .value(0)
                  .value(0)
                  .toInt(),
              3);
}

// A station provisioned again: its new certificate pinned in the shared database, every process
// refuses the old one from the next request on, and takes the new one.
TEST(Fleet, AStationsOldCertificateIsRefusedOnEveryProcessOnceANewOneIsPinned) {
    RunningRegistry a;
    OtherProcess b(a);
    const auto read = [&](const char* name) {
        QFile f(a.file(QString::fromLatin1(name)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const auto pki = sim::DemoPki::fromPem({read("ca.pem"), read("ca-key.pem")});
    ASSERT_TRUE(pki.ok());
    const auto fresh = pki.value().issueStation(10501, 30);
    ASSERT_TRUE(fresh.ok());
    QFile cert(a.file(QStringLiteral("fresh-station.pem")));
    ASSERT_TRUE(cert.open(QIODevice::WriteOnly));
    cert.write(fresh.value().certificate);
    cert.close();
    const auto status = [](const RegistryEndpoint& e) {
        RegistryClient client(e);
        auto r = await<RegistryStatus>([&](auto done) { client.status(&client, done); });
        return r ? QStringLiteral("ok") : r.error().code;
    };
    const auto freshOn = [&](const QUrl& url) {
        return RegistryEndpoint::fromFiles(url, a.file(QStringLiteral("ca.pem")), cert.fileName(),
                                           QSslKey(fresh.value().privateKey, QSsl::Ec),
                                           a.file(QStringLiteral("signing-key.pub")))
            .value();
    };
    EXPECT_EQ(status(a.endpoint()), QStringLiteral("ok"));
    EXPECT_EQ(status(b.endpoint()), QStringLiteral("ok"));
    {
        auto store = registry::RegistryStore::open(a.database.location());
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(store.value()->pinStationCertificate(10501, fresh.value().certificate,
                                                         QDateTime::currentMSecsSinceEpoch()));
    }
    EXPECT_EQ(status(a.endpoint()), QStringLiteral("certificate_not_current"));
    EXPECT_EQ(status(b.endpoint()), QStringLiteral("certificate_not_current"));
    EXPECT_EQ(status(freshOn(a.kioskUrl)), QStringLiteral("ok"));
    EXPECT_EQ(status(freshOn(b.kioskUrl)), QStringLiteral("ok"));
}

TEST(Fleet, AProcessKilledMidSessionLosesNothing) {
    RunningRegistry a;
    OtherProcess b(a);
    RegistryClient onA(a.endpoint());
    RegistryClient onB(b.endpoint());
    const QString token = signIn(onA);
    const SessionInfo session = create(onA, token, verify(onA, token));
    const auto key = protocol::DeviceKey::generate();
    auto claimed = claim(*phoneOf(a), frameText(onA, session.sid), *key);
    ASSERT_TRUE(claimed.ok());

    // A dies as a crash would: nothing it held in memory is needed to go on.
    ::kill(static_cast<pid_t>(a.server.processId()), SIGKILL);
    a.server.waitForFinished(5000);
    const QString code =
        protocol::confirmationCode(QByteArray::fromHex(session.sid.toLatin1()), key->publicKeyDer(),
                                   claimed.value().serverNonce);
    // A wrong code counted on A's watch is still counted: two left after one more.
    auto wrong = await<SessionInfo>([&](auto done) {
        onB.send(protocol::ConfirmationRequest{QStringLiteral("000000") == code
                                                   ? QStringLiteral("111111")
                                                   : QStringLiteral("000000")},
                 &onB, done, session.sid);
    });
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().attemptsLeft, 2);
    ASSERT_TRUE(await<SessionInfo>([&](auto done) {
        onB.send(protocol::ConfirmationRequest{code}, &onB, done, session.sid);
    }));
    auto phone = b.phone();
    ASSERT_TRUE(await<sim::PhoneStatus>([&](auto done) { phone->bind(session.sid, *key, done); }));
    auto done = await<sim::PhoneStatus>([&](auto d) { phone->complete(session.sid, *key, d); });
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done.value().state, BindingState::Completed);
    EXPECT_EQ(transitions(a, session.sid).last(), QStringLiteral("COMPLETED"));
}

TEST(Fleet, DatabaseConnectionsCutUnderRunningProcessesComeBack) {
    RunningRegistry a;
    OtherProcess b(a);
    RegistryClient onA(a.endpoint());
    const QString token = signIn(onA);
    const SessionInfo session = create(onA, token, verify(onA, token));
    const QString qr = frameText(onA, session.sid);

    // PostgreSQL ends every connection of both processes (as a restart or a network cut would).
    a.database.rows(QStringLiteral(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
        " AND application_name = 'thaid-registryd' AND pid <> pg_backend_pid()"));
    // Within a few seconds both answer again, without being restarted. Meanwhile they say the
    // database is unavailable: never that the officer is not signed in.
    QStringList refusals;
    const auto answers = [&](RegistryClient& kiosk) {
        for (int i = 0; i < 20; ++i) {
            auto card = await<CardCheck>([&](auto done) {
                kiosk.send(protocol::CardCheckRequest{kCid, kRequestNumber, token}, &kiosk, done);
            });
            if (card.ok())
                return true;
            refusals << card.error().code;
            QTest::qWait(250);
        }
        return false;
    };
    RegistryClient onB(b.endpoint());
    ASSERT_TRUE(answers(onA));
    ASSERT_TRUE(answers(onB));
    EXPECT_TRUE(refusals.size() <= 4) << refusals.join(u' ').toStdString();
    for (const QString& code : refusals)
        EXPECT_EQ(code, QStringLiteral("registry_unavailable"));

    // And they hear each other again: a claim through B reaches A's held poll.
    Following kioskOnA(onA, session);
    const auto key = protocol::DeviceKey::generate();
    auto phone = b.phone();
    ASSERT_TRUE(claim(*phone, qr, *key).ok());
    EXPECT_TRUE(kioskOnA.heard(BindingState::Claimed));
}
