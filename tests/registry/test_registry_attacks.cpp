// Each attack on the binding protocol is refused with its own stable code, through the real
// stack: the registry's HTTPS listeners on loopback, the kiosk client and the phone API client.
#include "protocol/base45.h"
#include "protocol/device_key.h"
#include "protocol/qr_frame.h"
#include "registry_fixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

Result<sim::ClaimResult, RegistryError> claim(sim::PhoneApi& phone, const QString& qr,
                                              const QString& cid, const protocol::DeviceKey& key) {
    return await<sim::ClaimResult>([&](auto done) {
        phone.claim(qr, cid, QStringLiteral("2026.1"), key.publicKeyDer(), done);
    });
}

}  // namespace

class RegistryAttacks : public ::testing::Test {
protected:
    RegistryFixture registry;
    std::unique_ptr<RegistryClient> kiosk = registry.kiosk();
    std::unique_ptr<sim::PhoneApi> phone = registry.phone();
    protocol::DeviceKey key = *protocol::DeviceKey::generate();
};

TEST_F(RegistryAttacks, ASecondClaimOfTheSameFrameIsAConflictAndKillsTheSession) {
    const SessionInfo s = registry.createSession(*kiosk);
    const QString qr = registry.frame(*kiosk, s.sid).text;
    ASSERT_TRUE(claim(*phone, qr, RegistryFixture::kCid, key).ok());
    const auto replay = claim(*phone, qr, RegistryFixture::kCid, *protocol::DeviceKey::generate());
    EXPECT_EQ(errorCode(replay), QStringLiteral("conflict"));
    EXPECT_EQ(replay.error().httpStatus, 409);
    auto now =
        await<SessionInfo>([&](auto done) { kiosk->session(s.sid, 0, 0, kiosk.get(), done); });
    EXPECT_EQ(now.value().state, BindingState::Conflict);
    // Even the first phone can go no further.
    auto bound = await<sim::PhoneStatus>([&](auto done) { phone->bind(s.sid, key, done); });
    EXPECT_EQ(errorCode(bound), QStringLiteral("wrong_state"));
}

TEST_F(RegistryAttacks, AnExpiredFrameIsRefused) {
    const SessionInfo s = registry.createSession(*kiosk);
    const QString qr = registry.frame(*kiosk, s.sid).text;
    registry.advance(31 * 1000);
    const auto r = claim(*phone, qr, RegistryFixture::kCid, key);
    EXPECT_EQ(errorCode(r), QStringLiteral("qr_expired"));
    EXPECT_EQ(r.error().httpStatus, 410);
    // The session itself is still open: the kiosk's next frame works.
    EXPECT_TRUE(claim(*phone, registry.frame(*kiosk, s.sid).text, RegistryFixture::kCid, key).ok());
}

TEST_F(RegistryAttacks, FramesRotateEveryTwentySecondsAndOverlap) {
    const SessionInfo s = registry.createSession(*kiosk);
    const QrFrameInfo first = registry.frame(*kiosk, s.sid);
    EXPECT_EQ(first.issuedAt.secsTo(first.expiresAt), 30);
    EXPECT_EQ(first.issuedAt.secsTo(first.nextAt), 20);
    registry.advance(21 * 1000);
    const QrFrameInfo second = registry.frame(*kiosk, s.sid);
    EXPECT_NE(second.text, first.text);
    EXPECT_EQ(first.issuedAt.secsTo(second.issuedAt), 20);
    // Both frames are valid during the overlap; the older one can still be claimed.
    EXPECT_TRUE(claim(*phone, first.text, RegistryFixture::kCid, key).ok());
}

TEST_F(RegistryAttacks, AForgedSignatureIsRefused) {
    const SessionInfo s = registry.createSession(*kiosk);
    const QString qr = registry.frame(*kiosk, s.sid).text;
    // Same payload (the registry's kid, this session), one bit of the signature changed.
    QByteArray raw = *protocol::base45Decode(QStringView(qr).mid(4));
    raw[90] = static_cast<char>(raw[90] ^ 0x01);
    const QString forged = QStringLiteral("KQ1:") + protocol::base45Encode(raw);
    const auto r = claim(*phone, forged, RegistryFixture::kCid, key);
    EXPECT_EQ(errorCode(r), QStringLiteral("qr_bad_signature"));
    EXPECT_EQ(r.error().httpStatus, 403);
    // A later frame for a longer life, re-signed by someone else under the registry's kid:
    QByteArray payload = raw.left(32);
    payload[30] = '\x7f';  // ttl
    const auto attacker = *protocol::Ed25519Key::generate();
    const QString stretched =
        QStringLiteral("KQ1:") + protocol::base45Encode(payload + attacker.sign("KQR1" + payload));
    EXPECT_EQ(errorCode(claim(*phone, stretched, RegistryFixture::kCid, key)),
              QStringLiteral("qr_bad_signature"));
}

