#pragma once

#include "registry/oidc/id_token_key.h"
#include "registry/oidc/oidc_store.h"

#include <functional>

#include <QJsonObject>

namespace thaid::registry {

// The provider's signing keys, kept in the database so that every registry process signs with
// the same ones. The newest key signs; an older one stays in the JWKS until no ID token it
// signed can still be valid, then it is retired. A key older than the rotation period is
// replaced on the next signature, and `rotate()` replaces it now (`thaid-registryd oidc-keys
// rotate`).
class IdTokenKeyRing {
public:
    using Clock = std::function<qint64()>;
    IdTokenKeyRing(OidcStore& store, qint64 rotateAfterMs, qint64 keepRetiredMs, Clock clock)
        : m_store(store),
          m_rotateAfterMs(rotateAfterMs),
          m_keepMs(keepRetiredMs),
          m_clock(std::move(clock)) {}

    // The key to sign with now; a new one when there is none or it is due.
    std::optional<IdTokenKey> current();
    // A new signing key now; the previous ones stay published for the grace time.
    std::optional<IdTokenKey> rotate();
    QJsonObject jwks() const;

private:
    OidcStore& m_store;
    qint64 m_rotateAfterMs;
    qint64 m_keepMs;
    Clock m_clock;
};

}  // namespace thaid::registry
