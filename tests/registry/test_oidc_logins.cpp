// The registry as an OpenID Connect provider (issue 16), through the real stack: HTTPS on
// loopback, the phone API client with a device key bound by a real registration, the agency's
// requests as plain HTTP. What a standard client library sees is in tests/oidc (npm
// openid-client); here every step, redirect and refusal is looked at.
#include "oidc_steps.h"
#include "protocol/qr_code.h"

#include <QImage>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

QString pageState(const WebReply& r) {
    const auto m = QRegularExpression(QStringLiteral("data-state=\"([a-z_]+)\""))
                       .match(QString::fromUtf8(r.body));
    return m.hasMatch() ? m.captured(1) : QStringLiteral("(none)");
}

}  // namespace

TEST_F(OidcLogins, DiscoveryAndKeysDescribeTheProvider) {
    const QJsonObject d = get(QStringLiteral("/.well-known/openid-configuration")).json();
    const QString issuer = registry.phoneUrl().toString();
    EXPECT_EQ(d.value(QStringLiteral("issuer")).toString(), issuer);
    EXPECT_EQ(d.value(QStringLiteral("token_endpoint")).toString(), issuer + "/oidc/token");
    EXPECT_EQ(d.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
              QJsonArray{QStringLiteral("S256")});
    EXPECT_EQ(d.value(QStringLiteral("token_endpoint_auth_methods_supported")).toArray(),
              QJsonArray{QStringLiteral("client_secret_basic")});
    registry.oidc().ensureSigningKey();
    const QJsonArray keys =
        get(QStringLiteral("/oidc/jwks")).json().value(QStringLiteral("keys")).toArray();
    ASSERT_EQ(keys.size(), 1);
    EXPECT_EQ(keys[0].toObject().value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
    EXPECT_FALSE(keys[0].toObject().contains(QStringLiteral("d")));  // never the private half
}

TEST_F(OidcLogins, TheBoundPhoneLogsTheCitizenInWithTheScopesAsked) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const StartedLogin l = start();
    // The page shows a QR that is the request, and a countdown.
    const WebReply page = get(QStringLiteral("/oidc/login/") + l.requestId, l.cookie);
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(pageState(page), QStringLiteral("(none)"));
    const auto png = QRegularExpression(QStringLiteral("base64,([A-Za-z0-9+/=]+)"))
                         .match(QString::fromLatin1(page.body));
    ASSERT_TRUE(png.hasMatch());
    const QImage qr = QImage::fromData(QByteArray::fromBase64(png.captured(1).toLatin1()));
    EXPECT_EQ(protocol::decodeQrCodes(qr),
              QStringList{QStringLiteral("KL1:") + l.requestId.toUpper()});
    EXPECT_TRUE(page.body.contains("id=countdown"));
    EXPECT_TRUE(page.body.contains("Example Department"));

    const auto offer = scan(l, key);
    ASSERT_TRUE(offer.ok()) << errorCode(offer).toStdString();
    EXPECT_EQ(offer.value().clientNameEn, QStringLiteral("Example Department"));
    // Once scanned, the page shows the code the phone shows.
    const WebReply scanned = get(QStringLiteral("/oidc/login/") + l.requestId, l.cookie);
    const QString code = offer.value().relayCode;
    EXPECT_TRUE(scanned.body.contains((code.left(3) + ' ' + code.mid(3)).toLatin1()));
    ASSERT_TRUE(decide(offer.value(), true, key).ok());

    const WebReply tokens = exchange(codeOf(l), l.verifier);
    ASSERT_EQ(tokens.status, 200) << tokens.body.constData();
    const QJsonObject t = tokens.json();
    EXPECT_EQ(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(t.value(QStringLiteral("expires_in")).toInt(), 900);
    const QJsonObject claims = verifiedClaims(t.value(QStringLiteral("id_token")).toString());
    EXPECT_EQ(claims.value(QStringLiteral("pid")).toString(), RegistryFixture::kCid);
    EXPECT_EQ(claims.value(QStringLiteral("ial")).toString(), QStringLiteral("high"));
    EXPECT_EQ(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("agency.example"));
    EXPECT_EQ(claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("nonce-1"));
    EXPECT_FALSE(claims.value(QStringLiteral("name")).toString().isEmpty());
    EXPECT_FALSE(claims.contains(QStringLiteral("smartcard_code")));  // not asked for
    EXPECT_NE(claims.value(QStringLiteral("sub")).toString(), RegistryFixture::kCid);

    const QString access = t.value(QStringLiteral("access_token")).toString();
    const QJsonObject active = introspect(access);
    EXPECT_TRUE(active.value(QStringLiteral("active")).toBool());
    EXPECT_EQ(active.value(QStringLiteral("pid")).toString(), RegistryFixture::kCid);
    const WebReply info = fetch("GET", QStringLiteral("/oidc/userinfo"), {},
                                {{"Authorization", "Bearer " + access.toLatin1()}});
    EXPECT_EQ(info.json().value(QStringLiteral("pid")).toString(), RegistryFixture::kCid);
    // Revoked: inactive everywhere at once.
    EXPECT_EQ(post(QStringLiteral("/oidc/revoke"), {{QStringLiteral("token"), access}}).status,
              200);
    EXPECT_FALSE(introspect(access).value(QStringLiteral("active")).toBool());
    EXPECT_EQ(fetch("GET", QStringLiteral("/oidc/userinfo"), {},
                    {{"Authorization", "Bearer " + access.toLatin1()}})
                  .status,
              401);
}

TEST_F(OidcLogins, ARefusalGoesBackAsUserDenied) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const StartedLogin l = decided(key, false);
    const WebReply back = get(QStringLiteral("/oidc/login/") + l.requestId, l.cookie);
    EXPECT_EQ(back.status, 302);
    const QUrlQuery q(QUrl(QString::fromLatin1(back.location)));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("error")), QStringLiteral("user_denied"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("state")), QStringLiteral("state-1"));
    EXPECT_FALSE(q.hasQueryItem(QStringLiteral("code")));
}

