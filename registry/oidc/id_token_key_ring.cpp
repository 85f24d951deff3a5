#include "registry/oidc/id_token_key_ring.h"

#include <QJsonArray>

namespace thaid::registry {

std::optional<IdTokenKey> IdTokenKeyRing::current() {
    const QList<SigningKeyEntry> keys = m_store.signingKeys();
    const qint64 now = m_clock();
    for (const SigningKeyEntry& k : keys) {
        if (k.retiredAtMs != 0)
            continue;
        if (now - k.createdAtMs >= m_rotateAfterMs)
            break;  // the newest is due: rotate
        return IdTokenKey::fromPem(k.privateKeyPem);
    }
    return rotate();
}

std::optional<IdTokenKey> IdTokenKeyRing::rotate() {
    auto key = IdTokenKey::generate();
    if (!key)
        return std::nullopt;
    const qint64 now = m_clock();
    if (!m_store.putSigningKey({key->kid(), key->privateKeyPem(), now, 0}))
        return std::nullopt;
    // A key that has not signed for longer than any token lives is no longer published.
    const QList<SigningKeyEntry> keys = m_store.signingKeys();
    for (qsizetype i = 1; i < keys.size(); ++i) {
        const qint64 replacedAt = keys[i - 1].createdAtMs;
        if (keys[i].retiredAtMs == 0 && now - replacedAt > m_keepMs)
            m_store.retireSigningKey(keys[i].kid, now);
    }
    return key;
}

QJsonObject IdTokenKeyRing::jwks() const {
    QJsonArray published;
    for (const SigningKeyEntry& k : m_store.signingKeys()) {
        if (k.retiredAtMs != 0)
            continue;
        if (const auto key = IdTokenKey::fromPem(k.privateKeyPem))
            published.append(key->publicJwk());
    }
    return {{QStringLiteral("keys"), published}};
}

}  // namespace thaid::registry
