#include "registry_fixture.h"

#include "protocol/tls_policy.h"

#include <QSslKey>

#include <gtest/gtest.h>

namespace thaid::testing {

using namespace thaid::app;
using namespace thaid::registry;
using namespace thaid::sim;

RegistryFixture::RegistryFixture() {
    m_pki = std::make_unique<DemoPki>(DemoPki::createCa(QStringLiteral("Test CA"), 30).value());
    m_server = m_pki->issueServer(QStringLiteral("127.0.0.1"), 30).value();
    m_signing = protocol::Ed25519Key::generate();
    m_database = std::make_unique<TestDatabase>(m_dir.path());
    auto store = RegistryStore::open(m_database->location());
    EXPECT_TRUE(store.ok()) << (store ? "" : store.error().toStdString());
    m_store = std::move(store).value();
    m_store->putCitizen({kCid, QStringLiteral("นาย สมชาย ใจดี"),
                         QStringLiteral("Mr. Somchai Jaidee"), kRequestNumber,
                         QStringLiteral("latest"), QStringLiteral("right-index"), kReferencePrint});
    m_store->putSupersededCard(kCid, QStringLiteral("5001-02-00000001"));
    m_store->putOfficer({kOfficerCid, QStringLiteral("Kanya"), kOfficerCard,
                         QStringLiteral("right-index"), kOfficerPrint});
    m_store->putOfficer({kSupervisorCid, QStringLiteral("Thanaphon"), kSupervisorCard,
                         QStringLiteral("right-index"), kSupervisorPrint,
                         QStringLiteral("supervisor")});
    m_store->putOfficer({kClerkCid, QStringLiteral("Somsak"), kClerkCard,
                         QStringLiteral("right-index"), kClerkPrint});
    m_service = std::make_unique<RegistryService>(*m_store, m_matcher, *m_signing,
                                                  [this] { return nowMs(); });

    QSslConfiguration tls = protocol::withProtocolTls(QSslConfiguration::defaultConfiguration());
    tls.setLocalCertificate(QSslCertificate(m_server.certificate));
    tls.setPrivateKey(QSslKey(m_server.privateKey, QSsl::Ec));
    QSslConfiguration kioskTls = tls;
    kioskTls.setCaCertificates(QSslCertificate::fromData(m_pki->ca().certificate));
    kioskTls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_kiosk = std::make_unique<RegistryHttpServer>(*m_service, RegistryHttpServer::Audience::Kiosk);
    m_phone = std::make_unique<RegistryHttpServer>(*m_service, RegistryHttpServer::Audience::Phone);
    m_kiosk->sslSetup(kioskTls);
    m_phone->sslSetup(tls);
    m_oidc = std::make_unique<OidcProvider>(*m_store, OidcSettings{}, [this] { return nowMs(); });
    m_phone->serveOidc(m_oidc.get());
    m_kioskPort = m_kiosk->listen(QHostAddress::LocalHost, 0);
    m_phonePort = m_phone->listen(QHostAddress::LocalHost, 0);
    m_oidc->setIssuer(phoneUrl().toString());
    EXPECT_NE(m_kioskPort, 0);
    EXPECT_NE(m_phonePort, 0);
}

RegistryFixture::~RegistryFixture() = default;

qint64 RegistryFixture::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

QUrl RegistryFixture::kioskUrl() const {
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_kioskPort));
}

QUrl RegistryFixture::phoneUrl() const {
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_phonePort));
}

RegistryEndpoint RegistryFixture::endpoint(quint32 station) const {
    return endpoint(m_pki->issueStation(station, 30).value(), station);
}

RegistryEndpoint RegistryFixture::endpoint(const PemPair& cert, quint32 station) const {
    RegistryEndpoint e;
    e.url = kioskUrl();
    e.caCertificates = QSslCertificate::fromData(m_pki->ca().certificate);
    e.stationCertificate = QSslCertificate(cert.certificate);
    e.stationKey = QSslKey(cert.privateKey, QSsl::Ec);
    e.stationId = station;
    e.trustedSigningKeys = {*protocol::Ed25519Key::fromRawPublic(m_signing->rawPublic())};
    e.timeoutMs = 5000;
    return e;
}

std::unique_ptr<RegistryClient> RegistryFixture::kiosk(quint32 station) const {
    return std::make_unique<RegistryClient>(endpoint(station));
}

std::unique_ptr<sim::PhoneApi> RegistryFixture::phone() const {
    return std::make_unique<sim::PhoneApi>(phoneUrl(),
                                           QSslCertificate::fromData(m_pki->ca().certificate));
}

QString RegistryFixture::officerToken(RegistryClient& client) {
    auto r = await<OfficerSession>([&](auto done) {
        client.send(protocol::OfficerSignInRequest{kOfficerCid, kOfficerCard,
                                                   wireFinger(finger(kOfficerPrint))},
                    &client, done);
    });
    EXPECT_TRUE(r.ok()) << (r ? "" : r.error().code.toStdString());
    return r ? r.value().token : QString();
}

QString RegistryFixture::verification(RegistryClient& client, const QString& token,
                                      const FingerCapture& f) {
    auto r = await<FingerMatch>([&](auto done) {
        client.send(protocol::VerificationRequest{kCid, kRequestNumber, token, wireFinger(f)},
                    &client, done);
    });
    EXPECT_TRUE(r.ok()) << (r ? "" : r.error().code.toStdString());
    return r && r.value().matched ? r.value().verificationId : QString();
}

SessionInfo RegistryFixture::createSession(RegistryClient& client) {
    const QString token = officerToken(client);
    const QString verified = verification(client, token);
    auto r = await<SessionInfo>([&](auto done) {
        client.send(protocol::CreateSessionRequest{kCid, kRequestNumber, verified, token, 0, {}},
                    &client, done);
    });
    EXPECT_TRUE(r.ok()) << (r ? "" : r.error().code.toStdString());
    return r ? r.value() : SessionInfo{};
}

QrFrameInfo RegistryFixture::frame(RegistryClient& client, const QString& sid) {
    auto r = await<QrFrameInfo>([&](auto done) { client.qrFrame(sid, &client, done); });
    EXPECT_TRUE(r.ok()) << (r ? "" : r.error().code.toStdString());
    return r ? r.value() : QrFrameInfo{};
}

}  // namespace thaid::testing
