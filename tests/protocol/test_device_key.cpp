#include "protocol/device_key.h"

#include <gtest/gtest.h>

using thaid::protocol::DeviceKey;

TEST(DeviceKey, SealedUnderThePasscodeAndSignsForTheRegistry) {
    const DeviceKey key = *DeviceKey::generate();
    const QByteArray pub = key.publicKeyDer();
    EXPECT_EQ(pub.size(), 91);  // P-256 SubjectPublicKeyInfo
    const QByteArray sealed = key.seal(QStringLiteral("25803691"));
    EXPECT_TRUE(sealed.startsWith("TDK1"));

    const auto back = DeviceKey::unseal(sealed, QStringLiteral("25803691"));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->publicKeyDer(), pub);
    const QByteArray sig = back->sign("/v1/phone/sessions/abc");
    EXPECT_TRUE(DeviceKey::verify(pub, "/v1/phone/sessions/abc", sig));
    EXPECT_FALSE(DeviceKey::verify(pub, "/v1/phone/sessions/abd", sig));
    EXPECT_FALSE(
        DeviceKey::verify(DeviceKey::generate()->publicKeyDer(), "/v1/phone/sessions/abc", sig));

    EXPECT_FALSE(DeviceKey::unseal(sealed, QStringLiteral("25803692")));  // wrong passcode
    QByteArray altered = sealed;
    altered[40] = static_cast<char>(altered[40] ^ 1);
    EXPECT_FALSE(DeviceKey::unseal(altered, QStringLiteral("25803691")));
    EXPECT_FALSE(DeviceKey::unseal(QByteArray("TDK1"), QStringLiteral("25803691")));
}