TEST_F(OidcLogins, OnlyTheCitizensCurrentPhoneIsAccepted) {
    const StartedLogin l = start();
    const auto stranger = *protocol::DeviceKey::generate();
    EXPECT_EQ(errorCode(scan(l, stranger)), QStringLiteral("device_unknown"));
    EXPECT_EQ(pageState(get(QStringLiteral("/oidc/login/") + l.requestId, l.cookie)),
              QStringLiteral("refused"));
    // A replaced phone is refused with its own code; the new one logs in on the same page.
    const auto oldKey = *protocol::DeviceKey::generate();
    registerPhone(oldKey);
    const auto newKey = *protocol::DeviceKey::generate();
    registerPhone(newKey, check().value().binding->bindingId);
    EXPECT_EQ(errorCode(scan(l, oldKey)), QStringLiteral("device_revoked"));
    const WebReply refused = get(QStringLiteral("/oidc/login/") + l.requestId, l.cookie);
    EXPECT_EQ(pageState(refused), QStringLiteral("refused"));
    EXPECT_TRUE(refused.body.contains("KL1:") || refused.body.contains("base64,"));
    const auto offer = scan(l, newKey);
    ASSERT_TRUE(offer.ok()) << errorCode(offer).toStdString();
    ASSERT_TRUE(decide(offer.value(), true, newKey).ok());
    const WebReply tokens = exchange(codeOf(l), l.verifier);
    EXPECT_EQ(tokens.status, 200);
}

TEST_F(OidcLogins, AnExceptionBindingGivesTheLowerIal) {
    // The registration is signed off by a supervisor instead of the citizen's finger.
    auto g = grant(QStringLiteral("fingers_worn"));
    ASSERT_TRUE(g.ok()) << errorCode(g).toStdString();
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key, {}, g.value().verificationId);
    const QJsonObject t = logIn(key);
    const QJsonObject claims = verifiedClaims(t.value(QStringLiteral("id_token")).toString());
    EXPECT_EQ(claims.value(QStringLiteral("ial")).toString(), QStringLiteral("substantial"));
}

// The attacks the issue names, each against an otherwise good login.
TEST_F(OidcLogins, AnApprovalCountsOnceAndForItsOwnRequestOnly) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const StartedLogin first = start();
    const StartedLogin second = start();
    const auto a = scan(first, key);
    const auto b = scan(second, key);
    ASSERT_TRUE(a.ok() && b.ok());
    // first's signed approval sent for second: the signature covers first's path and nonce.
    sim::LoginOffer crossed = a.value();
    crossed.requestId = second.requestId;
    EXPECT_EQ(errorCode(decide(crossed, true, key)), QStringLiteral("forbidden"));
    sim::LoginOffer wrongNonce = b.value();
    wrongNonce.nonce = a.value().nonce;
    EXPECT_EQ(errorCode(decide(wrongNonce, true, key)), QStringLiteral("forbidden"));
    // The same approval twice: the second is refused, whoever sends it.
    ASSERT_TRUE(decide(a.value(), true, key).ok());
    EXPECT_EQ(errorCode(decide(a.value(), true, key)), QStringLiteral("wrong_state"));
    EXPECT_EQ(errorCode(decide(a.value(), false, key)), QStringLiteral("wrong_state"));
    // Another phone cannot decide a login this one scanned.
    const auto other = *protocol::DeviceKey::generate();
    const sim::LoginOffer& stolen = b.value();
    EXPECT_EQ(errorCode(decide(stolen, true, other)), QStringLiteral("wrong_state"));
}

