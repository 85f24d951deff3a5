#include "protocol/wire/kiosk_answers.h"

#include <array>

namespace thaid::protocol {

namespace {

constexpr std::array kCardStatuses{CardStatus::Latest, CardStatus::Superseded, CardStatus::Revoked,
                                   CardStatus::Unknown};

std::span<const CardStatus> allCardStatuses() {
    return kCardStatuses;
}

QJsonObject boundPhoneJson(const std::optional<BoundPhone>& b) {
    if (!b)
        return {{QStringLiteral("status"), QStringLiteral("none")}};
    QJsonObject o{{QStringLiteral("status"), QStringLiteral("active")},
                  {QStringLiteral("binding_id"), b->bindingId},
                  {QStringLiteral("bound_at"), wireTime(b->boundAt)},
                  {QStringLiteral("station_id"), static_cast<qint64>(b->stationId)},
                  {QStringLiteral("assurance"), b->assurance},
                  {QStringLiteral("notices"), QJsonArray::fromStringList(b->notices)}};
    if (!b->officeTh.isEmpty() || !b->officeEn.isEmpty())
        o.insert(QStringLiteral("office"), QJsonObject{{QStringLiteral("th"), b->officeTh},
                                                       {QStringLiteral("en"), b->officeEn}});
    return o;
}

std::optional<BoundPhone> boundPhone(JsonFields& outer, const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    static const QRegularExpression status(QStringLiteral("^(none|active)$"));
    if (f.string("status", 16, &status) != QLatin1String("active")) {
        outer.adopt(f.error());
        return std::nullopt;
    }
    BoundPhone b;
    b.bindingId = f.string("binding_id", 32, &hex32Form());
    b.boundAt = f.time("bound_at");
    b.stationId = static_cast<quint32>(f.integer("station_id", 1, kMaxStationId));
    b.assurance = f.optionalString("assurance", 32);
    if (const auto office = f.optionalObject("office")) {
        JsonFields of(*office, {}, kLenient);
        b.officeTh = of.optionalString("th", 200);
        b.officeEn = of.optionalString("en", 200);
        f.adopt(of.error());
    }
    if (o.contains(QStringLiteral("notices")))
        b.notices = f.stringArray("notices", 16, 64);
    outer.adopt(f.error());
    return b;
}

}  // namespace

QString cardStatusName(CardStatus status) {
    switch (status) {
        case CardStatus::Latest:
            return QStringLiteral("latest");
        case CardStatus::Superseded:
            return QStringLiteral("superseded");
        case CardStatus::Revoked:
            return QStringLiteral("revoked");
        case CardStatus::Unknown:
            return QStringLiteral("unknown");
    }
    return {};
}

std::optional<CardStatus> cardStatusFromName(QStringView name) {
    for (CardStatus s : allCardStatuses()) {
        if (cardStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject toJson(const OfficerSession& v) {
    return {{QStringLiteral("officer_token"), v.token},
            {QStringLiteral("display_name"), v.displayName},
            {QStringLiteral("expires_at"), wireTime(v.expiresAt)}};
}

QJsonObject toJson(const SignOutResult& v) {
    return {{QStringLiteral("signed_out"), v.signedOut}};
}

QJsonObject toJson(const CardCheckResult& v) {
    QJsonObject o{{QStringLiteral("status"), cardStatusName(v.status)}};
    // Only a card that may register learns about the citizen's phone.
    if (v.status == CardStatus::Latest)
        o.insert(QStringLiteral("binding"), boundPhoneJson(v.binding));
    return o;
}

QJsonObject toJson(const VerificationResult& v) {
    QJsonObject o{{QStringLiteral("matched"), v.matched},
                  {QStringLiteral("attempts_left"), v.attemptsLeft}};
    if (v.matched)
        o.insert(QStringLiteral("verification_id"), v.verificationId);
    return o;
}

QJsonObject toJson(const ExceptionGrant& v) {
    return {{QStringLiteral("verification_id"), v.verificationId},
            {QStringLiteral("exceptions_left_today"), v.exceptionsLeftToday}};
}

QJsonObject toJson(const Session& v) {
    QJsonObject o{{QStringLiteral("sid"), v.sid},
                  {QStringLiteral("state"), sessionStateName(v.state)},
                  {QStringLiteral("version"), v.version},
                  {QStringLiteral("expires_at"), wireTime(v.expiresAt)}};
    if (!v.phoneStep.isEmpty())
        o.insert(QStringLiteral("phone_step"), v.phoneStep);
    if (v.confirmationAttemptsLeft >= 0)
        o.insert(QStringLiteral("confirmation_attempts_left"), v.confirmationAttemptsLeft);
    if (v.endCode)
        o.insert(QStringLiteral("end_code"), errorCodeName(*v.endCode));
    return o;
}

QJsonObject toJson(const SessionQr& v) {
    return {{QStringLiteral("text"), v.text},
            {QStringLiteral("issued_at"), wireTime(v.issuedAt)},
            {QStringLiteral("expires_at"), wireTime(v.expiresAt)},
            {QStringLiteral("next_at"), wireTime(v.nextAt)}};
}

QJsonObject toJson(const KioskStatus& v) {
    QJsonObject o{{QStringLiteral("station_id"), static_cast<qint64>(v.stationId)},
                  {QStringLiteral("time"), wireTime(v.time)}};
    if (v.auditAcknowledgedSeq)
        o.insert(QStringLiteral("audit_acknowledged_seq"), *v.auditAcknowledgedSeq);
    return o;
}

QJsonObject toJson(const AuditAck& v) {
    QJsonObject o{{QStringLiteral("acknowledged_seq"), v.seq}};
    if (v.seq > 0)
        o.insert(QStringLiteral("acknowledged_hash"), v.hash);
    return o;
}

Result<OfficerSession, WireError> decodeOfficerSession(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    OfficerSession s;
    s.token = f.string("officer_token", 128);
    s.displayName = f.string("display_name", 200);
    s.expiresAt = f.time("expires_at");
    if (!f.error() && s.token.isEmpty())
        f.fail(QStringLiteral("officer_token"), QStringLiteral("is empty"));
    return finish(f, s);
}

Result<SignOutResult, WireError> decodeSignOutResult(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    SignOutResult r{f.boolean("signed_out")};
    if (!f.error() && !r.signedOut)
        f.fail(QStringLiteral("signed_out"), QStringLiteral("must be true"));
    return finish(f, r);
}

Result<CardCheckResult, WireError> decodeCardCheckResult(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    static const QRegularExpression status = oneOf(allCardStatuses(), cardStatusName);
    const QString name = f.string("status", 16, &status);
    CardCheckResult r;
    r.status = cardStatusFromName(name).value_or(CardStatus::Unknown);
    if (const auto binding = f.optionalObject("binding"))
        r.binding = boundPhone(f, *binding);
    else if (!f.error() && r.status == CardStatus::Latest)
        f.fail(QStringLiteral("binding"), QStringLiteral("is required for a latest card"));
    return finish(f, r);
}

Result<VerificationResult, WireError> decodeVerificationResult(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    VerificationResult r;
    r.matched = f.boolean("matched");
    r.attemptsLeft = static_cast<int>(f.integer("attempts_left", 0, kMaxCount));
    if (r.matched)
        r.verificationId = f.string("verification_id", 32, &hex32Form());
    return finish(f, r);
}

Result<ExceptionGrant, WireError> decodeExceptionGrant(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    ExceptionGrant g;
    g.verificationId = f.string("verification_id", 32, &hex32Form());
    g.exceptionsLeftToday = static_cast<int>(f.integer("exceptions_left_today", 0, kMaxCount));
    return finish(f, g);
}

Result<Session, WireError> decodeSession(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    Session s;
    s.sid = f.string("sid", 32, &hex32Form());
    const QString state = f.string("state", 16);
    s.version = static_cast<int>(f.integer("version", 0, 1 << 30));
    s.expiresAt = f.time("expires_at");
    s.phoneStep = f.optionalString("phone_step", 32);
    s.confirmationAttemptsLeft =
        static_cast<int>(f.optionalInteger("confirmation_attempts_left", 0, kMaxCount, -1));
    // A code this kiosk does not know yet still ends the session; it is only not named.
    if (const QString end = f.optionalString("end_code", 40); !end.isEmpty())
        s.endCode = errorCodeFromName(end);
    if (const auto known = sessionStateFromName(state))
        s.state = *known;
    else
        f.fail(QStringLiteral("state"), QStringLiteral("is not a session state"));
    return finish(f, s);
}

Result<SessionQr, WireError> decodeSessionQr(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    SessionQr q;
    q.text = f.string("text", 148);
    q.issuedAt = f.time("issued_at");
    q.expiresAt = f.time("expires_at");
    q.nextAt = f.time("next_at");
    // A frame is exactly 148 characters (docs/protocol.md); anything else is not one.
    if (!f.error() && q.text.size() != 148)
        f.fail(QStringLiteral("text"), QStringLiteral("is not a 148-character frame"));
    return finish(f, q);
}

Result<KioskStatus, WireError> decodeKioskStatus(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    KioskStatus s;
    s.stationId = static_cast<quint32>(f.integer("station_id", 1, kMaxStationId));
    s.time = f.time("time");
    if (const qint64 acked = f.optionalInteger("audit_acknowledged_seq", 0, 1LL << 53, -1);
        acked >= 0)
        s.auditAcknowledgedSeq = acked;
    return finish(f, s);
}

Result<AuditAck, WireError> decodeAuditAck(const QJsonObject& o) {
    JsonFields f(o, {}, kLenient);
    AuditAck a;
    a.seq = f.integer("acknowledged_seq", 0, 1LL << 53);
    if (a.seq > 0)
        a.hash = f.string("acknowledged_hash", 64, &hex64Form());
    return finish(f, a);
}

}  // namespace thaid::protocol
