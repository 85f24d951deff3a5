// The registry decides (docs/protocol.md), against a running thaid-registryd with the demo data:
// a station's certificate and key file, with the data printed on a card, get no officer token,
// no session and no reference print. Only fingers the registry itself matched (libfprint's
// NBIS and bozorth3, in the registry) open the way, and tokens end when they should.
#include "registry_fixture.h"
#include "running_registry.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>

#include <gtest/gtest.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

const QString& kCid = RunningRegistry::kCid;
const QString& kRequestNumber = RunningRegistry::kRequestNumber;
const QString& kOfficerCid = RunningRegistry::kOfficerCid;
const QString& kOfficerCard = RunningRegistry::kOfficerCard;

// A hand-written request with the station's certificate and key, as a script would send it.
struct Raw {
    int status = 0;
    QJsonObject body;
};
Raw rawRequest(const RegistryEndpoint& e, const QByteArray& method, const QString& path,
               const QByteArray& body = {}) {
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(e.url.toString() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(e.caCertificates);
    tls.setLocalCertificate(e.stationCertificate);
    tls.setPrivateKey(e.stationKey);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
    QDeadlineTimer deadline(20000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    Raw r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
          QJsonDocument::fromJson(reply->readAll()).object()};
    delete reply;
    return r;
}

QString code(const Raw& r) {
    return r.body.value(QStringLiteral("code")).toString();
}

Result<OfficerSession, RegistryError> signIn(RegistryClient& kiosk, const QString& image) {
    return await<OfficerSession>([&](auto done) {
        kiosk.send(protocol::OfficerSignInRequest{kOfficerCid, kOfficerCard,
                                                  wireFinger(fixtureFinger(image))},
                   &kiosk, done);
    });
}

Result<FingerMatch, RegistryError> verify(RegistryClient& kiosk, const QString& token,
                                          const QString& cid, const QString& image) {
    return await<FingerMatch>([&](auto done) {
        kiosk.send(protocol::VerificationRequest{cid, kRequestNumber, token,
                                                 wireFinger(fixtureFinger(image))},
                   &kiosk, done);
    });
}

// A certificate request whose common name is exactly these bytes.
QByteArray csrFor(const char* commonName) {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    X509_REQ* req = X509_REQ_new();
    X509_NAME* name = X509_REQ_get_subject_name(req);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
    X509_REQ_set_pubkey(req, key);
    X509_REQ_sign(req, key, EVP_sha256());
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509_REQ(bio, req);
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, static_cast<qsizetype>(n));
    BIO_free(bio);
    X509_REQ_free(req);
    EVP_PKEY_free(key);
    return pem;
}

}  // namespace

