// TLS as the protocol allows it (issue 12), on real sockets: a running thaid-registryd offers
// TLS 1.3 and TLS 1.2 with ECDHE and AEAD only, and the kiosk refuses a registry certificate
// that names the registry only in its CN.
#include "registry_fixture.h"
#include "running_registry.h"

#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

bool handshake(const RunningRegistry& r, QSsl::SslProtocol protocol, const char* cipher) {
    QSslSocket s;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(r.file(QStringLiteral("ca.pem"))));
    tls.setProtocol(protocol);
    if (cipher)
        tls.setCiphers({QSslCipher(QLatin1String(cipher))});
    s.setSslConfiguration(tls);
    s.connectToHostEncrypted(r.phoneUrl.host(), static_cast<quint16>(r.phoneUrl.port()));
    return s.waitForEncrypted(5000);
}

}  // namespace

TEST(TlsPolicy, TheRegistryOffersTls13AndAeadTls12Only) {
    RunningRegistry registry;
    EXPECT_TRUE(handshake(registry, QSsl::TlsV1_3, nullptr));
    EXPECT_TRUE(handshake(registry, QSsl::TlsV1_2, "ECDHE-ECDSA-AES128-GCM-SHA256"));
    EXPECT_TRUE(handshake(registry, QSsl::TlsV1_2, "ECDHE-ECDSA-CHACHA20-POLY1305"));
    EXPECT_FALSE(handshake(registry, QSsl::TlsV1_2, "ECDHE-ECDSA-AES128-SHA"));     // CBC, SHA-1
    EXPECT_FALSE(handshake(registry, QSsl::TlsV1_2, "ECDHE-ECDSA-AES256-SHA384"));  // CBC
}

TEST(TlsPolicy, TheKioskWantsTheRegistrysNameInTheAltName) {
    RegistryFixture registry;
    const auto cnOnly =
        registry.pki().issueServerWithoutAltName(QStringLiteral("127.0.0.1"), 30).value();
    registry::RegistryHttpServer server(registry.service(),
                                        registry::RegistryHttpServer::Audience::Kiosk);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(cnOnly.certificate));
    tls.setPrivateKey(QSslKey(cnOnly.privateKey, QSsl::Ec));
    tls.setCaCertificates(QSslCertificate::fromData(registry.pki().ca().certificate));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    server.sslSetup(tls);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    ASSERT_NE(port, 0);
    RegistryEndpoint e = registry.endpoint();
    e.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    RegistryClient kiosk(e);
    auto r = await<RegistryStatus>([&](auto done) { kiosk.status(&kiosk, done); });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, RegistryErrorKind::Tls);
    // The same registry with its name in the altName is reached.
    RegistryClient proper(registry.endpoint());
    EXPECT_TRUE(await<RegistryStatus>([&](auto done) { proper.status(&proper, done); }).ok());
}
