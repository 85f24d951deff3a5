// The registry's transport promise, checked with Qt 6.4's own classes: a QHttpServer with the
// demo PKI's server certificate and peer verification answers a kiosk that presents a station
// certificate, and gives nothing to a client without one or with a certificate from another CA.
#include "sim/demo_pki/demo_pki.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <gtest/gtest.h>

using namespace thaid::sim;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Reply get(quint16 port, const QByteArray& caPem, const std::optional<PemPair>& client) {
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/ping").arg(port)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(caPem));
    if (client) {
        tls.setLocalCertificate(QSslCertificate(client->certificate));
        tls.setPrivateKey(QSslKey(client->privateKey, QSsl::Ec));
    }
    req.setSslConfiguration(tls);
    req.setTransferTimeout(5000);
    QNetworkReply* r = nam.get(req);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), r->readAll(),
              r->error()};
    r->deleteLater();
    return out;
}

}  // namespace

TEST(MutualTls, OnlyStationsWithACertificateFromTheRegistryCaGetAnAnswer) {
    const DemoPki pki = DemoPki::createCa(QStringLiteral("ThaiD demo registry CA"), 3650).value();
    const PemPair server = pki.issueServer(QStringLiteral("127.0.0.1"), 365).value();
    const PemPair station = pki.issueStation(10501, 365).value();
    const DemoPki rogueCa = DemoPki::createCa(QStringLiteral("Someone else"), 3650).value();
    const PemPair rogue = rogueCa.issueStation(10501, 365).value();

    QHttpServer http;
    http.route(QStringLiteral("/v1/ping"), [] { return QStringLiteral("pong"); });
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(server.certificate));
    tls.setPrivateKey(QSslKey(server.privateKey, QSsl::Ec));
    tls.setCaCertificates(QSslCertificate::fromData(pki.ca().certificate));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    http.sslSetup(tls);
    const quint16 port = http.listen(QHostAddress::LocalHost, 0);
    ASSERT_NE(port, 0);

    const Reply ok = get(port, pki.ca().certificate, station);
    EXPECT_EQ(ok.status, 200) << ok.error;
    EXPECT_EQ(ok.body, QByteArray("pong"));

    const Reply anonymous = get(port, pki.ca().certificate, std::nullopt);
    EXPECT_NE(anonymous.error, QNetworkReply::NoError);
    EXPECT_TRUE(anonymous.body.isEmpty());

    const Reply foreign = get(port, pki.ca().certificate, rogue);
    EXPECT_NE(foreign.error, QNetworkReply::NoError);
    EXPECT_TRUE(foreign.body.isEmpty());

    EXPECT_EQ(QSslCertificate(station.certificate).subjectInfo(QSslCertificate::CommonName),
              QStringList{QStringLiteral("station-10501")});
}