// A phone approves a handful of logins in ten minutes, no more: a QR phished to a citizen
// in bulk cannot be approved in bulk. Refusals are always taken; the phone shows who asks and
// since when.
TEST_F(OidcLogins, ApprovalsAreLimitedPerPhone) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    for (int i = 0; i < 5; ++i)
        decided(key, true);
    const StartedLogin sixth = start();
    const auto offer = scan(sixth, key);
    ASSERT_TRUE(offer.ok());
    EXPECT_LE(offer.value().openedAt, registry.now());
    EXPECT_GT(offer.value().expiresAt, offer.value().openedAt);
    auto limited = decide(offer.value(), true, key);
    EXPECT_EQ(errorCode(limited), QStringLiteral("rate_limited"));
    EXPECT_EQ(limited.error().httpStatus, 429);
    EXPECT_TRUE(decide(offer.value(), false, key).ok());
    // Ten minutes after the first, the phone approves again.
    registry.advance(10 * 60 * 1000 + 1000);
    const StartedLogin later = start();
    const auto again = scan(later, key);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(decide(again.value(), true, key).ok());
}

// A session swap: someone else's phone approves the QR shown in this browser. The page then
// shows who approved, masked, and the person here says "not me": the agency hears user_denied
// and nobody gets a code. Only this browser decides, and only after the phone approved.
TEST_F(OidcLogins, ASwappedLoginIsStoppedAtTheBrowser) {
    const auto someoneElse = *protocol::DeviceKey::generate();
    registerPhone(someoneElse);  // Mr. Somchai Jaidee, ID ending 0708
    const StartedLogin l = start();
    const auto offer = scan(l, someoneElse);
    ASSERT_TRUE(offer.ok());
    // Before the phone decides, a confirmation gives nothing.
    const WebReply early = confirm(l, "confirm");
    EXPECT_EQ(early.status, 200);
    EXPECT_FALSE(early.location.contains("code="));
    ASSERT_TRUE(decide(offer.value(), true, someoneElse).ok());

    const WebReply page = get(QStringLiteral("/oidc/login/") + l.requestId, l.cookie);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("id=confirm-identity"));
    EXPECT_TRUE(page.body.contains("S*** J***"));
    EXPECT_TRUE(page.body.contains(QStringLiteral("ส*** ใ***").toUtf8()));
    EXPECT_TRUE(page.body.contains("0708"));
    EXPECT_FALSE(page.body.contains("Somchai"));
    EXPECT_FALSE(page.body.contains("1101700230708"));
    const WebReply json = fetch("GET", QStringLiteral("/oidc/login/") + l.requestId, {},
                                {{"Cookie", l.cookie}, {"Accept", "application/json"}});
    EXPECT_EQ(
        json.json().value(QStringLiteral("identity")).toObject().value(QStringLiteral("id_tail")),
        QStringLiteral("0708"));
    // Another browser cannot answer for this one.
    const WebReply stranger =
        fetch("POST", QStringLiteral("/oidc/login/%1/confirm").arg(l.requestId), "decision=confirm",
              {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(stranger.status, 403);

    const WebReply notMe = confirm(l, "reject");
    ASSERT_EQ(notMe.status, 302);
    const QUrlQuery q(QUrl(QString::fromLatin1(notMe.location)));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("error")), QStringLiteral("user_denied"));
    EXPECT_FALSE(q.hasQueryItem(QStringLiteral("code")));
    // Said once: a confirmation afterwards still gives no code.
    EXPECT_FALSE(confirm(l, "confirm").location.contains("code="));
}