TEST_F(RegistryAttacks, AFrameSignedByAnUnknownKeyIsRefused) {
    const SessionInfo s = registry.createSession(*kiosk);
    protocol::QrFrame f;
    f.sid = QByteArray::fromHex(s.sid.toLatin1());
    f.stationId = RegistryFixture::kStation;
    f.issuedAt = static_cast<quint32>(registry.nowMs() / 1000);
    const QString qr = protocol::signQrFrame(f, *protocol::Ed25519Key::generate());
    const auto r = claim(*phone, qr, RegistryFixture::kCid, key);
    EXPECT_EQ(errorCode(r), QStringLiteral("qr_unknown_key"));
    EXPECT_EQ(r.error().httpStatus, 403);
}

TEST_F(RegistryAttacks, ARegistrySignedFrameOutsideTheProtocolIsRefused) {
    const SessionInfo s = registry.createSession(*kiosk);
    protocol::QrFrame f;
    f.sid = QByteArray::fromHex(s.sid.toLatin1());
    f.stationId = RegistryFixture::kStation;
    f.issuedAt = static_cast<quint32>(registry.nowMs() / 1000);
    f.ttlSeconds = 65535;
    auto r =
        claim(*phone, protocol::signQrFrame(f, registry.signingKey()), RegistryFixture::kCid, key);
    EXPECT_EQ(errorCode(r), QStringLiteral("qr_bad_ttl"));
    f.ttlSeconds = 30;
    f.stationId = RegistryFixture::kOtherStation;
    r = claim(*phone, protocol::signQrFrame(f, registry.signingKey()), RegistryFixture::kCid, key);
    EXPECT_EQ(errorCode(r), QStringLiteral("qr_wrong_station"));
    EXPECT_EQ(r.error().httpStatus, 403);
    // The session is untouched by either: the real frame still claims it.
    EXPECT_TRUE(claim(*phone, registry.frame(*kiosk, s.sid).text, RegistryFixture::kCid, key).ok());
}

TEST_F(RegistryAttacks, AValidFrameForAnUnknownSessionIsRefused) {
    protocol::QrFrame f;
    f.sid = QByteArray(16, '\x42');
    f.stationId = RegistryFixture::kStation;
    f.issuedAt = static_cast<quint32>(registry.nowMs() / 1000);
    const auto r =
        claim(*phone, protocol::signQrFrame(f, registry.signingKey()), RegistryFixture::kCid, key);
    EXPECT_EQ(errorCode(r), QStringLiteral("not_found"));
}

TEST_F(RegistryAttacks, AWrongTypedIdIsRejectedAndTheThirdEndsTheSession) {
    const SessionInfo s = registry.createSession(*kiosk);
    const QString qr = registry.frame(*kiosk, s.sid).text;
    const QString wrong = QStringLiteral("3100400123456");
    for (int left : {2, 1, 0}) {
        const auto r = claim(*phone, qr, wrong, key);
        ASSERT_EQ(errorCode(r), QStringLiteral("cid_mismatch"));
        EXPECT_EQ(r.error().attemptsLeft, left);
        EXPECT_EQ(r.error().httpStatus, 422);
    }
    auto now =
        await<SessionInfo>([&](auto done) { kiosk->session(s.sid, 0, 0, kiosk.get(), done); });
    EXPECT_EQ(now.value().state, BindingState::Rejected);
    EXPECT_EQ(errorCode(claim(*phone, qr, RegistryFixture::kCid, key)),
              QStringLiteral("wrong_state"));
}

TEST_F(RegistryAttacks, ThreeWrongConfirmationCodesCancelTheSession) {
    const SessionInfo s = registry.createSession(*kiosk);
    ASSERT_TRUE(claim(*phone, registry.frame(*kiosk, s.sid).text, RegistryFixture::kCid, key).ok());
    for (int left : {2, 1, 0}) {
        auto r = await<SessionInfo>([&](auto done) {
            kiosk->send(protocol::ConfirmationRequest{QStringLiteral("000000")}, kiosk.get(), done,
                        s.sid);
        });
        ASSERT_EQ(errorCode(r), QStringLiteral("wrong_code"));
        EXPECT_EQ(r.error().attemptsLeft, left);
    }
    auto now =
        await<SessionInfo>([&](auto done) { kiosk->session(s.sid, 0, 0, kiosk.get(), done); });
    EXPECT_EQ(now.value().state, BindingState::Cancelled);
    // Every transition is in the registry's audit, in SQLite.
    EXPECT_EQ(registry.store().transitionCount(QByteArray::fromHex(s.sid.toLatin1())), 3);
}

