#include "registry/store/registry_schema.h"

#include <array>

namespace thaid::registry {

namespace {

// Version 1 is the schema as the single-file registry created it, so an existing registry.db
// takes it as already applied (every statement is IF NOT EXISTS).
const char* const kV1[] = {
    "CREATE TABLE IF NOT EXISTS citizens (cid TEXT PRIMARY KEY, name_th TEXT, name_en TEXT,"
    " request_number TEXT NOT NULL, card_status TEXT NOT NULL, finger TEXT NOT NULL,"
    " reference_print {blob} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS citizen_prints (cid TEXT NOT NULL, finger TEXT NOT NULL,"
    " reference_print {blob} NOT NULL, PRIMARY KEY (cid, finger))",
    "CREATE TABLE IF NOT EXISTS superseded_cards (cid TEXT NOT NULL, request_number TEXT NOT NULL,"
    " PRIMARY KEY (cid, request_number))",
    "CREATE TABLE IF NOT EXISTS officers (cid TEXT PRIMARY KEY, display_name TEXT NOT NULL,"
    " request_number TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS officer_prints (cid TEXT PRIMARY KEY, finger TEXT NOT NULL,"
    " reference_print {blob} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS stations (station_id {int} PRIMARY KEY, office_th TEXT NOT NULL,"
    " office_en TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS officer_roles (cid TEXT PRIMARY KEY, role TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS exceptions (id {serial}, station_id {int} NOT NULL,"
    " cid TEXT NOT NULL, officer_cid TEXT NOT NULL, supervisor_cid TEXT NOT NULL,"
    " reason TEXT NOT NULL, at_ms {int} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS session_verifications (sid TEXT PRIMARY KEY,"
    " method TEXT NOT NULL, finger TEXT NOT NULL, verified_at_ms {int} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS officer_tokens (token TEXT PRIMARY KEY, officer_cid TEXT NOT NULL,"
    " station_id {int} NOT NULL, expires_at_ms {int} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sessions (sid TEXT PRIMARY KEY, cid TEXT NOT NULL,"
    " request_number TEXT NOT NULL, station_id {int} NOT NULL, officer TEXT NOT NULL,"
    " state TEXT NOT NULL, version {int} NOT NULL, created_at_ms {int} NOT NULL,"
    " expires_at_ms {int} NOT NULL, device_public_key {blob}, terms_version TEXT)",
    "CREATE TABLE IF NOT EXISTS transitions (id {serial}, sid TEXT NOT NULL,"
    " from_state TEXT NOT NULL, to_state TEXT NOT NULL, reason TEXT NOT NULL,"
    " at_ms {int} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS bindings (binding_id TEXT PRIMARY KEY, cid TEXT NOT NULL,"
    " device_public_key {blob} NOT NULL UNIQUE, sid TEXT NOT NULL, station_id {int} NOT NULL,"
    " officer_cid TEXT NOT NULL, method TEXT NOT NULL, finger TEXT NOT NULL,"
    " assurance TEXT NOT NULL, bound_at_ms {int} NOT NULL, revoked_at_ms {int} NOT NULL,"
    " replaced_by TEXT NOT NULL)",
    // The database itself keeps "at most one active binding per citizen".
    "CREATE UNIQUE INDEX IF NOT EXISTS one_active_binding ON bindings (cid)"
    " WHERE revoked_at_ms = 0",
    "CREATE TABLE IF NOT EXISTS kiosk_audit_signatures (station_id {int} NOT NULL,"
    " seq {int} NOT NULL, signature {blob} NOT NULL, PRIMARY KEY (station_id, seq))",
    "CREATE TABLE IF NOT EXISTS kiosk_audit (station_id {int} NOT NULL, seq {int} NOT NULL,"
    " at TEXT NOT NULL, kind TEXT NOT NULL, citizen_hmac TEXT, detail TEXT, prev_hash TEXT,"
    " hash TEXT NOT NULL, PRIMARY KEY (station_id, seq))",
};

// Version 2: everything a request needs lives in the database, so that several registry
// processes can serve one fleet. A session's attempts and nonce, the fingerprint verdicts
// between match and session, and failed fingers were in one process's memory before.
const char* const kV2[] = {
    "ALTER TABLE sessions ADD COLUMN cid_attempts {int} NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN code_attempts {int} NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN server_nonce {blob}",
    "ALTER TABLE session_verifications ADD COLUMN exception_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE session_verifications ADD COLUMN supervisor_cid TEXT NOT NULL DEFAULT ''",
    // Only live sessions are ever scanned for expiry.
    "CREATE INDEX IF NOT EXISTS sessions_live ON sessions (expires_at_ms)"
    " WHERE state IN ('CREATED', 'CLAIMED', 'CONFIRMED', 'BOUND')",
    "CREATE INDEX IF NOT EXISTS transitions_by_sid ON transitions (sid)",
    "CREATE TABLE IF NOT EXISTS finger_verdicts (verification_id TEXT PRIMARY KEY,"
    " cid TEXT NOT NULL, request_number TEXT NOT NULL, officer_cid TEXT NOT NULL,"
    " finger TEXT NOT NULL, station_id {int} NOT NULL, at_ms {int} NOT NULL,"
    " method TEXT NOT NULL, exception_reason TEXT NOT NULL, supervisor_cid TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS finger_failures (id {serial}, who TEXT NOT NULL,"
    " at_ms {int} NOT NULL)",
    "CREATE INDEX IF NOT EXISTS finger_failures_by_who ON finger_failures (who, at_ms)",
    "CREATE INDEX IF NOT EXISTS exceptions_by_station ON exceptions (station_id, at_ms)",
    "CREATE INDEX IF NOT EXISTS officer_tokens_by_officer ON officer_tokens (officer_cid)",
};

// Version 3: the registry as an OpenID Connect provider for agencies. Client secrets, codes and
// tokens are kept as SHA-256 only: each is 32 random bytes, so a stolen table gives nothing to
// guess from.
const char* const kV3[] = {
    "CREATE TABLE IF NOT EXISTS oidc_clients (client_id TEXT PRIMARY KEY,"
    " secret_sha256 {blob} NOT NULL, name_th TEXT NOT NULL, name_en TEXT NOT NULL,"
    " redirect_uris TEXT NOT NULL, scopes TEXT NOT NULL, created_at_ms {int} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS oidc_requests (request_id TEXT PRIMARY KEY,"
    " browser_sha256 {blob} NOT NULL, client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL,"
    " scope TEXT NOT NULL, state TEXT NOT NULL, nonce TEXT NOT NULL,"
    " code_challenge TEXT NOT NULL, server_nonce {blob} NOT NULL,"
    " created_at_ms {int} NOT NULL, expires_at_ms {int} NOT NULL, status TEXT NOT NULL,"
    " device_public_key {blob}, cid TEXT NOT NULL, assurance TEXT NOT NULL,"
    " code_sha256 {blob}, code_expires_at_ms {int} NOT NULL, auth_time_ms {int} NOT NULL,"
    " version {int} NOT NULL)",
    "CREATE INDEX IF NOT EXISTS oidc_requests_by_code ON oidc_requests (code_sha256)",
    "CREATE TABLE IF NOT EXISTS oidc_tokens (token_sha256 {blob} PRIMARY KEY,"
    " request_id TEXT NOT NULL, client_id TEXT NOT NULL, cid TEXT NOT NULL,"
    " scope TEXT NOT NULL, assurance TEXT NOT NULL, issued_at_ms {int} NOT NULL,"
    " expires_at_ms {int} NOT NULL, revoked_at_ms {int} NOT NULL)",
    "CREATE INDEX IF NOT EXISTS oidc_tokens_by_request ON oidc_tokens (request_id)",
    ("CREATE TABLE IF NOT EXISTS oidc_keys (kid TEXT PRIMARY KEY, private_key_pem TEXT NOT NULL,"
     " created_at_ms {int} NOT NULL, retired_at_ms {int} NOT NULL)"),
    // The key of the pairwise `sub`: without it, a `sub` could be traced back to a citizen ID
    // by trying every ID.
    "CREATE TABLE IF NOT EXISTS oidc_secrets (name TEXT PRIMARY KEY, value {blob} NOT NULL)",
};

// Version 4: what the citizen's latest card prints, for the scopes agencies ask for (address,
// birth date, the card's dates) and the photo a ThaiD check shows the officer.
const char* const kV4[] = {
    "CREATE TABLE IF NOT EXISTS citizen_cards (cid TEXT PRIMARY KEY, address TEXT NOT NULL,"
    " province TEXT NOT NULL, birth_date TEXT NOT NULL, issue_date TEXT NOT NULL,"
    " expiry_date TEXT NOT NULL, photo {blob})",
};

// Version 5: trust, second round (issue 28). A session keeps the binding the officer confirmed
// it replaces, so that its completion revokes that one and no other, and why the registry ended
// it when the state alone does not say; each station's current certificate is pinned.
const char* const kV5[] = {
    "ALTER TABLE sessions ADD COLUMN replaces_binding TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN end_code TEXT NOT NULL DEFAULT ''",
    // Each station's current certificate: one provisioned again (into a TPM, say) leaves its
    // old certificate, and the key beside it, refused on every registry process at once.
    ("CREATE TABLE IF NOT EXISTS station_certificates (station_id {int} PRIMARY KEY,"
     " certificate_sha256 TEXT NOT NULL, pinned_at_ms {int} NOT NULL)"),
};

const std::array<Migration, 5> kMigrations{{
    {1, "the single-file registry's schema", kV1},
    {2, "request state shared between registry processes", kV2},
    {3, "OpenID Connect for agencies", kV3},
    {4, "the card's printed data for OpenID Connect scopes", kV4},
    {5, "replaced bindings, end codes and pinned station certificates", kV5},
}};

}  // namespace

std::span<const Migration> registryMigrations() {
    return kMigrations;
}

int latestSchemaVersion() {
    return kMigrations.back().version;
}

QString sqlFor(SqlDialect dialect, const char* statement) {
    const bool pg = dialect == SqlDialect::Postgres;
    QString sql = QString::fromLatin1(statement);
    // SQLite keeps INTEGER (a 64-bit type there) so that files made before migrations match.
    sql.replace(QLatin1String("{int}"), pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    sql.replace(QLatin1String("{blob}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    sql.replace(QLatin1String("{serial}"), pg ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                              : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return sql;
}

}  // namespace thaid::registry