TEST_F(OidcLogins, PkceIsRequiredAndChecked) {
    const WebReply without = get(authorizeQuery(QString()));
    ASSERT_EQ(without.status, 302);
    const QUrlQuery q(QUrl(QString::fromLatin1(without.location)));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    EXPECT_TRUE(without.location.startsWith(kRedirect.toLatin1()));

    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const StartedLogin l = decided(key, true);
    const QString code = codeOf(l);
    const WebReply missing = exchange(code, QString());
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_grant"));
    const WebReply wrong = exchange(code, QString(43, QLatin1Char('a')));
    EXPECT_EQ(wrong.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_grant"));
    // The failed tries did not spend the code.
    EXPECT_EQ(exchange(code, l.verifier).status, 200);
}

TEST_F(OidcLogins, ACodeUsedTwiceIsRefusedAndWithdrawsWhatItGave) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const StartedLogin l = decided(key, true);
    const QString code = codeOf(l);
    const WebReply first = exchange(code, l.verifier);
    ASSERT_EQ(first.status, 200);
    const QString access = first.json().value(QStringLiteral("access_token")).toString();
    EXPECT_TRUE(introspect(access).value(QStringLiteral("active")).toBool());
    const WebReply again = exchange(code, l.verifier);
    EXPECT_EQ(again.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_grant"));
    EXPECT_FALSE(introspect(access).value(QStringLiteral("active")).toBool());
    // The browser coming back to the page gets no second code.
    EXPECT_EQ(get(QStringLiteral("/oidc/login/") + l.requestId, l.cookie).status, 200);
}

TEST_F(OidcLogins, RedirectUrisMatchExactly) {
    // Unknown to the client: an error page, and nothing is sent anywhere.
    const WebReply r =
        get(authorizeQuery(QStringLiteral("v").repeated(43), QStringLiteral("openid"),
                           QStringLiteral("https://evil.example/callback")));
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(r.location.isEmpty());
    EXPECT_EQ(pageState(r), QStringLiteral("wrong_redirect_uri"));
    const WebReply prefix = get(authorizeQuery(QStringLiteral("v").repeated(43),
                                               QStringLiteral("openid"), kRedirect + "/x"));
    EXPECT_EQ(prefix.status, 400);
    // At the token endpoint, another URI than the request's is refused.
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const StartedLogin l = decided(key, true);
    const WebReply wrong = exchange(codeOf(l), l.verifier, kRedirect + "?x=1");
    EXPECT_EQ(wrong.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_grant"));
}

TEST_F(OidcLogins, AnExpiredRequestCannotBeScannedOrApproved) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const StartedLogin unscanned = start();
    const StartedLogin scanned = start();
    const auto offer = scan(scanned, key);
    ASSERT_TRUE(offer.ok());
    registry.advance(registry.oidc().settings().requestTtlMs + 1000);
    EXPECT_EQ(errorCode(scan(unscanned, key)), QStringLiteral("expired"));
    EXPECT_EQ(errorCode(decide(offer.value(), true, key)), QStringLiteral("expired"));
    EXPECT_EQ(
        pageState(get(QStringLiteral("/oidc/login/") + unscanned.requestId, unscanned.cookie)),
        QStringLiteral("expired"));
}

TEST_F(OidcLogins, TheBackChannelWantsTheClientsSecretAndThePageItsBrowser) {
    const WebReply bad = post(QStringLiteral("/oidc/token"),
                              {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                               {QStringLiteral("code"), QStringLiteral("x")}},
                              "wrong");
    EXPECT_EQ(bad.status, 401);
    EXPECT_EQ(bad.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_client"));
    EXPECT_EQ(post(QStringLiteral("/oidc/introspect"),
                   {{QStringLiteral("token"), QStringLiteral("x")}}, "wrong")
                  .status,
              401);
    EXPECT_FALSE(
        introspect(QStringLiteral("not-a-token")).value(QStringLiteral("active")).toBool());
    // The page of a login is for the browser that started it: without its cookie, nothing.
    const StartedLogin l = start();
    const WebReply other = get(QStringLiteral("/oidc/login/") + l.requestId);
    EXPECT_EQ(other.status, 403);
    EXPECT_EQ(pageState(other), QStringLiteral("other_browser"));
    EXPECT_FALSE(other.body.contains("base64,"));
}

TEST_F(OidcLogins, KeysRotateAndOldTokensStillVerify) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const QJsonObject before = logIn(key);
    const QString oldToken = before.value(QStringLiteral("id_token")).toString();
    ASSERT_TRUE(registry.oidc().keys().rotate().has_value());
    const QJsonArray keys =
        get(QStringLiteral("/oidc/jwks")).json().value(QStringLiteral("keys")).toArray();
    EXPECT_EQ(keys.size(), 2);
    const QJsonObject after = logIn(key);
    const auto kidOf = [](const QString& jwt) {
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(jwt.split(QLatin1Char('.'))[0].toLatin1(),
                                          QByteArray::Base64UrlEncoding))
            .object()
            .value(QStringLiteral("kid"))
            .toString();
    };
    EXPECT_NE(kidOf(oldToken), kidOf(after.value(QStringLiteral("id_token")).toString()));
    EXPECT_FALSE(verifiedClaims(oldToken).isEmpty());
    EXPECT_FALSE(verifiedClaims(after.value(QStringLiteral("id_token")).toString()).isEmpty());
}

