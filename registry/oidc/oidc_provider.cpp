// The provider's documents and the authorization request: what an agency's browser sees before
// the phone has said anything.
#include "registry/oidc/oidc_provider.h"

#include "protocol/confirmation_code.h"
#include "registry/base/registry_logging.h"
#include "registry/base/registry_support.h"
#include "registry/oidc/oidc_requests.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace thaid::registry {

namespace {

QJsonArray array(const QStringList& items) {
    return QJsonArray::fromStringList(items);
}

// Where an error goes once the client and its redirect URI are known (RFC 6749 §4.1.2.1).
WebAnswer redirectError(const QString& redirectUri, const QString& state, const QString& issuer,
                        const char* error, const QString& description) {
    QUrl to(redirectUri);
    QUrlQuery q(to);
    q.addQueryItem(QStringLiteral("error"), QLatin1String(error));
    q.addQueryItem(QStringLiteral("error_description"), description);
    if (!state.isEmpty())
        q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("iss"), issuer);
    to.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return WebAnswer::redirect(to);
}

// The cookie that ties a login page to the browser that asked for it: the QR's request ID is
// public (anyone near the screen sees it), this secret is not.
QByteArray cookieName(QStringView requestId) {
    return "thaid_login_" + requestId.left(16).toLatin1();
}

}  // namespace

WebAnswer WebAnswer::json(int status, const QJsonObject& body) {
    return {status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

WebAnswer WebAnswer::oauthError(int status, const char* error, const QString& description) {
    WebAnswer a = json(status, {{QStringLiteral("error"), QLatin1String(error)},
                                {QStringLiteral("error_description"), description}});
    if (status == 401)
        a.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"thaid\"")));
    return a;
}

WebAnswer WebAnswer::html(int status, const QByteArray& page) {
    return {status,
            "text/html; charset=utf-8",
            page,
            {{"Content-Security-Policy",
              "default-src 'none'; img-src data:; style-src 'unsafe-inline'"},
             {"X-Frame-Options", "DENY"},
             {"Referrer-Policy", "no-referrer"}}};
}

WebAnswer WebAnswer::redirect(const QUrl& to, int status) {
    return {status, "text/plain", {}, {{"Location", to.toEncoded()}}};
}

OidcProvider::OidcProvider(RegistryStore& store, OidcSettings settings, Clock clock)
    : m_store(store),
      m_oidc(store),
      m_settings(std::move(settings)),
      m_clock(std::move(clock)),
      m_keys(m_oidc, m_settings.keyRotationMs, m_settings.tokenTtlMs + 24LL * 3600 * 1000,
             m_clock) {}

const QStringList& OidcProvider::supportedScopes() {
    static const QStringList kScopes{QStringLiteral("openid"),         QStringLiteral("pid"),
                                     QStringLiteral("name"),           QStringLiteral("name_en"),
                                     QStringLiteral("smartcard_code"), QStringLiteral("ial"),
                                     QStringLiteral("address"),        QStringLiteral("birthdate"),
                                     QStringLiteral("card_dates"),     QStringLiteral("photo")};
    return kScopes;
}

QString OidcProvider::relayCode(const LoginRequest& r) {
    return protocol::confirmationCode(QByteArray::fromHex(r.requestId.toLatin1()),
                                      r.devicePublicKey, r.serverNonce);
}

WebAnswer OidcProvider::discovery() const {
    const QString& iss = m_settings.issuer;
    return WebAnswer::json(
        200,
        {{QStringLiteral("issuer"), iss},
         {QStringLiteral("authorization_endpoint"), iss + QStringLiteral("/oidc/authorize")},
         {QStringLiteral("token_endpoint"), iss + QStringLiteral("/oidc/token")},
         {QStringLiteral("introspection_endpoint"), iss + QStringLiteral("/oidc/introspect")},
         {QStringLiteral("revocation_endpoint"), iss + QStringLiteral("/oidc/revoke")},
         {QStringLiteral("userinfo_endpoint"), iss + QStringLiteral("/oidc/userinfo")},
         {QStringLiteral("jwks_uri"), iss + QStringLiteral("/oidc/jwks")},
         {QStringLiteral("scopes_supported"), array(supportedScopes())},
         {QStringLiteral("response_types_supported"), array({QStringLiteral("code")})},
         {QStringLiteral("response_modes_supported"), array({QStringLiteral("query")})},
         {QStringLiteral("grant_types_supported"), array({QStringLiteral("authorization_code")})},
         {QStringLiteral("subject_types_supported"), array({QStringLiteral("pairwise")})},
         {QStringLiteral("id_token_signing_alg_values_supported"),
          array({QStringLiteral("ES256")})},
         {QStringLiteral("code_challenge_methods_supported"), array({QStringLiteral("S256")})},
         {QStringLiteral("token_endpoint_auth_methods_supported"),
          array({QStringLiteral("client_secret_basic")})},
         {QStringLiteral("introspection_endpoint_auth_methods_supported"),
          array({QStringLiteral("client_secret_basic")})},
         {QStringLiteral("revocation_endpoint_auth_methods_supported"),
          array({QStringLiteral("client_secret_basic")})},
         {QStringLiteral("authorization_response_iss_parameter_supported"), true},
         {QStringLiteral("claims_supported"),
          array({QStringLiteral("sub"), QStringLiteral("pid"), QStringLiteral("name"),
                 QStringLiteral("name_en"), QStringLiteral("smartcard_code"), QStringLiteral("ial"),
                 QStringLiteral("address"), QStringLiteral("birthdate"),
                 QStringLiteral("date_of_issuance"), QStringLiteral("date_of_expiry"),
                 QStringLiteral("photo"), QStringLiteral("auth_time"), QStringLiteral("nonce")})}});
}

