// The kiosk's registry client: every kind of failure is told apart, transient ones are retried,
// an unverifiable QR frame never reaches the screen, and session changes arrive by long poll.
#include "protocol/device_key.h"
#include "protocol/qr_frame.h"
#include "registry_client/qr_frame_feed.h"
#include "registry_client/session_follower.h"
#include "registry_fixture.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

// A TLS server with the registry's certificate that misbehaves in one way per path prefix.
class BadRegistry {
public:
    explicit BadRegistry(RegistryFixture& registry) {
        const auto server = registry.pki().issueServer(QStringLiteral("127.0.0.1"), 30).value();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(server.certificate));
        tls.setPrivateKey(QSslKey(server.privateKey, QSsl::Ec));
        http.sslSetup(tls);
        http.route(QStringLiteral("/500/v1/kiosk/cards/check"), [] {
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("code"), QStringLiteral("internal_error")}},
                QHttpServerResponder::StatusCode::InternalServerError);
        });
        http.route(QStringLiteral("/garbage/v1/kiosk/cards/check"), [] {
            return QHttpServerResponse(QByteArrayLiteral("text/html"),
                                       QByteArrayLiteral("<html>proxy</html>"));
        });
        http.route(QStringLiteral("/wrongshape/v1/kiosk/cards/check"), [] {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), 7}});
        });
        http.route(QStringLiteral("/slow/v1/kiosk/cards/check"),
                   [this](const QHttpServerRequest&, QHttpServerResponder&& r) {
                       held.push_back(std::make_unique<QHttpServerResponder>(std::move(r)));
                   });
        http.route(QStringLiteral("/forged/v1/kiosk/sessions/<arg>/qr"),
                   [this](const QString& sid) {
                       protocol::QrFrame f;
                       f.sid = QByteArray::fromHex(sid.toLatin1());
                       f.stationId = RegistryFixture::kStation;
                       f.issuedAt = static_cast<quint32>(QDateTime::currentSecsSinceEpoch());
                       const QDateTime now = QDateTime::currentDateTimeUtc();
                       return QJsonObject{
                           {QStringLiteral("text"), protocol::signQrFrame(f, forger)},
                           {QStringLiteral("issued_at"), now.toString(Qt::ISODate)},
                           {QStringLiteral("expires_at"), now.addSecs(30).toString(Qt::ISODate)},
                           {QStringLiteral("next_at"), now.addSecs(20).toString(Qt::ISODate)}};
                   });
        // Signed with the registry's own key, but not a frame the protocol allows.
        for (const char* mode : {"longttl", "otherstation"}) {
            http.route(
                QStringLiteral("/%1/v1/kiosk/sessions/<arg>/qr").arg(QLatin1String(mode)),
                [&registry, longTtl = qstrcmp(mode, "longttl") == 0](const QString& sid) {
                    protocol::QrFrame f;
                    f.sid = QByteArray::fromHex(sid.toLatin1());
                    f.stationId =
                        longTtl ? RegistryFixture::kStation : RegistryFixture::kOtherStation;
                    f.issuedAt = static_cast<quint32>(QDateTime::currentSecsSinceEpoch());
                    f.ttlSeconds = longTtl ? 65535 : 30;
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    return QJsonObject{
                        {QStringLiteral("text"), protocol::signQrFrame(f, registry.signingKey())},
                        {QStringLiteral("issued_at"), now.toString(Qt::ISODate)},
                        {QStringLiteral("expires_at"), now.addSecs(30).toString(Qt::ISODate)},
                        {QStringLiteral("next_at"), now.addSecs(20).toString(Qt::ISODate)}};
                });
        }
        port = http.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const char* mode) const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/%2").arg(port).arg(QLatin1String(mode)));
    }

    QHttpServer http;
    std::vector<std::unique_ptr<QHttpServerResponder>> held;
    protocol::Ed25519Key forger = *protocol::Ed25519Key::generate();
    quint16 port = 0;
};

Result<CardCheck, RegistryError> check(RegistryClient& client,
                                       const QString& token = QString(48, QLatin1Char('a'))) {
    return await<CardCheck>([&](auto done) {
        client.send(protocol::CardCheckRequest{RegistryFixture::kCid,
                                               RegistryFixture::kRequestNumber, token},
                    &client, done);
    });
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

}  // namespace

