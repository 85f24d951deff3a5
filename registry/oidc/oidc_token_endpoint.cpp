// The agency's back channel: the token endpoint, introspection (RFC 7662), revocation
// (RFC 7009) and userinfo, each authenticated with client_secret_basic.
#include "registry/base/registry_logging.h"
#include "registry/base/registry_support.h"
#include "registry/oidc/oidc_provider.h"
#include "registry/oidc/oidc_requests.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <openssl/crypto.h>

namespace thaid::registry {

namespace {

bool sameDigest(const QByteArray& a, const QByteArray& b) {
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QUrlQuery formOf(const HttpRequest& request) {
    return parseForm(request.body);
}

QString field(const QUrlQuery& form, const char* name) {
    return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

bool isForm(const HttpRequest& request) {
    return request.method == "POST" &&
           request.header("content-type").startsWith("application/x-www-form-urlencoded");
}

qint64 seconds(qint64 ms) {
    return ms / 1000;
}

}  // namespace

std::optional<OidcClient> OidcProvider::authenticatedClient(const HttpRequest& request) const {
    const auto credentials = parseBasicAuthorization(request.header("authorization"));
    if (!credentials)
        return std::nullopt;
    auto client = m_oidc.client(credentials->clientId);
    if (!client || !sameDigest(sha256(credentials->secret), client->secretSha256))
        return std::nullopt;
    return client;
}

QJsonObject OidcProvider::scopedClaims(const QString& cid, const QString& scope,
                                       const QString& assurance, const QString& clientId,
                                       bool withPhoto) const {
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Pairwise: two agencies cannot join their users on `sub`; the citizen ID is theirs only
    // with the pid scope.
    if (m_pairwiseKey.isEmpty())
        m_pairwiseKey = m_oidc.secret(QStringLiteral("pairwise_sub"));
    QJsonObject claims{
        {QStringLiteral("sub"), QString::fromLatin1(base64Url(QMessageAuthenticationCode::hash(
                                    clientId.toUtf8() + '\n' + cid.toUtf8(), m_pairwiseKey,
                                    QCryptographicHash::Sha256)))}};
    const auto citizen = m_store.citizen(cid);
    if (scopes.contains(QStringLiteral("pid")))
        claims.insert(QStringLiteral("pid"), cid);
    if (citizen && scopes.contains(QStringLiteral("name")))
        claims.insert(QStringLiteral("name"), citizen->nameTh);
    if (citizen && scopes.contains(QStringLiteral("name_en")))
        claims.insert(QStringLiteral("name_en"), citizen->nameEn);
    if (citizen && scopes.contains(QStringLiteral("smartcard_code")))
        claims.insert(QStringLiteral("smartcard_code"), citizen->requestNumber);
    if (scopes.contains(QStringLiteral("ial")))
        claims.insert(QStringLiteral("ial"), assurance);
    const auto card = m_store.citizenCard(cid);
    if (!card)
        return claims;
    if (scopes.contains(QStringLiteral("address")) && !card->address.isEmpty())
        claims.insert(QStringLiteral("address"),
                      QJsonObject{{QStringLiteral("formatted"), card->address},
                                  {QStringLiteral("region"), card->province},
                                  {QStringLiteral("country"), QStringLiteral("TH")}});
    if (scopes.contains(QStringLiteral("birthdate")) && !card->birthDate.isEmpty())
        claims.insert(QStringLiteral("birthdate"), card->birthDate);
    if (scopes.contains(QStringLiteral("card_dates"))) {
        if (!card->issueDate.isEmpty())
            claims.insert(QStringLiteral("date_of_issuance"), card->issueDate);
        // A lifelong card has no expiry: the claim is left out.
        if (!card->expiryDate.isEmpty())
            claims.insert(QStringLiteral("date_of_expiry"), card->expiryDate);
    }
    if (withPhoto && scopes.contains(QStringLiteral("photo")) && !card->photoJpeg.isEmpty())
        claims.insert(QStringLiteral("photo"), QString::fromLatin1(card->photoJpeg.toBase64()));
    return claims;
}

std::optional<OidcClient> OidcProvider::backChannelClient(const HttpRequest& request,
                                                          WebAnswer* refusal) const {
    auto client = authenticatedClient(request);
    if (!client)
        *refusal =
            WebAnswer::oauthError(401, "invalid_client", QStringLiteral("client_secret_basic"));
    else if (!isForm(request))
        *refusal = WebAnswer::oauthError(400, "invalid_request",
                                         QStringLiteral("a form-encoded POST is required"));
    return isForm(request) ? client : std::nullopt;
}

WebAnswer OidcProvider::token(const HttpRequest& request) {
    WebAnswer refusal;
    const auto client = backChannelClient(request, &refusal);
    if (!client)
        return refusal;
    const QUrlQuery form = formOf(request);
    if (field(form, "grant_type") != QLatin1String("authorization_code"))
        return WebAnswer::oauthError(400, "unsupported_grant_type",
                                     QStringLiteral("only authorization_code"));
    return exchangeCode(*client, form);
}

WebAnswer OidcProvider::exchangeCode(const OidcClient& client, const QUrlQuery& form) {
    const auto invalid = [](const QString& why) {
        return WebAnswer::oauthError(400, "invalid_grant", why);
    };
    auto r = m_oidc.requestByCode(sha256(field(form, "code").toUtf8()));
    if (!r || r->clientId != client.clientId)
        return invalid(QStringLiteral("unknown code"));
    const qint64 now = m_clock();
    if (r->status == QLatin1String("exchanged")) {
        // RFC 6749 §4.1.2: a code used twice was stolen; what it gave is withdrawn.
        m_oidc.revokeTokensOf(r->requestId, now);
        qCWarning(lcRegistry).noquote()
            << "oidc: code of login" << r->requestId.left(8) << "used twice; its tokens revoked";
        return invalid(QStringLiteral("code already used"));
    }
    if (r->status != QLatin1String("code_sent") || now >= r->codeExpiresAtMs)
        return invalid(QStringLiteral("code expired"));
    if (field(form, "redirect_uri") != r->redirectUri)
        return invalid(QStringLiteral("redirect_uri differs from the authorization request"));
    const QString verifier = field(form, "code_verifier");
    if (verifier.size() < 43 || verifier.size() > 128 ||
        QString::fromLatin1(base64Url(sha256(verifier.toLatin1()))) != r->codeChallenge)
        return invalid(QStringLiteral("PKCE verification failed"));
    LoginRequest used = *r;
    used.status = QStringLiteral("exchanged");
    used.version = r->version + 1;
    if (!m_oidc.updateRequest(used, r->version))
        return invalid(QStringLiteral("code already used"));

    const auto key = m_keys.current();
    const QByteArray accessToken = base64Url(randomBytes(32));
    const AccessTokenEntry entry{sha256(accessToken),
                                 r->requestId,
                                 client.clientId,
                                 r->cid,
                                 r->scope,
                                 r->assurance,
                                 now,
                                 now + m_settings.tokenTtlMs,
                                 0};
    if (!key || !m_oidc.putToken(entry))
        return WebAnswer::oauthError(503, "temporarily_unavailable",
                                     QStringLiteral("the registry cannot issue tokens now"));
    QJsonObject claims = scopedClaims(r->cid, r->scope, r->assurance, client.clientId);
    claims.insert(QStringLiteral("iss"), m_settings.issuer);
    claims.insert(QStringLiteral("aud"), client.clientId);
    claims.insert(QStringLiteral("iat"), seconds(now));
    claims.insert(QStringLiteral("exp"), seconds(now + m_settings.tokenTtlMs));
    claims.insert(QStringLiteral("auth_time"), seconds(r->authTimeMs));
    if (!r->nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), r->nonce);
    qCInfo(lcRegistry).noquote() << "oidc: login" << r->requestId.left(8) << "gave tokens to"
                                 << client.clientId << "ial" << r->assurance;
    return WebAnswer::json(
        200, {{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
              {QStringLiteral("expires_in"), seconds(m_settings.tokenTtlMs)},
              {QStringLiteral("scope"), r->scope},
              {QStringLiteral("id_token"), QString::fromLatin1(key->signJwt(claims))}});
}

WebAnswer OidcProvider::introspect(const HttpRequest& request) {
    WebAnswer refusal;
    const auto client = backChannelClient(request, &refusal);
    if (!client)
        return refusal;
    const auto t = m_oidc.token(sha256(field(formOf(request), "token").toUtf8()));
    const qint64 now = m_clock();
    // Another agency's token is as good as none to this one (RFC 7662 §2.2).
    if (!t || t->clientId != client->clientId || t->revokedAtMs != 0 || now >= t->expiresAtMs)
        return WebAnswer::json(200, {{QStringLiteral("active"), false}});
    QJsonObject o = scopedClaims(t->cid, t->scope, t->assurance, t->clientId);
    o.insert(QStringLiteral("active"), true);
    o.insert(QStringLiteral("scope"), t->scope);
    o.insert(QStringLiteral("client_id"), t->clientId);
    o.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    o.insert(QStringLiteral("iat"), seconds(t->issuedAtMs));
    o.insert(QStringLiteral("exp"), seconds(t->expiresAtMs));
    o.insert(QStringLiteral("iss"), m_settings.issuer);
    o.insert(QStringLiteral("aud"), t->clientId);
    return WebAnswer::json(200, o);
}

WebAnswer OidcProvider::revoke(const HttpRequest& request) {
    WebAnswer refusal;
    const auto client = backChannelClient(request, &refusal);
    if (!client)
        return refusal;
    const QByteArray digest = sha256(field(formOf(request), "token").toUtf8());
    const auto t = m_oidc.token(digest);
    // RFC 7009 §2.2: an unknown or foreign token is answered the same, 200.
    if (t && t->clientId == client->clientId) {
        m_oidc.revokeToken(digest, m_clock());
        qCInfo(lcRegistry).noquote()
            << "oidc: a token of login" << t->requestId.left(8) << "revoked by" << client->clientId;
    }
    return {200, "application/json", "{}", {}};
}

WebAnswer OidcProvider::userInfo(const HttpRequest& request) {
    const QByteArray header = request.header("authorization");
    const auto t =
        header.startsWith("Bearer ") ? m_oidc.token(sha256(header.mid(7).trimmed())) : std::nullopt;
    if (!t || t->revokedAtMs != 0 || m_clock() >= t->expiresAtMs) {
        WebAnswer a =
            WebAnswer::oauthError(401, "invalid_token", QStringLiteral("no valid access token"));
        a.headers = {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}};
        return a;
    }
    return WebAnswer::json(200, scopedClaims(t->cid, t->scope, t->assurance, t->clientId, true));
}

}  // namespace thaid::registry
