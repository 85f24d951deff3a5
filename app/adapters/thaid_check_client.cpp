#include "adapters/thaid_check_client.h"

#include "logging/app_logging.h"
#include "protocol/id_token.h"
#include "protocol/tls_policy.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <openssl/rand.h>

namespace thaid::app {

namespace {

QByteArray randomUrlSafe(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1)
        qFatal("OpenSSL RAND_bytes failed");
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString queryValue(const QUrlQuery& q, const char* name) {
    return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QByteArray form(const QList<QPair<QString, QString>>& fields) {
    QByteArray out;
    for (const auto& [k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

}  // namespace

ThaidCheckClient::ThaidCheckClient(ThaidCheckSettings settings, QObject* parent)
    : ThaidCheckPort(parent), m_settings(std::move(settings)) {
    m_nam.setAutoDeleteReplies(true);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &ThaidCheckClient::poll);
}

QNetworkRequest ThaidCheckClient::request(const QUrl& url) const {
    QNetworkRequest r(url);
    QSslConfiguration tls = protocol::withProtocolTls(QSslConfiguration::defaultConfiguration());
    tls.setCaCertificates(m_settings.caCertificates);
    r.setSslConfiguration(tls);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The provider's cookie is this login's alone, handed over by hand.
    r.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    r.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    r.setTransferTimeout(m_settings.timeoutMs);
    return r;
}

void ThaidCheckClient::send(QNetworkReply* reply,
                            const std::function<void(QNetworkReply*)>& handle) {
    const quint64 generation = m_login.generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, handle] {
        if (generation != m_generation || m_login.generation == 0)
            return;  // abandoned, or another login since
        handle(reply);
    });
}

void ThaidCheckClient::fail(RegistryErrorKind kind, const QString& code, const QString& detail,
                            int status) {
    qCWarning(lcRegistryClient).noquote() << "thaid-check:" << code << detail;
    m_poll.stop();
    m_login = {};
    Q_EMIT problem(RegistryError{kind, status, code, detail});
}

void ThaidCheckClient::abandon() {
    m_poll.stop();
    m_login = {};
    ++m_generation;
}

void ThaidCheckClient::begin() {
    abandon();
    m_login.generation = m_generation;
    m_login.verifier = randomUrlSafe(32);
    m_login.state = QString::fromLatin1(randomUrlSafe(16));
    m_login.nonce = QString::fromLatin1(randomUrlSafe(16));
    QUrl url = m_settings.issuer;
    url.setPath(m_settings.issuer.path() + QStringLiteral("/oidc/authorize"));
    QUrlQuery q;
    const auto add = [&](const char* k, const QString& v) {
        q.addQueryItem(QLatin1String(k), QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add("client_id", m_settings.clientId);
    add("redirect_uri", m_settings.redirectUri);
    add("response_type", QStringLiteral("code"));
    add("scope", m_settings.scope);
    add("state", m_login.state);
    add("nonce", m_login.nonce);
    add("code_challenge",
        QString::fromLatin1(
            QCryptographicHash::hash(m_login.verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    add("code_challenge_method", QStringLiteral("S256"));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    send(m_nam.get(request(url)), [this](QNetworkReply* reply) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray location = reply->rawHeader("Location");
        if (status != 303 || !location.startsWith("/oidc/login/"))
            return status == 0 ? fail(RegistryErrorKind::Unreachable, QStringLiteral("unreachable"),
                                      reply->errorString())
                               : fail(RegistryErrorKind::Rejected, QStringLiteral("oidc_refused"),
                                      QStringLiteral("authorize answered %1").arg(status), status);
        m_login.page = QString::fromLatin1(location);
        m_login.cookie = reply->rawHeader("Set-Cookie").split(';').value(0);
        poll();
    });
}

void ThaidCheckClient::poll() {
    QUrl url = m_settings.issuer;
    url.setPath(m_settings.issuer.path() + m_login.page);
    QNetworkRequest r = request(url);
    r.setRawHeader("Cookie", m_login.cookie);
    r.setRawHeader("Accept", "application/json");
    send(m_nam.get(r), [this](QNetworkReply* reply) { onPage(reply); });
}

void ThaidCheckClient::onPage(QNetworkReply* reply) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 302 || status == 303) {
        m_poll.stop();
        const QUrlQuery q(QUrl(QString::fromLatin1(reply->rawHeader("Location"))));
        if (queryValue(q, "state") != m_login.state)
            return fail(RegistryErrorKind::MalformedAnswer, QStringLiteral("malformed"),
                        QStringLiteral("the redirect's state is not this login's"));
        if (queryValue(q, "error") == QLatin1String("user_denied")) {
            m_login = {};
            Q_EMIT denied();
            return;
        }
        if (q.hasQueryItem(QStringLiteral("error")))
            return fail(RegistryErrorKind::Rejected, queryValue(q, "error"),
                        queryValue(q, "error_description"));
        return exchange(queryValue(q, "code"));
    }
    if (status != 200) {
        // A poll the network lost is tried again; the login itself waits at the registry.
        if (status == 0 || status >= 500) {
            m_poll.start(m_settings.pollMs);
            return;
        }
        return fail(RegistryErrorKind::Rejected, QStringLiteral("oidc_refused"),
                    QStringLiteral("the login page answered %1").arg(status), status);
    }
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    const QString state = o.value(QStringLiteral("state")).toString();
    if (!m_login.announced) {
        m_login.announced = true;
        Q_EMIT started(
            QStringLiteral("KL1:") + m_login.page.section(QLatin1Char('/'), -1).toUpper(),
            QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(),
                                  Qt::ISODateWithMs));
    }
    if (state == QLatin1String("expired")) {
        m_login = {};
        Q_EMIT expired();
        return;
    }
    if (state == QLatin1String("approved")) {
        // The provider waits for the person at the browser to recognise who approved. Here the
        // browser is the kiosk, and the officer checks the citizen against the verified name
        // and card photo the check then shows, so the kiosk confirms at once.
        m_poll.stop();
        QUrl url = m_settings.issuer;
        url.setPath(m_settings.issuer.path() + m_login.page + QStringLiteral("/confirm"));
        QNetworkRequest r = request(url);
        r.setRawHeader("Cookie", m_login.cookie);
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
        send(m_nam.post(r, form({{QStringLiteral("decision"), QStringLiteral("confirm")}})),
             [this](QNetworkReply* confirmed) { onPage(confirmed); });
        return;
    }
    if (state == QLatin1String("scanned")) {
        const QString code = o.value(QStringLiteral("relay_code")).toString();
        if (code != m_login.relayCode) {
            m_login.relayCode = code;
            Q_EMIT scanned(code);
        }
    } else if (state == QLatin1String("refused") && m_login.lastState != state) {
        Q_EMIT deviceRefused();
    }
    m_login.lastState = state;
    m_poll.start(m_settings.pollMs);
}

void ThaidCheckClient::exchange(const QString& code) {
    const QNetworkRequest r = backChannel(QStringLiteral("/oidc/token"));
    const QByteArray body =
        form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
              {QStringLiteral("code"), code},
              {QStringLiteral("redirect_uri"), m_settings.redirectUri},
              {QStringLiteral("code_verifier"), QString::fromLatin1(m_login.verifier)}});
    send(m_nam.post(r, body), [this](QNetworkReply* reply) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200)
            return fail(status == 0 ? RegistryErrorKind::Unreachable : RegistryErrorKind::Rejected,
                        o.value(QStringLiteral("error")).toString(QStringLiteral("oidc_refused")),
                        QStringLiteral("token endpoint answered %1").arg(status), status);
        verify(o.value(QStringLiteral("id_token")).toString(),
               o.value(QStringLiteral("access_token")).toString());
    });
}

