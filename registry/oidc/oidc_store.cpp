#include "registry/oidc/oidc_store.h"

#include "registry/base/registry_support.h"
#include "registry/store/registry_sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace thaid::registry {

namespace {

constexpr auto kRequestColumns =
    "request_id, browser_sha256, client_id, redirect_uri, scope, state, nonce, code_challenge,"
    " server_nonce, created_at_ms, expires_at_ms, status, device_public_key, cid, assurance,"
    " code_sha256, code_expires_at_ms, auth_time_ms, version";

constexpr auto kTokenColumns =
    "token_sha256, request_id, client_id, cid, scope, assurance, issued_at_ms, expires_at_ms,"
    " revoked_at_ms";

QList<QVariant> requestValues(const LoginRequest& r) {
    return {notNull(r.requestId),
            notNull(r.browserSha256),
            notNull(r.clientId),
            notNull(r.redirectUri),
            notNull(r.scope),
            notNull(r.state),
            notNull(r.nonce),
            notNull(r.codeChallenge),
            notNull(r.serverNonce),
            r.createdAtMs,
            r.expiresAtMs,
            notNull(r.status),
            notNull(r.devicePublicKey),
            notNull(r.cid),
            notNull(r.assurance),
            notNull(r.codeSha256),
            r.codeExpiresAtMs,
            r.authTimeMs,
            r.version};
}

LoginRequest requestFrom(const QSqlQuery& q) {
    LoginRequest r;
    r.requestId = q.value(0).toString();
    r.browserSha256 = q.value(1).toByteArray();
    r.clientId = q.value(2).toString();
    r.redirectUri = q.value(3).toString();
    r.scope = q.value(4).toString();
    r.state = q.value(5).toString();
    r.nonce = q.value(6).toString();
    r.codeChallenge = q.value(7).toString();
    r.serverNonce = q.value(8).toByteArray();
    r.createdAtMs = q.value(9).toLongLong();
    r.expiresAtMs = q.value(10).toLongLong();
    r.status = q.value(11).toString();
    r.devicePublicKey = q.value(12).toByteArray();
    r.cid = q.value(13).toString();
    r.assurance = q.value(14).toString();
    r.codeSha256 = q.value(15).toByteArray();
    r.codeExpiresAtMs = q.value(16).toLongLong();
    r.authTimeMs = q.value(17).toLongLong();
    r.version = q.value(18).toInt();
    return r;
}

OidcClient clientFrom(const QSqlQuery& q) {
    return {q.value(0).toString(),
            q.value(1).toByteArray(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
            q.value(6).toLongLong()};
}

}  // namespace

QByteArray sha256(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool OidcStore::putClient(const OidcClient& c) {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "INSERT INTO oidc_clients (client_id, secret_sha256, name_th, name_en, redirect_uris,"
        " scopes, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(c.clientId), QVariant(c.secretSha256), QVariant(c.nameTh),
                              QVariant(c.nameEn), QVariant(c.redirectUris.join(QLatin1Char('\n'))),
                              QVariant(c.scopes.join(QLatin1Char(' '))), QVariant(c.createdAtMs)})
        q.addBindValue(v);
    return m_store.run(q);
}

std::optional<OidcClient> OidcStore::client(const QString& clientId) const {
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT client_id, secret_sha256, name_th, name_en, redirect_uris,"
                       " scopes, created_at_ms FROM oidc_clients WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!m_store.run(q) || !q.next())
        return std::nullopt;
    return clientFrom(q);
}

QList<OidcClient> OidcStore::clients() const {
    QSqlQuery q(m_store.database());
    QList<OidcClient> all;
    if (!m_store.run(q, QStringLiteral("SELECT client_id, secret_sha256, name_th, name_en,"
                                       " redirect_uris, scopes, created_at_ms FROM oidc_clients"
                                       " ORDER BY client_id")))
        return all;
    while (q.next())
        all.append(clientFrom(q));
    return all;
}

bool OidcStore::removeClient(const QString& clientId) {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM oidc_clients WHERE client_id = ?"));
    q.addBindValue(clientId);
    return m_store.run(q) && q.numRowsAffected() == 1;
}

bool OidcStore::putRequest(const LoginRequest& r) {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO oidc_requests (%1) VALUES (%2)")
                  .arg(QLatin1String(kRequestColumns),
                       QStringLiteral("?, ").repeated(18) + QLatin1Char('?')));
    for (const QVariant& v : requestValues(r))
        q.addBindValue(v);
    return m_store.run(q);
}

std::optional<LoginRequest> OidcStore::request(const QString& requestId) const {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM oidc_requests WHERE request_id = ?")
                  .arg(QLatin1String(kRequestColumns)));
    q.addBindValue(requestId);
    if (!m_store.run(q) || !q.next())
        return std::nullopt;
    return requestFrom(q);
}

int OidcStore::approvalsSince(const QByteArray& devicePublicKey, qint64 sinceMs) const {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM oidc_requests WHERE device_public_key = ? AND auth_time_ms >= ?"
        " AND status IN ('approved', 'code_sent', 'exchanged')"));
    q.addBindValue(devicePublicKey);
    q.addBindValue(sinceMs);
    return m_store.run(q) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<LoginRequest> OidcStore::requestByCode(const QByteArray& codeSha256) const {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM oidc_requests WHERE code_sha256 = ?")
                  .arg(QLatin1String(kRequestColumns)));
    q.addBindValue(codeSha256);
    if (!m_store.run(q) || !q.next())
        return std::nullopt;
    return requestFrom(q);
}