TEST(RegistryDecides, AStationKeyAndPrintedCardDataGetNoTokenSessionOrPrint) {
    RunningRegistry registry;
    const RegistryEndpoint e = registry.endpoint();
    const QByteArray token48 = QByteArray(48, 'a');

    // The old shape: the kiosk says the finger matched. Refused, whatever it claims.
    const Raw claimed =
        rawRequest(e, "POST", QStringLiteral("/v1/kiosk/officers/sign-in"),
                   R"({"officer_cid":"3101700555018","card_request_number":"1017-01-00555018",
            "station_id":10501,"fingerprint":{"finger":"right-index","matched":true,"attempts":1}})");
    EXPECT_EQ(claimed.status, 400);
    EXPECT_EQ(code(claimed), QStringLiteral("invalid_field"));
    // Someone else's finger on the officer's card data.
    RegistryClient kiosk(e);
    auto wrong = signIn(kiosk, QStringLiteral("arch-capture2.png"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, QStringLiteral("fingerprint_not_verified"));

    // Without a token nothing about citizens answers, and reference prints are not served.
    const Raw check = rawRequest(e, "POST", QStringLiteral("/v1/kiosk/cards/check"),
                                 R"({"cid":"1101700230708","request_number":"5001-02-01234567",
                                     "officer_token":")" +
                                     token48 + "\"}");
    EXPECT_EQ(check.status, 403);
    const Raw print =
        rawRequest(e, "GET", QStringLiteral("/v1/kiosk/citizens/1101700230708/reference-print"));
    EXPECT_EQ(print.status, 404);
    const Raw session =
        rawRequest(e, "POST", QStringLiteral("/v1/kiosk/sessions"),
                   R"({"cid":"1101700230708","request_number":"5001-02-01234567","station_id":10501,
            "verification_id":"0123456789abcdef0123456789abcdef","officer_token":")" +
                       token48 + "\"}");
    EXPECT_EQ(session.status, 403);

    // Even with a real officer signed in, a session needs the citizen's own finger, matched by
    // the registry, once.
    auto officer = signIn(kiosk, QStringLiteral("tented_arch-capture2.png"));
    ASSERT_TRUE(officer.ok()) << officer.error().code.toStdString();
    const QByteArray token = officer.value().token.toLatin1();
    auto someoneElse = verify(kiosk, officer.value().token, kCid, QStringLiteral("whorl.png"));
    ASSERT_TRUE(someoneElse.ok());
    EXPECT_FALSE(someoneElse.value().matched);
    const Raw oldShape =
        rawRequest(e, "POST", QStringLiteral("/v1/kiosk/sessions"),
                   R"({"cid":"1101700230708","request_number":"5001-02-01234567","station_id":10501,
            "fingerprint":{"finger":"right-index","matched":true,"attempts":1},
            "officer_token":")" +
                       token + "\"}");
    EXPECT_EQ(oldShape.status, 400);
    const Raw madeUp =
        rawRequest(e, "POST", QStringLiteral("/v1/kiosk/sessions"),
                   R"({"cid":"1101700230708","request_number":"5001-02-01234567","station_id":10501,
            "verification_id":"0123456789abcdef0123456789abcdef","officer_token":")" +
                       token + "\"}");
    EXPECT_EQ(code(madeUp), QStringLiteral("fingerprint_not_verified"));
    auto own =
        verify(kiosk, officer.value().token, kCid, QStringLiteral("loop-right-capture2.png"));
    ASSERT_TRUE(own.ok());
    ASSERT_TRUE(own.value().matched);
    const QByteArray create =
        R"({"cid":"1101700230708","request_number":"5001-02-01234567","station_id":10501,
            "verification_id":")" +
        own.value().verificationId.toLatin1() + R"(","officer_token":")" + token + "\"}";
    EXPECT_EQ(rawRequest(e, "POST", QStringLiteral("/v1/kiosk/sessions"), create).status, 201);
    // Used once: the same verification opens no second session.
    EXPECT_EQ(code(rawRequest(e, "POST", QStringLiteral("/v1/kiosk/sessions"), create)),
              QStringLiteral("fingerprint_not_verified"));
    // Another station cannot use this station's verification.
    const RegistryEndpoint other = registry.endpoint(10502);
    auto again =
        verify(kiosk, officer.value().token, kCid, QStringLiteral("loop-right-capture2.png"));
    ASSERT_TRUE(again.value().matched);
    const Raw stolen = rawRequest(
        other, "POST", QStringLiteral("/v1/kiosk/sessions"),
        R"({"cid":"1101700230708","request_number":"5001-02-01234567","station_id":10502,
            "verification_id":")" +
            again.value().verificationId.toLatin1() + R"(","officer_token":")" + token + "\"}");
    EXPECT_EQ(stolen.status, 403);
}

TEST(RegistryDecides, AnUnknownCitizenLooksLikeAFingerThatDoesNotMatch) {
    RunningRegistry registry;
    RegistryClient kiosk(registry.endpoint());
    auto officer = signIn(kiosk, QStringLiteral("tented_arch-capture2.png"));
    ASSERT_TRUE(officer.ok());
    const QString token = officer.value().token;
    const QString unknownCid = QStringLiteral("1101700230716");  // valid check digit, not on record
    const auto checkOf = [&](const QString& cid, const QString& rn) {
        return await<CardCheck>([&](auto done) {
            kiosk.send(protocol::CardCheckRequest{cid, rn, token}, &kiosk, done);
        });
    };
    EXPECT_EQ(checkOf(unknownCid, kRequestNumber).value().status, CardStatus::Unknown);
    EXPECT_EQ(checkOf(kCid, QStringLiteral("5001-02-09999999")).value().status,
              CardStatus::Unknown);
    // The unknown ID gets a real match against someone's print, and the same "no".
    auto unknown = verify(kiosk, token, unknownCid, QStringLiteral("loop-right-capture2.png"));
    auto known = verify(kiosk, token, kCid, QStringLiteral("whorl-capture2.png"));
    ASSERT_TRUE(unknown.ok());
    ASSERT_TRUE(known.ok());
    EXPECT_FALSE(unknown.value().matched);
    EXPECT_FALSE(known.value().matched);
    EXPECT_EQ(unknown.value().attemptsLeft, known.value().attemptsLeft);
}

