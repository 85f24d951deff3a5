#include "oidc_steps.h"

#include "protocol/id_token.h"
#include "protocol/tls_policy.h"
#include "registry/base/registry_support.h"

#include <QCryptographicHash>

namespace thaid::testing {

OidcLogins::OidcLogins() {
    registry::OidcStore store(registry.store());
    EXPECT_TRUE(store.putClient({kClient,
                                 QCryptographicHash::hash(kSecret, QCryptographicHash::Sha256),
                                 QStringLiteral("กรมตัวอย่าง"),
                                 QStringLiteral("Example Department"),
                                 {kRedirect},
                                 registry::OidcProvider::supportedScopes(),
                                 registry.nowMs()}));
}

WebReply OidcLogins::fetch(const QByteArray& method, const QString& pathAndQuery,
                           const QByteArray& body, const HttpHeaders& headers) {
    QNetworkRequest request(QUrl(registry.phoneUrl().toString() + pathAndQuery));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(registry.pki().ca().certificate));
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // The tests hand each cookie over themselves: Qt's own jar would be a second browser's.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto& [name, value] : headers) {
        if (!value.isEmpty())
            request.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QDeadlineTimer deadline(20000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    WebReply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll(), reply->rawHeader("Location"), reply->rawHeader("Set-Cookie")};
    reply->deleteLater();
    return out;
}

WebReply OidcLogins::post(const QString& path, const QList<QPair<QString, QString>>& form,
                          const QByteArray& secret) {
    QUrlQuery q;
    for (const auto& [k, v] : form)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return fetch("POST", path, q.query(QUrl::FullyEncoded).toUtf8(),
                 {{"Content-Type", "application/x-www-form-urlencoded"},
                  {"Authorization", "Basic " + (kClient.toUtf8() + ':' + secret).toBase64()}});
}

QString OidcLogins::challengeOf(const QString& verifier) {
    return QString::fromLatin1(registry::base64Url(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QString OidcLogins::authorizeQuery(const QString& verifier, const QString& scope,
                                   const QString& redirect) {
    QUrlQuery q;
    const auto add = [&](const char* k, const QString& v) {
        q.addQueryItem(QLatin1String(k), QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add("client_id", kClient);
    add("redirect_uri", redirect);
    add("response_type", QStringLiteral("code"));
    add("scope", scope);
    add("state", QStringLiteral("state-1"));
    add("nonce", QStringLiteral("nonce-1"));
    if (!verifier.isEmpty()) {
        add("code_challenge", challengeOf(verifier));
        add("code_challenge_method", QStringLiteral("S256"));
    }
    return QStringLiteral("/oidc/authorize?") + q.query(QUrl::FullyEncoded);
}

StartedLogin OidcLogins::start(const QString& scope) {
    StartedLogin l;
    l.verifier = QString::fromLatin1(registry::base64Url(registry::randomBytes(32)));
    const WebReply r = get(authorizeQuery(l.verifier, scope));
    EXPECT_EQ(r.status, 303) << r.body.constData();
    l.requestId = QString::fromLatin1(r.location.mid(QByteArray("/oidc/login/").size()));
    l.cookie = r.setCookie.split(';').value(0);
    EXPECT_EQ(l.requestId.size(), 32);
    return l;
}

QString OidcLogins::codeOf(const StartedLogin& l) {
    // The page shows who approved; the person at the browser confirms.
    const WebReply page = get(QStringLiteral("/oidc/login/") + l.requestId, l.cookie);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("id=confirm-identity")) << page.body.left(300).constData();
    const WebReply r = confirm(l, "confirm");
    EXPECT_EQ(r.status, 303) << r.body.left(300).constData();
    const QUrlQuery q(QUrl(QString::fromLatin1(r.location)));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("state")), QStringLiteral("state-1"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
              registry.phoneUrl().toString());
    return q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

QJsonObject OidcLogins::logIn(const protocol::DeviceKey& key, const QString& scope) {
    const StartedLogin l = start(scope);
    const auto offer = scan(l, key);
    EXPECT_TRUE(offer.ok()) << errorCode(offer).toStdString();
    if (!offer)
        return {};
    EXPECT_TRUE(decide(offer.value(), true, key).ok());
    const WebReply tokens = exchange(codeOf(l), l.verifier);
    EXPECT_EQ(tokens.status, 200) << tokens.body.constData();
    return tokens.json();
}

QJsonObject OidcLogins::verifiedClaims(const QString& idToken) {
    const QJsonArray keys =
        get(QStringLiteral("/oidc/jwks")).json().value(QStringLiteral("keys")).toArray();
    const auto claims = protocol::verifiedIdTokenClaims(idToken, keys);
    if (!claims)
        ADD_FAILURE() << "the ID token's signature does not verify against the JWKS";
    return claims.value_or(QJsonObject());
}

}  // namespace thaid::testing