TEST_F(RegistryAttacks, AKioskWithoutAStationCertificateGetsNothing) {
    RegistryEndpoint e = registry.endpoint();
    e.stationCertificate = QSslCertificate();
    e.stationKey = QSslKey();
    RegistryClient anonymous(e);
    auto r = await<OfficerSession>([&](auto done) {
        anonymous.send(
            protocol::OfficerSignInRequest{
                RegistryFixture::kOfficerCid, RegistryFixture::kOfficerCard,
                wireFinger(RegistryFixture::finger(RegistryFixture::kOfficerPrint))},
            &anonymous, done);
    });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 0);  // refused in the handshake: not even an HTTP status
    EXPECT_TRUE(r.error().kind == RegistryErrorKind::Tls ||
                r.error().kind == RegistryErrorKind::Unreachable)
        << registryErrorKindId(r.error().kind).toStdString();
}

TEST_F(RegistryAttacks, AStationCertificateFromAnotherCaGetsNothing) {
    const auto rogue = sim::DemoPki::createCa(QStringLiteral("Rogue"), 30).value();
    const auto cert = rogue.issueStation(RegistryFixture::kStation, 30).value();
    RegistryEndpoint e = registry.endpoint();
    e.stationCertificate = QSslCertificate(cert.certificate);
    e.stationKey = QSslKey(cert.privateKey, QSsl::Ec);
    RegistryClient client(e);
    auto r = await<CardCheck>([&](auto done) {
        client.send(
            protocol::CardCheckRequest{RegistryFixture::kCid, RegistryFixture::kRequestNumber,
                                       QString(48, QLatin1Char('a'))},
            &client, done);
    });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 0);
}

TEST_F(RegistryAttacks, AnotherStationCannotSeeOrSteerTheSession) {
    const SessionInfo s = registry.createSession(*kiosk);
    auto other = registry.kiosk(RegistryFixture::kOtherStation);
    auto seen =
        await<SessionInfo>([&](auto done) { other->session(s.sid, 0, 0, other.get(), done); });
    EXPECT_EQ(errorCode(seen), QStringLiteral("not_found"));
    auto frame = await<QrFrameInfo>([&](auto done) { other->qrFrame(s.sid, other.get(), done); });
    EXPECT_EQ(errorCode(frame), QStringLiteral("not_found"));
    auto cancel = await<SessionInfo>([&](auto done) {
        other->send(protocol::CancelRequest{protocol::CancelReason::Fault}, other.get(), done,
                    s.sid);
    });
    EXPECT_EQ(errorCode(cancel), QStringLiteral("not_found"));
}

TEST_F(RegistryAttacks, PhoneRequestsNotSignedByTheClaimingDeviceAreRefused) {
    const SessionInfo s = registry.createSession(*kiosk);
    ASSERT_TRUE(claim(*phone, registry.frame(*kiosk, s.sid).text, RegistryFixture::kCid, key).ok());
    const auto intruder = *protocol::DeviceKey::generate();
    auto status =
        await<sim::PhoneStatus>([&](auto done) { phone->status(s.sid, 0, 0, intruder, done); });
    EXPECT_EQ(errorCode(status), QStringLiteral("forbidden"));
    auto bound = await<sim::PhoneStatus>([&](auto done) { phone->bind(s.sid, intruder, done); });
    EXPECT_EQ(errorCode(bound), QStringLiteral("forbidden"));
}

TEST_F(RegistryAttacks, ASessionEndsAfterFiveMinutesAndItsFramesStop) {
    const SessionInfo s = registry.createSession(*kiosk);
    registry.advance(5 * 60 * 1000 + 1000);
    auto now =
        await<SessionInfo>([&](auto done) { kiosk->session(s.sid, 0, 0, kiosk.get(), done); });
    EXPECT_EQ(now.value().state, BindingState::Expired);
    auto frame = await<QrFrameInfo>([&](auto done) { kiosk->qrFrame(s.sid, kiosk.get(), done); });
    EXPECT_EQ(errorCode(frame), QStringLiteral("expired"));
}