// The registry holds both index fingers (the demo citizens' from the fixtures): each finger is
// matched against its own print only.
TEST(RegistryDecides, EachIndexFingerIsMatchedAgainstItsOwnPrint) {
    RunningRegistry registry;
    RegistryClient kiosk(registry.endpoint());
    auto officer = signIn(kiosk, QStringLiteral("tented_arch-capture2.png"));
    ASSERT_TRUE(officer.ok());
    const auto as = [&](const QString& finger, const QString& image) {
        FingerCapture f = fixtureFinger(image);
        f.finger = finger;
        return await<FingerMatch>([&](auto done) {
            kiosk.send(protocol::VerificationRequest{kCid, kRequestNumber, officer.value().token,
                                                     wireFinger(f)},
                       &kiosk, done);
        });
    };
    // Somchai: right index loop-right.png, left index arch.png.
    EXPECT_FALSE(
        as(QStringLiteral("right-index"), QStringLiteral("arch-capture2.png")).value().matched);
    EXPECT_FALSE(as(QStringLiteral("left-index"), QStringLiteral("loop-right-capture2.png"))
                     .value()
                     .matched);
    auto left = as(QStringLiteral("left-index"), QStringLiteral("arch-capture2.png"));
    ASSERT_TRUE(left.ok());
    EXPECT_TRUE(left.value().matched);
    EXPECT_FALSE(left.value().verificationId.isEmpty());
}

TEST(RegistryDecides, TokensAreHashedAndEndAtSignOutOrTheNextSignIn) {
    RunningRegistry registry;
    RegistryClient first(registry.endpoint(10501));
    RegistryClient second(registry.endpoint(10502));
    auto a = signIn(first, QStringLiteral("tented_arch-capture2.png"));
    ASSERT_TRUE(a.ok());
    const auto checkWith = [&](RegistryClient& k, const QString& token) {
        return await<CardCheck>([&](auto done) {
            k.send(protocol::CardCheckRequest{kCid, kRequestNumber, token}, &k, done);
        });
    };
    EXPECT_TRUE(checkWith(first, a.value().token).ok());
    // The same officer at another station: the first station's token ends.
    auto b = signIn(second, QStringLiteral("tented_arch-capture2.png"));
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(checkWith(first, a.value().token).error().code, QStringLiteral("forbidden"));
    EXPECT_TRUE(checkWith(second, b.value().token).ok());
    // Sign-out ends the token at once.
    auto out = await<protocol::SignOutResult>([&](auto done) {
        second.send(protocol::OfficerSignOutRequest{b.value().token}, &second, done);
    });
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(checkWith(second, b.value().token).error().code, QStringLiteral("forbidden"));

    // The file holds no token, and only its owner can read it.
    auto c = signIn(first, QStringLiteral("tented_arch-capture2.png"));
    ASSERT_TRUE(c.ok());
    registry.server.terminate();
    registry.server.waitForFinished(5000);
    // Tokens are kept as hashes only.
    const auto tokens = registry.database.rows(QStringLiteral("SELECT token FROM officer_tokens"));
    ASSERT_FALSE(tokens.isEmpty());
    for (const QVariantList& t : tokens)
        EXPECT_NE(t.value(0).toString(), c.value().token);
    if (registry.database.isPostgres())
        return;  // a file of the registry's own only with SQLite
    QByteArray bytes;
    for (const char* suffix : {"", "-wal"}) {
        QFile f(registry.file(QStringLiteral("registry.db")) + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains(c.value().token.toLatin1()));
    EXPECT_EQ(QFile::permissions(registry.file(QStringLiteral("registry.db"))) &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions())
        << "registry.db is open to others";
}

TEST(RegistryDecides, SignCsrTakesOnlyExactStationNames) {
    RunningRegistry registry;
    for (const char* cn : {"station-0010501", "station- 10501", "station-10501 ", " station-10501",
                           "station-+10501", "station-4294967296", "station-0"}) {
        SCOPED_TRACE(cn);
        const QString csr = registry.file(QStringLiteral("request.csr"));
        QFile out(csr);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(csrFor(cn));
        out.close();
        QProcess sign;
        sign.start(
            QStringLiteral(THAID_REGISTRYD_BIN),
            {QStringLiteral("sign-csr"), QStringLiteral("--dir"), registry.dir.path(),
             QStringLiteral("--db"), registry.database.location(), QStringLiteral("--csr"), csr});
        ASSERT_TRUE(sign.waitForFinished(20000));
        EXPECT_NE(sign.exitCode(), 0) << sign.readAllStandardOutput().left(60).constData();
    }
    // The exact form is still signed.
    QFile out(registry.file(QStringLiteral("request.csr")));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(csrFor("station-10503"));
    out.close();
    QProcess sign;
    sign.start(QStringLiteral(THAID_REGISTRYD_BIN),
               {QStringLiteral("sign-csr"), QStringLiteral("--dir"), registry.dir.path(),
                QStringLiteral("--db"), registry.database.location(), QStringLiteral("--csr"),
                registry.file(QStringLiteral("request.csr"))});
    ASSERT_TRUE(sign.waitForFinished(20000));
    EXPECT_EQ(sign.exitCode(), 0) << sign.readAllStandardError().constData();
    EXPECT_TRUE(sign.readAllStandardOutput().startsWith("-----BEGIN CERTIFICATE-----"));
}