bool OidcStore::updateRequest(const LoginRequest& r, int expectedVersion) {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "UPDATE oidc_requests SET status = ?, device_public_key = ?, cid = ?, assurance = ?,"
        " code_sha256 = ?, code_expires_at_ms = ?, auth_time_ms = ?, version = ?"
        " WHERE request_id = ? AND version = ?"));
    for (const QVariant& v :
         {notNull(r.status), notNull(r.devicePublicKey), notNull(r.cid), notNull(r.assurance),
          notNull(r.codeSha256), QVariant(r.codeExpiresAtMs), QVariant(r.authTimeMs),
          QVariant(r.version), QVariant(r.requestId), QVariant(expectedVersion)})
        q.addBindValue(v);
    return m_store.run(q) && q.numRowsAffected() == 1;
}

bool OidcStore::putToken(const AccessTokenEntry& t) {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO oidc_tokens (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kTokenColumns)));
    for (const QVariant& v :
         {QVariant(t.tokenSha256), QVariant(t.requestId), QVariant(t.clientId), QVariant(t.cid),
          QVariant(t.scope), QVariant(t.assurance), QVariant(t.issuedAtMs), QVariant(t.expiresAtMs),
          QVariant(t.revokedAtMs)})
        q.addBindValue(v);
    return m_store.run(q);
}

std::optional<AccessTokenEntry> OidcStore::token(const QByteArray& tokenSha256) const {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM oidc_tokens WHERE token_sha256 = ?")
                  .arg(QLatin1String(kTokenColumns)));
    q.addBindValue(tokenSha256);
    if (!m_store.run(q) || !q.next())
        return std::nullopt;
    return AccessTokenEntry{
        q.value(0).toByteArray(), q.value(1).toString(),   q.value(2).toString(),
        q.value(3).toString(),    q.value(4).toString(),   q.value(5).toString(),
        q.value(6).toLongLong(),  q.value(7).toLongLong(), q.value(8).toLongLong()};
}

bool OidcStore::revokeToken(const QByteArray& tokenSha256, qint64 atMs) {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "UPDATE oidc_tokens SET revoked_at_ms = ? WHERE token_sha256 = ? AND revoked_at_ms = 0"));
    q.addBindValue(atMs);
    q.addBindValue(tokenSha256);
    return m_store.run(q);
}

bool OidcStore::revokeTokensOf(const QString& requestId, qint64 atMs) {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "UPDATE oidc_tokens SET revoked_at_ms = ? WHERE request_id = ? AND revoked_at_ms = 0"));
    q.addBindValue(atMs);
    q.addBindValue(requestId);
    return m_store.run(q);
}

QByteArray OidcStore::secret(const QString& name) {
    const auto read = [&] {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT value FROM oidc_secrets WHERE name = ?"));
        q.addBindValue(name);
        return m_store.run(q) && q.next() ? q.value(0).toByteArray() : QByteArray();
    };
    QByteArray value = read();
    if (!value.isEmpty())
        return value;
    // Two processes may both make one: the first insert stands and both read it.
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO oidc_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
    insert.addBindValue(name);
    insert.addBindValue(randomBytes(32));
    m_store.run(insert);
    return read();
}

bool OidcStore::forgetEndedBefore(qint64 atMs) {
    QSqlQuery requests(m_store.database());
    requests.prepare(QStringLiteral(
        "DELETE FROM oidc_requests WHERE expires_at_ms < ? AND code_expires_at_ms < ?"));
    requests.addBindValue(atMs);
    requests.addBindValue(atMs);
    QSqlQuery tokens(m_store.database());
    tokens.prepare(QStringLiteral("DELETE FROM oidc_tokens WHERE expires_at_ms < ?"));
    tokens.addBindValue(atMs);
    return m_store.run(requests) && m_store.run(tokens);
}

QList<SigningKeyEntry> OidcStore::signingKeys() const {
    QSqlQuery q(m_store.database());
    QList<SigningKeyEntry> keys;
    if (!m_store.run(q, QStringLiteral("SELECT kid, private_key_pem, created_at_ms,"
                                       " retired_at_ms FROM oidc_keys"
                                       " ORDER BY created_at_ms DESC, kid")))
        return keys;
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toLongLong(),
                     q.value(3).toLongLong()});
    return keys;
}

bool OidcStore::putSigningKey(const SigningKeyEntry& k) {
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("INSERT INTO oidc_keys (kid, private_key_pem, created_at_ms,"
                       " retired_at_ms) VALUES (?, ?, ?, ?)"));
    q.addBindValue(k.kid);
    q.addBindValue(QString::fromLatin1(k.privateKeyPem));
    q.addBindValue(k.createdAtMs);
    q.addBindValue(k.retiredAtMs);
    return m_store.run(q);
}

bool OidcStore::retireSigningKey(const QString& kid, qint64 atMs) {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "UPDATE oidc_keys SET retired_at_ms = ? WHERE kid = ? AND retired_at_ms = 0"));
    q.addBindValue(atMs);
    q.addBindValue(kid);
    return m_store.run(q);
}

}  // namespace thaid::registry