void ThaidCheckClient::verify(const QString& idToken, const QString& accessToken) {
    QUrl url = m_settings.issuer;
    url.setPath(m_settings.issuer.path() + QStringLiteral("/oidc/jwks"));
    send(m_nam.get(request(url)), [this, idToken, accessToken](QNetworkReply* reply) {
        const QJsonArray keys = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QStringLiteral("keys"))
                                    .toArray();
        const auto claims = protocol::verifiedIdTokenClaims(idToken, keys);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!claims ||
            claims->value(QStringLiteral("iss")).toString() !=
                m_settings.issuer.toString(QUrl::StripTrailingSlash) ||
            claims->value(QStringLiteral("aud")).toString() != m_settings.clientId ||
            claims->value(QStringLiteral("nonce")).toString() != m_login.nonce ||
            claims->value(QStringLiteral("exp")).toInteger() <= now)
            return fail(RegistryErrorKind::MalformedAnswer, QStringLiteral("id_token_invalid"),
                        QStringLiteral("the ID token does not verify"));
        VerifiedIdentity identity;
        identity.citizenId = claims->value(QStringLiteral("pid")).toString();
        identity.nameTh = claims->value(QStringLiteral("name")).toString();
        identity.nameEn = claims->value(QStringLiteral("name_en")).toString();
        identity.smartcardCode = claims->value(QStringLiteral("smartcard_code")).toString();
        identity.assurance = claims->value(QStringLiteral("ial")).toString();
        identity.verifiedAt = QDateTime::currentDateTimeUtc();
        fetchCard(identity, accessToken);
    });
}

void ThaidCheckClient::fetchCard(VerifiedIdentity identity, const QString& accessToken) {
    QUrl url = m_settings.issuer;
    url.setPath(m_settings.issuer.path() + QStringLiteral("/oidc/userinfo"));
    QNetworkRequest r = request(url);
    r.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    send(m_nam.get(r), [this, identity, accessToken](QNetworkReply* reply) mutable {
        revoke(accessToken);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        // The identity stands on the verified ID token; userinfo only adds the card's print.
        if (status == 200 && o.value(QStringLiteral("pid")).toString() == identity.citizenId) {
            identity.address = o.value(QStringLiteral("address"))
                                   .toObject()
                                   .value(QStringLiteral("formatted"))
                                   .toString();
            identity.birthDate = o.value(QStringLiteral("birthdate")).toString();
            identity.issueDate = o.value(QStringLiteral("date_of_issuance")).toString();
            identity.expiryDate = o.value(QStringLiteral("date_of_expiry")).toString();
            identity.photoJpeg =
                QByteArray::fromBase64(o.value(QStringLiteral("photo")).toString().toLatin1());
        }
        m_login = {};
        Q_EMIT verified(identity);
    });
}

QNetworkRequest ThaidCheckClient::backChannel(const QString& path) const {
    QUrl url = m_settings.issuer;
    url.setPath(m_settings.issuer.path() + path);
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArrayLiteral("application/x-www-form-urlencoded"));
    // RFC 6749 §2.3.1: each half form-encoded, then joined.
    const QByteArray pair = QUrl::toPercentEncoding(m_settings.clientId) + ':' +
                            QUrl::toPercentEncoding(QString::fromUtf8(m_settings.clientSecret));
    r.setRawHeader("Authorization", "Basic " + pair.toBase64());
    return r;
}

// Nothing more is asked with the token: ended now rather than left to run 15 minutes.
void ThaidCheckClient::revoke(const QString& accessToken) {
    const QNetworkRequest r = backChannel(QStringLiteral("/oidc/revoke"));
    m_nam.post(r, form({{QStringLiteral("token"), accessToken}}));
}

}  // namespace thaid::app
