#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace thaid::protocol {

// An OpenID Connect ID token's claims, if its ES256 signature verifies with the key its header
// names (`kid`) in `jwks` (the provider's JWK Set). Only ES256 on P-256 is taken: the ThaiD
// provider signs nothing else, and an "alg" the token chooses itself is never trusted.
std::optional<QJsonObject> verifiedIdTokenClaims(const QString& idToken, const QJsonArray& jwks);

}  // namespace thaid::protocol