TEST(RegistryClientErrors, EachFailureHasItsOwnKind) {
    RegistryFixture registry;
    BadRegistry bad(registry);
    const auto kindOf = [&](const QUrl& url, int timeoutMs = 3000) {
        RegistryEndpoint e = registry.endpoint();
        e.url = url;
        e.timeoutMs = timeoutMs;
        RegistryClient client(e);
        auto r = check(client);
        EXPECT_FALSE(r.ok()) << url.toString().toStdString();
        return r ? RegistryError{} : r.error();
    };

    const auto unreachable = kindOf(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(freePort())));
    EXPECT_EQ(unreachable.kind, RegistryErrorKind::Unreachable);

    // The registry's certificate checked against a CA the kiosk was not given.
    RegistryEndpoint otherCa = registry.endpoint();
    otherCa.caCertificates = QSslCertificate::fromData(
        sim::DemoPki::createCa(QStringLiteral("Other"), 30).value().ca().certificate);
    RegistryClient wrongCa(otherCa);
    auto tls = check(wrongCa);
    ASSERT_FALSE(tls.ok());
    EXPECT_EQ(tls.error().kind, RegistryErrorKind::Tls);

    EXPECT_EQ(kindOf(bad.url("500")).kind, RegistryErrorKind::ServerError);
    EXPECT_EQ(kindOf(bad.url("garbage")).kind, RegistryErrorKind::MalformedAnswer);
    EXPECT_EQ(kindOf(bad.url("wrongshape")).kind, RegistryErrorKind::MalformedAnswer);
    QElapsedTimer t;
    t.start();
    EXPECT_EQ(kindOf(bad.url("slow"), 400).kind, RegistryErrorKind::Timeout);
    EXPECT_LT(t.elapsed(), 15000);  // bounded even with its retries

    // A 4xx keeps the registry's code and message.
    RegistryEndpoint e = registry.endpoint();
    RegistryClient client(e);
    auto rejected = await<SessionInfo>([&](auto done) {
        client.send(protocol::ConfirmationRequest{QStringLiteral("123456")}, &client, done,
                    QStringLiteral("00000000000000000000000000000000"));
    });
    ASSERT_FALSE(rejected.ok());
    EXPECT_EQ(rejected.error().kind, RegistryErrorKind::Rejected);
    EXPECT_EQ(rejected.error().code, QStringLiteral("not_found"));
    EXPECT_EQ(rejected.error().httpStatus, 404);

    // Every kind has a message for the officer, in both languages (checked in unit tests).
    for (const auto& err : {unreachable, tls.error(), rejected.error()})
        EXPECT_FALSE(RegistryErrorText::forError(err).isEmpty());
}

TEST(RegistryClientErrors, ARegistryThatComesBackIsReachedByTheRetries) {
    RegistryFixture registry;
    const QString token = registry.officerToken(*registry.kiosk());
    const quint16 port = freePort();
    RegistryEndpoint e = registry.endpoint();
    e.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    RegistryClient client(e);
    // A second registry on the chosen port, started 300 ms after the first attempt.
    registry::RegistryHttpServer late(registry.service(),
                                      registry::RegistryHttpServer::Audience::Kiosk);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const auto server = registry.pki().issueServer(QStringLiteral("127.0.0.1"), 30).value();
    tls.setLocalCertificate(QSslCertificate(server.certificate));
    tls.setPrivateKey(QSslKey(server.privateKey, QSsl::Ec));
    tls.setCaCertificates(QSslCertificate::fromData(registry.pki().ca().certificate));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    late.sslSetup(tls);
    QTimer::singleShot(300, &late, [&] { late.listen(QHostAddress::LocalHost, port); });
    auto r = check(client, token);
    ASSERT_TRUE(r.ok()) << r.error().code.toStdString();
    EXPECT_EQ(r.value().status, CardStatus::Latest);
}

