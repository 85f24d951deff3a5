#pragma once

// The agency's and the browser's side of an OpenID Connect login, as plain HTTPS requests to
// the registry fixture's phone listener (no client library: these tests look at every
// redirect, cookie and error the provider gives). The standard client is the npm relying party.
#include "binding_steps.h"
#include "registry/oidc/id_token_key.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace thaid::testing {

using registry::HttpHeaders;

struct WebReply {
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray setCookie;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct StartedLogin {
    QString requestId;
    QByteArray cookie;  // name=value
    QString verifier;
};

class OidcLogins : public Exceptions {
protected:
    static inline const QString kClient = QStringLiteral("agency.example");
    static inline const QByteArray kSecret = "s3cret-of-the-agency-0123456789abcdef";
    static inline const QString kRedirect = QStringLiteral("https://agency.example/callback");

    OidcLogins();

    WebReply fetch(const QByteArray& method, const QString& pathAndQuery,
                   const QByteArray& body = {}, const HttpHeaders& headers = {});
    WebReply get(const QString& pathAndQuery, const QByteArray& cookie = {}) {
        return fetch("GET", pathAndQuery, {}, {{"Cookie", cookie}});
    }
    // A form POST with client_secret_basic.
    WebReply post(const QString& path, const QList<QPair<QString, QString>>& form,
                  const QByteArray& secret = kSecret);

    static QString challengeOf(const QString& verifier);
    QString authorizeQuery(const QString& verifier,
                           const QString& scope = QStringLiteral("openid pid name name_en ial"),
                           const QString& redirect = kRedirect);
    StartedLogin start(const QString& scope = QStringLiteral("openid pid name name_en ial"));

    Result<sim::LoginOffer, RegistryError> scan(const StartedLogin& l,
                                                const protocol::DeviceKey& key) {
        return await<sim::LoginOffer>([&](auto done) { phone->scanLogin(l.requestId, key, done); });
    }
    Result<QString, RegistryError> decide(const sim::LoginOffer& offer, bool approve,
                                          const protocol::DeviceKey& key) {
        return await<QString>([&](auto done) { phone->decideLogin(offer, approve, key, done); });
    }
    // A login the phone has scanned and approved (or refused).
    StartedLogin decided(const protocol::DeviceKey& key, bool approve) {
        StartedLogin l = start();
        const auto offer = scan(l, key);
        EXPECT_TRUE(offer.ok()) << errorCode(offer).toStdString();
        if (offer) {
            EXPECT_TRUE(decide(offer.value(), approve, key).ok());
        }
        return l;
    }
    // The browser's answer to the identity the page shows: confirm or reject.
    WebReply confirm(const StartedLogin& l, const QByteArray& decision) {
        return fetch("POST", QStringLiteral("/oidc/login/%1/confirm").arg(l.requestId),
                     "decision=" + decision,
                     {{"Cookie", l.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
    }
    // The page after the phone approved, confirmed at the browser: the redirect's code.
    QString codeOf(const StartedLogin& l);
    WebReply exchange(const QString& code, const QString& verifier,
                      const QString& redirect = kRedirect) {
        return post(QStringLiteral("/oidc/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("redirect_uri"), redirect},
                     {QStringLiteral("code_verifier"), verifier}});
    }
    // Start, scan, approve, follow the redirect, exchange: the token answer.
    QJsonObject logIn(const protocol::DeviceKey& key,
                      const QString& scope = QStringLiteral("openid pid name name_en ial"));
    QJsonObject introspect(const QString& accessToken) {
        return post(QStringLiteral("/oidc/introspect"), {{QStringLiteral("token"), accessToken}})
            .json();
    }
    // The ID token's claims, after checking its ES256 signature against the JWKS.
    QJsonObject verifiedClaims(const QString& idToken);

    QNetworkAccessManager m_nam;
};

}  // namespace thaid::testing
