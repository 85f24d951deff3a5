#pragma once

#include "registry/store/registry_store.h"

#include <optional>

#include <QList>
#include <QStringList>

namespace thaid::registry {

// An agency registered to log citizens in (a relying party).
struct OidcClient {
    QString clientId;
    QByteArray secretSha256;  // the secret itself is shown once, when it is made
    QString nameTh;
    QString nameEn;
    QStringList redirectUris;  // matched exactly
    QStringList scopes;        // what it may ask for
    qint64 createdAtMs = 0;
};

// One authorization request, from the agency's page to the code's exchange.
// pending → scanned → approved → exchanged, or denied | refused | expired.
struct LoginRequest {
    QString requestId;         // 32 hex, in the QR
    QByteArray browserSha256;  // of the cookie only the browser that asked holds
    QString clientId;
    QString redirectUri;
    QString scope;
    QString state;
    QString nonce;
    QString codeChallenge;  // S256
    QByteArray serverNonce;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    QString status = QStringLiteral("pending");
    QByteArray devicePublicKey;  // the phone that scanned it
    QString cid;
    QString assurance;
    QByteArray codeSha256;
    qint64 codeExpiresAtMs = 0;
    qint64 authTimeMs = 0;
    int version = 0;
};

struct AccessTokenEntry {
    QByteArray tokenSha256;
    QString requestId;
    QString clientId;
    QString cid;
    QString scope;
    QString assurance;
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 revokedAtMs = 0;
};

struct SigningKeyEntry {
    QString kid;
    QByteArray privateKeyPem;
    qint64 createdAtMs = 0;
    qint64 retiredAtMs = 0;
};

// How the tables keep client secrets, codes, tokens and the browser's cookie: their SHA-256
// only. Each is 32 random bytes, so the digest gives nothing to guess from.
QByteArray sha256(const QByteArray& bytes);

// The OpenID Connect tables, in the registry's database, so that every registry process
// behind nginx serves any step of a login.
class OidcStore {
public:
    explicit OidcStore(RegistryStore& store) : m_store(store) {}

    bool putClient(const OidcClient& c);
    std::optional<OidcClient> client(const QString& clientId) const;
    QList<OidcClient> clients() const;
    bool removeClient(const QString& clientId);

    bool putRequest(const LoginRequest& r);
    std::optional<LoginRequest> request(const QString& requestId) const;
    std::optional<LoginRequest> requestByCode(const QByteArray& codeSha256) const;
    // Writes `r` (its version one more than `expectedVersion`) only if nobody else wrote since:
    // of two processes deciding on one request, one wins.
    bool updateRequest(const LoginRequest& r, int expectedVersion);
    // Logins this device approved at or after `sinceMs`.
    int approvalsSince(const QByteArray& devicePublicKey, qint64 sinceMs) const;

    bool putToken(const AccessTokenEntry& t);
    std::optional<AccessTokenEntry> token(const QByteArray& tokenSha256) const;
    bool revokeToken(const QByteArray& tokenSha256, qint64 atMs);
    // Every token a request's code gave: a code used twice was stolen.
    bool revokeTokensOf(const QString& requestId, qint64 atMs);

    // The registry's secret of that name, made (32 random bytes) the first time any process
    // asks; every process then reads the same. Empty if the database fails.
    QByteArray secret(const QString& name);

    // Login requests and tokens that ended before `atMs`: nothing can use them any more.
    bool forgetEndedBefore(qint64 atMs);

    QList<SigningKeyEntry> signingKeys() const;  // newest first
    bool putSigningKey(const SigningKeyEntry& k);
    bool retireSigningKey(const QString& kid, qint64 atMs);

    bool failed() { return m_store.takeFailure(); }

private:
    RegistryStore& m_store;
};

}  // namespace thaid::registry