TEST_F(RegistryAttacks, ACardThatIsNotTheLatestGetsNoSession) {
    const QString token = registry.officerToken(*kiosk);
    auto status = await<CardCheck>([&](auto done) {
        kiosk->send(protocol::CardCheckRequest{RegistryFixture::kCid,
                                               QStringLiteral("5001-02-00000001"), token},
                    kiosk.get(), done);
    });
    EXPECT_EQ(status.value().status, CardStatus::Superseded);
    // The old card's holder has the right finger, but the card is not the latest.
    auto old = await<FingerMatch>([&](auto done) {
        kiosk->send(
            protocol::VerificationRequest{RegistryFixture::kCid, QStringLiteral("5001-02-00000001"),
                                          token, wireFinger(RegistryFixture::finger())},
            kiosk.get(), done);
    });
    ASSERT_TRUE(old.ok());
    EXPECT_FALSE(old.value().matched);
    const QString verified = registry.verification(*kiosk, token);
    auto r = await<SessionInfo>([&](auto done) {
        kiosk->send(
            protocol::CreateSessionRequest{
                RegistryFixture::kCid, QStringLiteral("5001-02-00000001"), verified, token, 0, {}},
            kiosk.get(), done);
    });
    EXPECT_EQ(errorCode(r), QStringLiteral("fingerprint_not_verified"));
    auto unverified = await<SessionInfo>([&](auto done) {
        kiosk->send(protocol::CreateSessionRequest{RegistryFixture::kCid,
                                                   RegistryFixture::kRequestNumber,
                                                   QString(32, QLatin1Char('0')),
                                                   token,
                                                   0,
                                                   {}},
                    kiosk.get(), done);
    });
    EXPECT_EQ(errorCode(unverified), QStringLiteral("fingerprint_not_verified"));
    auto noOfficer = await<SessionInfo>([&](auto done) {
        kiosk->send(protocol::CreateSessionRequest{RegistryFixture::kCid,
                                                   RegistryFixture::kRequestNumber,
                                                   registry.verification(*kiosk, token),
                                                   QString(48, QLatin1Char('0')),
                                                   0,
                                                   {}},
                    kiosk.get(), done);
    });
    EXPECT_EQ(errorCode(noOfficer), QStringLiteral("forbidden"));
}

// Raw bodies, as an attacker would send them, past any well-behaved client.
class RawBodies : public ::testing::Test {
protected:
    RegistryFixture registry;

    std::pair<int, QByteArray> post(const QString& path, const QByteArray& body) {
        const app::RegistryEndpoint e = registry.endpoint();
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(registry.kioskUrl().toString() + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(e.caCertificates);
        tls.setLocalCertificate(e.stationCertificate);
        tls.setPrivateKey(e.stationKey);
        req.setSslConfiguration(tls);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* r = nam.post(req, body);
        QSignalSpy done(r, &QNetworkReply::finished);
        done.wait(10000);
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = r->readAll();
        delete r;
        return {status, answer};
    }
};

TEST_F(RawBodies, OversizedAndMalformedBodiesGetTheirCodes) {
    const auto [s1, b1] = post(QStringLiteral("/v1/kiosk/sessions"), QByteArray(17 * 1024, ' '));
    EXPECT_EQ(s1, 413);
    EXPECT_TRUE(b1.contains("body_too_large")) << b1.constData();
    const auto [s2, b2] = post(QStringLiteral("/v1/kiosk/sessions"), "{\"cid\": ");
    EXPECT_EQ(s2, 400);
    EXPECT_TRUE(b2.contains("malformed_request")) << b2.constData();
    const auto [s3, b3] = post(QStringLiteral("/v1/kiosk/cards/check"),
                               R"({"cid":"1101700230709","request_number":"x"})");
    EXPECT_EQ(s3, 400);
    EXPECT_TRUE(b3.contains("invalid_field") && b3.contains("cid")) << b3.constData();
    const auto [s4, b4] = post(QStringLiteral("/v1/kiosk/cards/check"),
                               R"({"cid":"1101700230708","request_number":"x","extra":1})");
    EXPECT_EQ(s4, 400);
    EXPECT_TRUE(b4.contains("extra")) << b4.constData();
    const auto [s5, b5] = post(QStringLiteral("/v1/kiosk/nothing-here"), "{}");
    EXPECT_EQ(s5, 404);
    EXPECT_TRUE(b5.contains("not_found")) << b5.constData();
}

TEST_F(RawBodies, APhoneWithAKeyThatDoesNotParseGetsItsAnswer) {
    // A key that does not parse left OpenSSL errors behind, and the TLS write of the answer
    // then failed: the phone saw the connection drop instead of a 400.
    QNetworkAccessManager nam;
    for (const QByteArray& key : {QByteArray(), QByteArray("AAAA"), QByteArray("not base64!")}) {
        QNetworkRequest req(
            QUrl(registry.phoneUrl().toString() + QStringLiteral("/v1/phone/device")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(registry.pki().ca().certificate));
        req.setSslConfiguration(tls);
        req.setRawHeader("X-Device-Key", key);
        QNetworkReply* r = nam.get(req);
        QSignalSpy done(r, &QNetworkReply::finished);
        done.wait(10000);
        EXPECT_EQ(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400)
            << key.constData() << ": " << r->errorString().toStdString();
        EXPECT_TRUE(r->readAll().contains("invalid_field"));
        delete r;
    }
}