TEST(QrFrameFeedTest, ShowsVerifiedFramesAndNeverAForgedOne) {
    RegistryFixture registry;
    auto kiosk = registry.kiosk();
    const SessionInfo s = registry.createSession(*kiosk);
    QrFrameFeed feed(*kiosk, [&] { return registry.now(); });
    QSignalSpy ready(&feed, &QrFrameFeed::frameReady);
    feed.start(s.sid);
    ASSERT_TRUE(ready.wait(5000));
    const QString text = ready.first().value(0).toString();
    EXPECT_TRUE(protocol::verifyQrFrame(text, registry.endpoint().trustedSigningKeys,
                                        static_cast<quint32>(registry.nowMs() / 1000))
                    .ok());
    feed.stop();

    BadRegistry bad(registry);
    RegistryEndpoint e = registry.endpoint();
    e.url = bad.url("forged");
    RegistryClient forgedClient(e);
    QrFrameFeed forgedFeed(forgedClient, [&] { return registry.now(); });
    QSignalSpy forgedReady(&forgedFeed, &QrFrameFeed::frameReady);
    QSignalSpy problems(&forgedFeed, &QrFrameFeed::problem);
    forgedFeed.start(s.sid);
    ASSERT_TRUE(problems.wait(5000));
    EXPECT_EQ(problems.first().value(0).value<RegistryError>().kind,
              RegistryErrorKind::UntrustedQr);
    EXPECT_TRUE(forgedReady.isEmpty());
    EXPECT_FALSE(forgedFeed.showing());

    // The registry's own signature on a frame with a ttl of 65535, or another station's ID:
    // never shown either.
    for (const char* mode : {"longttl", "otherstation"}) {
        SCOPED_TRACE(mode);
        RegistryEndpoint odd = registry.endpoint();
        odd.url = bad.url(mode);
        RegistryClient oddClient(odd);
        QrFrameFeed oddFeed(oddClient, [&] { return registry.now(); });
        QSignalSpy oddReady(&oddFeed, &QrFrameFeed::frameReady);
        QSignalSpy oddProblems(&oddFeed, &QrFrameFeed::problem);
        oddFeed.start(s.sid);
        ASSERT_TRUE(oddProblems.wait(5000));
        EXPECT_EQ(oddProblems.first().value(0).value<RegistryError>().kind,
                  RegistryErrorKind::UntrustedQr);
        EXPECT_TRUE(oddReady.isEmpty());
    }
}

TEST(SessionFollowerTest, SeesEachChangeAsItHappens) {
    RegistryFixture registry;
    auto kiosk = registry.kiosk();
    auto phone = registry.phone();
    const SessionInfo s = registry.createSession(*kiosk);
    SessionFollower follower(*kiosk);
    QSignalSpy changed(&follower, &SessionFollower::changed);
    follower.start(s);
    QTest::qWait(300);  // the long poll is now held by the registry
    EXPECT_TRUE(changed.isEmpty());

    const auto key = *protocol::DeviceKey::generate();
    QElapsedTimer t;
    t.start();
    auto claimed = await<sim::ClaimResult>([&](auto done) {
        phone->claim(registry.frame(*kiosk, s.sid).text, RegistryFixture::kCid,
                     QStringLiteral("2026.1"), key.publicKeyDer(), done);
    });
    ASSERT_TRUE(claimed.ok());
    ASSERT_TRUE(changed.count() > 0 || changed.wait(5000));
    EXPECT_EQ(changed.last().value(0).value<SessionInfo>().state, BindingState::Claimed);

    const qsizetype before = changed.count();
    auto cancelled = await<SessionInfo>([&](auto done) {
        kiosk->send(protocol::CancelRequest{protocol::CancelReason::OfficerCancelled}, kiosk.get(),
                    done, s.sid);
    });
    ASSERT_TRUE(cancelled.ok());
    ASSERT_TRUE(changed.count() > before || changed.wait(5000));
    EXPECT_EQ(changed.last().value(0).value<SessionInfo>().state, BindingState::Cancelled);
    EXPECT_FALSE(follower.active());  // a final state ends the follow
}

TEST(SessionFollowerTest, ReportsALostRegistryAndCarriesOnWhenItIsBack) {
    RegistryFixture registry;
    BadRegistry bad(registry);
    RegistryEndpoint e = registry.endpoint();
    e.url = bad.url("500");
    RegistryClient client(e);
    SessionFollower follower(client);
    QSignalSpy problems(&follower, &SessionFollower::connectionProblem);
    SessionInfo s;
    s.sid = QStringLiteral("0123456789abcdef0123456789abcdef");
    follower.start(s);
    ASSERT_TRUE(problems.wait(5000));
    EXPECT_TRUE(follower.active());  // it keeps trying
    follower.stop();
}

TEST(RegistryClientStatus, TheStatusEndpointNamesTheStationAndGivesTheRegistrysClock) {
    RegistryFixture registry;
    auto client = registry.kiosk();
    const auto status = await<app::RegistryStatus>(
        [&](auto done) { client->status(client.get(), std::move(done)); });
    ASSERT_TRUE(status.ok()) << status.error().code.toStdString();
    EXPECT_EQ(status.value().stationId, RegistryFixture::kStation);
    EXPECT_LT(std::abs(status.value().time.msecsTo(QDateTime::currentDateTimeUtc())), 5000);
}
