#pragma once

#include "registry/http/http_request.h"
#include "registry/oidc/id_token_key_ring.h"
#include "registry/oidc/oidc_store.h"
#include "registry/registration/registry_service.h"

#include <QUrlQuery>

namespace thaid::registry {

// An answer of the OpenID Connect endpoints: JSON, an HTML page or a redirect.
struct WebAnswer {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HttpHeaders headers;

    static WebAnswer json(int status, const QJsonObject& body);
    // RFC 6749 §5.2 and RFC 6750 errors: {"error": …, "error_description": …}.
    static WebAnswer oauthError(int status, const char* error, const QString& description);
    static WebAnswer html(int status, const QByteArray& page);
    static WebAnswer redirect(const QUrl& to, int status = 302);
};

struct OidcSettings {
    QString issuer;  // the public https URL agencies reach the provider at
    qint64 requestTtlMs = 5 * 60 * 1000;
    qint64 codeTtlMs = 60 * 1000;
    qint64 tokenTtlMs = 15 * 60 * 1000;  // access and ID tokens, as DOPA's
    qint64 keyRotationMs = 30LL * 24 * 3600 * 1000;
    // A phone approves at most this many logins in this window: a phished or relayed QR cannot
    // be approved in bulk (draft-ietf-oauth-cross-device-security, rate limits).
    int approvalsPerWindow = 5;
    qint64 approvalWindowMs = 10 * 60 * 1000;

    // [oidc] of the registry's INI: issuer, request_seconds, code_seconds, token_seconds,
    // key_rotation_days. Unknown keys are an error.
    static OidcSettings fromFile(const QString& path, QString* error);
};

// The registry as an OpenID Connect provider for agencies (docs/protocol.md, "The Digital ID in
// use"): the authorization code flow with PKCE S256, where the authorization page shows a QR
// that the citizen's bound phone scans and approves with its device key, after both show the
// same relay code. Every step is in the database (OidcStore), so any registry process serves
// any step.
class OidcProvider {
public:
    using Clock = std::function<qint64()>;
    OidcProvider(RegistryStore& store, OidcSettings settings, Clock clock);

    const OidcSettings& settings() const { return m_settings; }
    void setIssuer(const QString& issuer) { m_settings.issuer = issuer; }

    // The browser's and the agency's side.
    WebAnswer discovery() const;
    WebAnswer jwks() const { return WebAnswer::json(200, m_keys.jwks()); }
    // A signing key exists (and is published) before the first token is asked for.
    bool ensureSigningKey() { return m_keys.current().has_value(); }
    WebAnswer authorize(const QUrlQuery& query);
    // The page, or with `asJson` the same state for a client that is not a browser (the
    // kiosk's ThaiD check): {"state", "relay_code", "expires_at", "identity"}. Once the phone
    // approved, the page shows who logged in, masked, and waits for the person at the browser.
    WebAnswer loginPage(QStringView requestId, const QByteArray& cookieHeader, bool asJson = false);
    // The person at the browser recognises the identity (form `decision=confirm`): the code goes
    // to the agency, as a redirect; or not (`decision=reject`): the agency gets user_denied and
    // no code. Only the browser that asked, and only after the phone approved.
    WebAnswer confirmLogin(QStringView requestId, const QByteArray& cookieHeader,
                           const QByteArray& form);
    // Who the phone logged in as, for the browser: the first letter of each name and the last
    // four digits of the citizen ID (draft-ietf-oauth-cross-device-security, a session swap).
    struct MaskedIdentity {
        QString nameTh;
        QString nameEn;
        QString idTail;
    };
    MaskedIdentity maskedIdentity(const QString& cid) const;
    WebAnswer token(const HttpRequest& request);
    WebAnswer introspect(const HttpRequest& request);
    WebAnswer revoke(const HttpRequest& request);
    WebAnswer userInfo(const HttpRequest& request);

    // The phone's side: what it scanned, and the citizen's decision, both signed by the
    // device key bound at the counter.
    ApiAnswer scan(QStringView requestId, const QByteArray& devicePublicKey,
                   const DeviceProof& proof);
    ApiAnswer decide(QStringView requestId, const QByteArray& devicePublicKey,
                     const DeviceProof& proof, const QByteArray& body);

    IdTokenKeyRing& keys() { return m_keys; }
    OidcStore& store() { return m_oidc; }

    static const QStringList& supportedScopes();
    // The relay code both the page and the phone show.
    static QString relayCode(const LoginRequest& r);

private:
    // The client named by HTTP Basic authentication, if its secret is right.
    std::optional<OidcClient> authenticatedClient(const HttpRequest& request) const;
    // The claims the granted scope allows, for the ID token and userinfo. The photo (a JPEG,
    // base64) only ever goes in userinfo's answer, never in a token.
    QJsonObject scopedClaims(const QString& cid, const QString& scope, const QString& assurance,
                             const QString& clientId, bool withPhoto = false) const;
    WebAnswer exchangeCode(const OidcClient& client, const QUrlQuery& form);
    QByteArray loginHtml(const LoginRequest& r, const OidcClient& client,
                         const QString& notice) const;
    // The request named by the page's path, for the browser holding its cookie; a refusal page
    // otherwise.
    Result<LoginRequest, WebAnswer> browserRequest(QStringView requestId,
                                                   const QByteArray& cookieHeader) const;
    // The code for an approved request, once, as the redirect to the agency.
    std::optional<WebAnswer> sendCode(const LoginRequest& r);
    // Whether this request may still be acted on; writes it as expired when it ran out.
    bool live(LoginRequest& r);
    // A phone's call on a login: its key, its signature, and the request still open.
    Result<LoginRequest, ApiError> openLogin(QStringView requestId,
                                             const QByteArray& devicePublicKey,
                                             const DeviceProof& proof);
    // The agency behind a back-channel call (token, introspection, revocation): its Basic
    // credentials and a form body; otherwise `refusal` says why not.
    std::optional<OidcClient> backChannelClient(const HttpRequest& request,
                                                WebAnswer* refusal) const;

    RegistryStore& m_store;
    mutable OidcStore m_oidc;
    OidcSettings m_settings;
    Clock m_clock;
    IdTokenKeyRing m_keys;
    qint64 m_lastSweepMs = 0;
    mutable QByteArray m_pairwiseKey;  // read once from the database
};

}  // namespace thaid::registry