WebAnswer OidcProvider::authorize(const QUrlQuery& query) {
    const auto value = [&](const char* name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto client = m_oidc.client(value("client_id"));
    const QString redirectUri = value("redirect_uri");
    // Without a known client and one of its own redirect URIs, nobody is told anything: an
    // error sent to an unchecked URI would make the registry an open redirector.
    if (!client || !client->redirectUris.contains(redirectUri))
        return WebAnswer::html(400, loginHtml({}, {},
                                              client ? QStringLiteral("wrong_redirect_uri")
                                                     : QStringLiteral("unknown_client")));
    const QString state = value("state");
    const auto fail = [&](const char* error, const QString& why) {
        qCInfo(lcRegistry).noquote()
            << "oidc: authorization refused for" << client->clientId << "-" << error;
        return redirectError(redirectUri, state, m_settings.issuer, error, why);
    };
    if (value("response_type") != QLatin1String("code"))
        return fail("unsupported_response_type", QStringLiteral("only response_type=code"));
    const QStringList scopes = value("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.contains(QStringLiteral("openid")))
        return fail("invalid_scope", QStringLiteral("scope must include openid"));
    for (const QString& s : scopes) {
        if (!supportedScopes().contains(s) || !client->scopes.contains(s))
            return fail("invalid_scope", QStringLiteral("scope %1 is not allowed").arg(s));
    }
    const QString challenge = value("code_challenge");
    if (value("code_challenge_method") != QLatin1String("S256") || challenge.size() != 43)
        return fail("invalid_request", QStringLiteral("PKCE with S256 is required"));
    if (state.size() > 512 || value("nonce").size() > 512)
        return fail("invalid_request", QStringLiteral("state or nonce too long"));

    // Ended logins and tokens go a day after they end, swept at most once a minute: the
    // tables stay the size of a day's logins, whichever process sweeps.
    if (m_clock() - m_lastSweepMs > 60 * 1000) {
        m_lastSweepMs = m_clock();
        m_oidc.forgetEndedBefore(m_lastSweepMs - 24LL * 3600 * 1000);
    }
    LoginRequest r;
    r.requestId = QString::fromLatin1(randomBytes(16).toHex());
    const QByteArray browserSecret = base64Url(randomBytes(32));
    r.browserSha256 = sha256(browserSecret);
    r.clientId = client->clientId;
    r.redirectUri = redirectUri;
    r.scope = scopes.join(QLatin1Char(' '));
    r.state = state;
    r.nonce = value("nonce");
    r.codeChallenge = challenge;
    r.serverNonce = randomBytes(16);
    r.createdAtMs = m_clock();
    r.expiresAtMs = r.createdAtMs + m_settings.requestTtlMs;
    if (!m_oidc.putRequest(r))
        return WebAnswer::oauthError(503, "temporarily_unavailable",
                                     QStringLiteral("the registry's database is unavailable"));
    qCInfo(lcRegistry).noquote() << "oidc: login" << r.requestId.left(8) << "opened for"
                                 << client->clientId;
    WebAnswer a = WebAnswer::redirect(QUrl(QStringLiteral("/oidc/login/") + r.requestId), 303);
    a.headers.append(qMakePair(QByteArray("Set-Cookie"),
                               cookieName(r.requestId) + '=' + browserSecret +
                                   "; Path=/oidc/login/; Secure; HttpOnly; SameSite=Lax"));
    return a;
}

bool OidcProvider::live(LoginRequest& r) {
    const bool open = r.status == QLatin1String("pending") ||
                      r.status == QLatin1String("scanned") || r.status == QLatin1String("refused");
    if (!open || m_clock() < r.expiresAtMs)
        return open;
    LoginRequest expired = r;
    expired.status = QStringLiteral("expired");
    expired.version = r.version + 1;
    if (m_oidc.updateRequest(expired, r.version))
        r = expired;
    else if (const auto now = m_oidc.request(r.requestId))
        r = *now;
    return false;
}

Result<LoginRequest, WebAnswer> OidcProvider::browserRequest(QStringView requestId,
                                                             const QByteArray& cookieHeader) const {
    auto r = m_oidc.request(requestId.toString());
    if (!r)
        return WebAnswer::html(404, loginHtml({}, {}, QStringLiteral("unknown_request")));
    const QByteArray secret = cookieValue(cookieHeader, cookieName(r->requestId));
    if (secret.isEmpty() || sha256(secret) != r->browserSha256)
        return WebAnswer::html(403, loginHtml({}, {}, QStringLiteral("other_browser")));
    return *r;
}

std::optional<WebAnswer> OidcProvider::sendCode(const LoginRequest& r) {
    // The code goes to the agency once, through the browser that asked.
    const QByteArray code = base64Url(randomBytes(32));
    LoginRequest sent = r;
    sent.status = QStringLiteral("code_sent");
    sent.codeSha256 = sha256(code);
    sent.codeExpiresAtMs = m_clock() + m_settings.codeTtlMs;
    sent.version = r.version + 1;
    if (!m_oidc.updateRequest(sent, r.version))
        return std::nullopt;  // another process was first
    QUrl to(r.redirectUri);
    QUrlQuery q(to);
    q.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
    if (!r.state.isEmpty())
        q.addQueryItem(QStringLiteral("state"), r.state);
    q.addQueryItem(QStringLiteral("iss"), m_settings.issuer);
    to.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return WebAnswer::redirect(to, 303);
}

OidcProvider::MaskedIdentity OidcProvider::maskedIdentity(const QString& cid) const {
    static const QStringList kTitles{
        QStringLiteral("นาย"),  QStringLiteral("นาง"),  QStringLiteral("นางสาว"),
        QStringLiteral("ด.ช."), QStringLiteral("ด.ญ."), QStringLiteral("Mr."),
        QStringLiteral("Mrs."), QStringLiteral("Miss"), QStringLiteral("Ms.")};
    const auto mask = [](const QString& full) {
        QStringList out;
        for (const QString& part : full.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!kTitles.contains(part))
                out << part.left(1) + QStringLiteral("***");
        }
        return out.join(QLatin1Char(' '));
    };
    const auto citizen = m_store.citizen(cid);
    return {citizen ? mask(citizen->nameTh) : QString(),
            citizen ? mask(citizen->nameEn) : QString(), cid.right(4)};
}

WebAnswer OidcProvider::loginPage(QStringView requestId, const QByteArray& cookieHeader,
                                  bool asJson) {
    auto found = browserRequest(requestId, cookieHeader);
    if (!found)
        return found.error();
    LoginRequest r = std::move(found).value();
    const auto client = m_oidc.client(r.clientId);
    if (!client)
        return WebAnswer::html(404, loginHtml({}, {}, QStringLiteral("unknown_client")));
    live(r);
    if (r.status == QLatin1String("denied"))
        return redirectError(r.redirectUri, r.state, m_settings.issuer, "user_denied",
                             QStringLiteral("the citizen refused on the phone"));
    if (asJson) {
        QJsonObject o{{QStringLiteral("state"), r.status},
                      {QStringLiteral("expires_at"), isoTime(r.expiresAtMs)}};
        if (r.status == QLatin1String("scanned"))
            o.insert(QStringLiteral("relay_code"), relayCode(r));
        if (r.status == QLatin1String("approved")) {
            const MaskedIdentity who = maskedIdentity(r.cid);
            o.insert(QStringLiteral("identity"),
                     QJsonObject{{QStringLiteral("name_th"), who.nameTh},
                                 {QStringLiteral("name_en"), who.nameEn},
                                 {QStringLiteral("id_tail"), who.idTail}});
        }
        return WebAnswer::json(200, o);
    }
    return WebAnswer::html(200, loginHtml(r, *client, r.status));
}

WebAnswer OidcProvider::confirmLogin(QStringView requestId, const QByteArray& cookieHeader,
                                     const QByteArray& form) {
    auto found = browserRequest(requestId, cookieHeader);
    if (!found)
        return found.error();
    LoginRequest r = std::move(found).value();
    live(r);
    if (r.status != QLatin1String("approved"))
        return loginPage(requestId, cookieHeader);
    const QString decision =
        QUrlQuery(QString::fromLatin1(form.left(256))).queryItemValue(QStringLiteral("decision"));
    if (decision == QLatin1String("confirm")) {
        if (auto sent = sendCode(r))
            return *sent;
        return loginPage(requestId, cookieHeader);
    }
    if (decision != QLatin1String("reject"))
        return WebAnswer::html(400, loginHtml({}, {}, QStringLiteral("unknown_request")));
    // Someone else's phone approved this browser's login: the agency learns only that it was
    // refused, and nobody gets a code.
    LoginRequest refused = r;
    refused.status = QStringLiteral("denied");
    refused.version = r.version + 1;
    if (!m_oidc.updateRequest(refused, r.version))
        return loginPage(requestId, cookieHeader);
    qCInfo(lcRegistry).noquote() << "oidc: login" << r.requestId.left(8)
                                 << "refused at the browser: not the person who approved";
    return redirectError(r.redirectUri, r.state, m_settings.issuer, "user_denied",
                         QStringLiteral("the person at the browser did not recognise who "
                                        "approved on the phone"));
}

}  // namespace thaid::registry
