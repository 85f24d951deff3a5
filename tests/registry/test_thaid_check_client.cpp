// The kiosk's ThaiD check client (adapters/ThaidCheckClient) against the real provider over TLS
// on loopback, with a phone bound by a real registration: the QR, the code once the phone has
// scanned, the verified identity, and every other ending the kiosk shows.
#include "adapters/thaid_check_client.h"
#include "oidc_steps.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

class KioskThaidCheck : public OidcLogins {
protected:
    static inline const QByteArray kKioskSecret = "kiosk-10501-secret-0123456789abcdef";
    std::unique_ptr<ThaidCheckClient> client;

    KioskThaidCheck() {
        registry::OidcStore(registry.store())
            .putClient({QStringLiteral("kiosk-10501"),
                        QCryptographicHash::hash(kKioskSecret, QCryptographicHash::Sha256),
                        QStringLiteral("สำนักงานเขตปทุมวัน"),
                        QStringLiteral("Pathum Wan District Office"),
                        {QStringLiteral("http://127.0.0.1/thaid-check")},
                        registry::OidcProvider::supportedScopes(),
                        registry.nowMs()});
        client = std::make_unique<ThaidCheckClient>(settings(registry.phoneUrl()));
    }
    ThaidCheckSettings settings(const QUrl& issuer) const {
        ThaidCheckSettings s;
        s.issuer = issuer;
        s.caCertificates = QSslCertificate::fromData(
            const_cast<KioskThaidCheck*>(this)->registry.pki().ca().certificate);
        s.clientId = QStringLiteral("kiosk-10501");
        s.clientSecret = kKioskSecret;
        s.pollMs = 100;
        return s;
    }
    // The QR's request, as the phone reads it.
    StartedLogin shown() {
        QSignalSpy started(client.get(), &ThaidCheckPort::started);
        client->begin();
        EXPECT_TRUE(started.wait(10000));
        const QString qr = started.value(0).value(0).toString();
        EXPECT_TRUE(qr.startsWith(QStringLiteral("KL1:")));
        EXPECT_GT(started.value(0).value(1).toDateTime(), QDateTime::currentDateTimeUtc());
        return {qr.mid(4).toLower(), {}, {}};
    }
};

}  // namespace

TEST_F(KioskThaidCheck, ThePhoneApprovesAndTheKioskHasTheVerifiedIdentity) {
    const QByteArray photo = QByteArray::fromHex("ffd8ffe000104a464946") + QByteArray(300, 'p');
    ASSERT_TRUE(registry.store().putCitizenCard({RegistryFixture::kCid,
                                                 QStringLiteral("89/1 หมู่ที่ 3 ถนนห้วยแก้ว"),
                                                 QStringLiteral("เชียงใหม่"),
                                                 QStringLiteral("1985-04-15"),
                                                 QStringLiteral("2021-03-02"),
                                                 {},
                                                 photo}));
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const StartedLogin l = shown();
    QSignalSpy scanned(client.get(), &ThaidCheckPort::scanned);
    QSignalSpy verified(client.get(), &ThaidCheckPort::verified);
    const auto offer = scan(l, key);
    ASSERT_TRUE(offer.ok()) << errorCode(offer).toStdString();
    EXPECT_EQ(offer.value().clientNameEn, QStringLiteral("Pathum Wan District Office"));
    ASSERT_TRUE(scanned.wait(5000));
    EXPECT_EQ(scanned.value(0).value(0).toString(), offer.value().relayCode);
    ASSERT_TRUE(decide(offer.value(), true, key).ok());
    ASSERT_TRUE(verified.wait(10000));
    const auto who = verified.value(0).value(0).value<VerifiedIdentity>();
    EXPECT_EQ(who.citizenId, RegistryFixture::kCid);
    EXPECT_EQ(who.assurance, QStringLiteral("high"));
    EXPECT_EQ(who.smartcardCode, RegistryFixture::kRequestNumber);
    EXPECT_FALSE(who.nameTh.isEmpty());
    // The card's print and photo come from userinfo; a lifelong card has no expiry.
    EXPECT_EQ(who.photoJpeg, photo);
    EXPECT_EQ(who.birthDate, QStringLiteral("1985-04-15"));
    EXPECT_EQ(who.issueDate, QStringLiteral("2021-03-02"));
    EXPECT_TRUE(who.expiryDate.isEmpty());
    EXPECT_TRUE(who.address.contains(QStringLiteral("ห้วยแก้ว")));
    // The kiosk asks nothing more with the access token: it is revoked at once.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return registry.database()
                       .rows(QStringLiteral(
                                 "SELECT COUNT(*) FROM oidc_tokens WHERE revoked_at_ms = 0"),
                             {})
                       .value(0)
                       .value(0)
                       .toInt() == 0;
        },
        5000));
}

TEST_F(KioskThaidCheck, RefusalUnknownPhoneExpiryAndADeadRegistryEachReachTheKiosk) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    {
        const StartedLogin l = shown();
        QSignalSpy denied(client.get(), &ThaidCheckPort::denied);
        const auto offer = scan(l, key);
        ASSERT_TRUE(offer.ok());
        ASSERT_TRUE(decide(offer.value(), false, key).ok());
        EXPECT_TRUE(denied.wait(5000));
    }
    {
        const StartedLogin l = shown();
        QSignalSpy refused(client.get(), &ThaidCheckPort::deviceRefused);
        EXPECT_EQ(errorCode(scan(l, *protocol::DeviceKey::generate())),
                  QStringLiteral("device_unknown"));
        EXPECT_TRUE(refused.wait(5000));
        QSignalSpy expired(client.get(), &ThaidCheckPort::expired);
        registry.advance(registry.oidc().settings().requestTtlMs + 1000);
        EXPECT_TRUE(expired.wait(5000));
    }
    // A registry that does not answer: a problem the kiosk can show, and no crash later.
    ThaidCheckClient dead(settings(QUrl(QStringLiteral("https://127.0.0.1:9"))));
    QSignalSpy problem(&dead, &ThaidCheckPort::problem);
    dead.begin();
    EXPECT_TRUE(problem.wait(10000));
    // Abandoned: nothing more arrives for that login.
    const StartedLogin l = shown();
    QSignalSpy anything(client.get(), &ThaidCheckPort::scanned);
    client->abandon();
    ASSERT_TRUE(scan(l, key).ok());
    QTest::qWait(500);
    EXPECT_EQ(anything.count(), 0);
}