TEST_F(OidcLogins, TheCardsPrintedDataGoesOnlyWithItsScopeAndThePhotoOnlyToUserinfo) {
    const QByteArray photo = QByteArray::fromHex("ffd8ffe000104a464946") + QByteArray(200, 'p');
    ASSERT_TRUE(registry.store().putCitizenCard(
        {RegistryFixture::kCid, QStringLiteral("89/1 หมู่ที่ 3 ถนนห้วยแก้ว ตำบลสุเทพ"),
         QStringLiteral("เชียงใหม่"), QStringLiteral("1985-04-15"), QStringLiteral("2021-03-02"),
         QStringLiteral("2030-04-14"), photo}));
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const QJsonObject all =
        logIn(key, QStringLiteral("openid pid address birthdate card_dates photo"));
    const QJsonObject claims = verifiedClaims(all.value(QStringLiteral("id_token")).toString());
    EXPECT_EQ(claims.value(QStringLiteral("birthdate")).toString(), QStringLiteral("1985-04-15"));
    EXPECT_EQ(claims.value(QStringLiteral("date_of_issuance")).toString(),
              QStringLiteral("2021-03-02"));
    EXPECT_EQ(claims.value(QStringLiteral("date_of_expiry")).toString(),
              QStringLiteral("2030-04-14"));
    EXPECT_TRUE(claims.value(QStringLiteral("address"))
                    .toObject()
                    .value(QStringLiteral("formatted"))
                    .toString()
                    .contains(QStringLiteral("ห้วยแก้ว")));
    EXPECT_FALSE(claims.contains(QStringLiteral("photo")));  // never in a token
    const WebReply info =
        fetch("GET", QStringLiteral("/oidc/userinfo"), {},
              {{"Authorization",
                "Bearer " + all.value(QStringLiteral("access_token")).toString().toLatin1()}});
    EXPECT_EQ(
        QByteArray::fromBase64(info.json().value(QStringLiteral("photo")).toString().toLatin1()),
        photo);
    // Without those scopes none of it.
    const QJsonObject fewer = verifiedClaims(
        logIn(key, QStringLiteral("openid pid")).value(QStringLiteral("id_token")).toString());
    for (const char* name : {"address", "birthdate", "date_of_issuance", "name", "ial"})
        EXPECT_FALSE(fewer.contains(QLatin1String(name))) << name;
}

TEST_F(OidcLogins, EndedLoginsAndTokensAreForgottenADayLater) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    logIn(key);
    const auto count = [&](const char* table) {
        return registry.database()
            .rows(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .value(0)
            .value(0)
            .toInt();
    };
    EXPECT_EQ(count("oidc_requests"), 1);
    EXPECT_EQ(count("oidc_tokens"), 1);
    registry.advance(2LL * 24 * 3600 * 1000);
    start();                               // the next authorization sweeps
    EXPECT_EQ(count("oidc_requests"), 1);  // only the new one
    EXPECT_EQ(count("oidc_tokens"), 0);
}

TEST_F(OidcLogins, SubIsStableForAnAgencyAndKeyedByTheRegistry) {
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    const auto subOf = [&](const QJsonObject& tokens) {
        return verifiedClaims(tokens.value(QStringLiteral("id_token")).toString())
            .value(QStringLiteral("sub"))
            .toString();
    };
    const QString first = subOf(logIn(key, QStringLiteral("openid")));
    EXPECT_EQ(subOf(logIn(key, QStringLiteral("openid"))), first);
    // Keyed by the registry's own secret: nobody can work it out from a citizen ID.
    const QByteArray secret =
        registry::OidcStore(registry.store()).secret(QStringLiteral("pairwise_sub"));
    EXPECT_EQ(secret.size(), 32);
    EXPECT_EQ(first, QString::fromLatin1(registry::base64Url(QMessageAuthenticationCode::hash(
                         kClient.toUtf8() + '\n' + RegistryFixture::kCid.toUtf8(), secret,
                         QCryptographicHash::Sha256))));
}
