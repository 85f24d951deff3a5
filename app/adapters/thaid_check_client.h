#pragma once

#include "workflow/thaid_check_port.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

namespace thaid::app {

// How this kiosk is registered with the registry's OpenID Connect provider (kiosk.conf
// [thaid_check]; `thaid-registryd client add` made the client).
struct ThaidCheckSettings {
    QUrl issuer;  // the provider, e.g. https://registry:8444
    QList<QSslCertificate> caCertificates;
    QString clientId;
    QByteArray clientSecret;
    // Never visited: the kiosk reads the code from the provider's redirect itself.
    QString redirectUri = QStringLiteral("http://127.0.0.1/thaid-check");
    QString scope = QStringLiteral(
        "openid pid name name_en smartcard_code ial address birthdate card_dates photo");
    int pollMs = 1000;
    int timeoutMs = 10000;
};

// The kiosk as a relying party, as an agency's web app would be but without a browser: the
// authorization request with PKCE S256 (keeping the provider's cookie), the login's state in
// JSON each second, the code from the redirect, the token exchange with client_secret_basic,
// and the ID token checked against the JWKS (signature, issuer, audience, nonce, expiry). The
// access token is revoked at once: the kiosk needs nothing more than the identity.
class ThaidCheckClient : public ThaidCheckPort {
    Q_OBJECT
public:
    explicit ThaidCheckClient(ThaidCheckSettings settings, QObject* parent = nullptr);
    bool available() const override { return !m_settings.clientId.isEmpty(); }
    void begin() override;
    void abandon() override;

private:
    struct Login {
        quint64 generation = 0;
        QByteArray verifier;
        QString state;
        QString nonce;
        QString page;  // /oidc/login/<id>
        QByteArray cookie;
        QString relayCode;
        QString lastState;
        bool announced = false;
    };
    QNetworkRequest request(const QUrl& url) const;
    // Runs `handle` with the reply when it finishes, if the login is still the one that asked.
    void send(QNetworkReply* reply, const std::function<void(QNetworkReply*)>& handle);
    void poll();
    void onPage(QNetworkReply* reply);
    void exchange(const QString& code);
    void verify(const QString& idToken, const QString& accessToken);
    // The card's data and photo, which only userinfo gives; then the token is revoked.
    void fetchCard(VerifiedIdentity identity, const QString& accessToken);
    void revoke(const QString& accessToken);
    // A form POST to the provider with client_secret_basic.
    QNetworkRequest backChannel(const QString& path) const;
    void fail(RegistryErrorKind kind, const QString& code, const QString& detail, int status = 0);

    ThaidCheckSettings m_settings;
    QNetworkAccessManager m_nam;
    QTimer m_poll;
    Login m_login;
    quint64 m_generation = 0;
};

}  // namespace thaid::app
