// The phone listener's OpenID Connect routes (RegistryHttpServer): the agencies' endpoints and
// the phone's two login calls.
#include "registry/server/registry_http_server.h"

namespace thaid::registry {

std::optional<WebAnswer> RegistryHttpServer::routeOidc(const HttpRequest& request) {
    if (!m_oidc || m_audience != Audience::Phone)
        return std::nullopt;
    const QString path = request.url.path();
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const auto notAllowed = [] {
        return WebAnswer::oauthError(405, "invalid_request", QStringLiteral("method not allowed"));
    };
    if (path == QLatin1String("/.well-known/openid-configuration"))
        return get ? m_oidc->discovery() : notAllowed();
    if (!path.startsWith(QLatin1String("/oidc/")))
        return std::nullopt;
    const QString rest = path.mid(6);
    if (rest == QLatin1String("jwks"))
        return get ? m_oidc->jwks() : notAllowed();
    if (rest == QLatin1String("authorize"))
        return get ? m_oidc->authorize(QUrlQuery(request.url)) : notAllowed();
    if (rest.startsWith(QLatin1String("login/")) && rest.endsWith(QLatin1String("/confirm")) &&
        rest.size() == 6 + 32 + 8)
        return post ? m_oidc->confirmLogin(QStringView(rest).mid(6, 32), request.header("cookie"),
                                           request.body)
                    : notAllowed();
    if (rest.startsWith(QLatin1String("login/")) && rest.size() == 6 + 32)
        return get ? m_oidc->loginPage(QStringView(rest).mid(6), request.header("cookie"),
                                       request.header("accept") == "application/json")
                   : notAllowed();
    if (rest == QLatin1String("token"))
        return post ? m_oidc->token(request) : notAllowed();
    if (rest == QLatin1String("introspect"))
        return post ? m_oidc->introspect(request) : notAllowed();
    if (rest == QLatin1String("revoke"))
        return post ? m_oidc->revoke(request) : notAllowed();
    if (rest == QLatin1String("userinfo"))
        return get || post ? m_oidc->userInfo(request) : notAllowed();
    return WebAnswer::oauthError(404, "invalid_request", QStringLiteral("no such endpoint"));
}

ApiAnswer RegistryHttpServer::routeLogin(const HttpRequest& request, const QString& requestId,
                                         bool scan, const DeviceProof& proof) {
    const QByteArray key = QByteArray::fromBase64(request.header("x-device-key"));
    if (!protocol::decodeSessionId(requestId))
        return ApiAnswer::of(
            apiError(ErrorCode::NotFound, QStringLiteral("no such login request")));
    return scan ? m_oidc->scan(requestId, key, proof)
                : m_oidc->decide(requestId, key, proof, request.body);
}

}  // namespace thaid::registry
