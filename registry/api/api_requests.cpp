#include "registry/api/api_requests.h"

#include "protocol/exception_reason.h"
#include "smartcard/citizen_id.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace thaid::registry {

namespace {

// Reads one JSON object against its schema; the first problem wins and names the field.
class Fields {
public:
    Fields(const QJsonObject& o, std::initializer_list<const char*> allowed) : m_o(o) {
        QSet<QString> known;
        for (const char* k : allowed)
            known.insert(QLatin1String(k));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                fail(it.key(), QStringLiteral("is not a known field"));
        }
    }

    QString string(const char* key, qsizetype maxLength,
                   const QRegularExpression* pattern = nullptr, bool required = true) {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                fail(key, QStringLiteral("is required"));
            return {};
        }
        if (!v.isString())
            return fail(key, QStringLiteral("must be a string")), QString();
        QString s = v.toString();
        if (s.size() > maxLength)
            fail(key, QStringLiteral("is longer than %1").arg(maxLength));
        else if (pattern && !pattern->match(s).hasMatch())
            fail(key, QStringLiteral("has the wrong form"));
        return s;
    }

    QString cid(const char* key) {
        QString s = string(key, 13);
        if (!m_error && !card::isValidCitizenId(s))
            fail(key, QStringLiteral("is not a 13-digit citizen ID with a valid check digit"));
        return s;
    }

    qint64 integer(const char* key, qint64 min, qint64 max, bool required = true,
                   qint64 fallback = 0) {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                fail(key, QStringLiteral("is required"));
            return fallback;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < min ||
            d > max) {
            fail(key, QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<qint64>(d);
    }

    bool boolean(const char* key) {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool())
            fail(key, QStringLiteral("must be true or false"));
        return v.toBool();
    }

    QByteArray base64(const char* key, qsizetype maxLength) {
        const QString s = string(key, maxLength);
        if (m_error)
            return {};
        auto decoded =
            QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            fail(key, QStringLiteral("must be base64"));
        return decoded.decoded;
    }

    QJsonObject object(const char* key) {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isObject())
            fail(key, QStringLiteral("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const char* key, qsizetype maxItems) {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray())
            fail(key, QStringLiteral("must be an array"));
        else if (v.toArray().size() > maxItems)
            fail(key, QStringLiteral("has more than %1 items").arg(maxItems));
        return v.toArray();
    }

    void fail(const QString& key, const QString& problem) {
        if (!m_error)
            m_error = apiError(ErrorCode::InvalidField, QStringLiteral("%1 %2").arg(key, problem));
    }
    void fail(const char* key, const QString& problem) { fail(QLatin1String(key), problem); }
    void adopt(const std::optional<ApiError>& inner) {
        if (!m_error && inner)
            m_error = inner;
    }
    const std::optional<ApiError>& error() const { return m_error; }

private:
    QJsonObject m_o;
    std::optional<ApiError> m_error;
};

Result<QJsonObject, ApiError> object(const QByteArray& body, qsizetype limit = kMaxBodyBytes) {
    if (body.size() > limit)
        return apiError(ErrorCode::BodyTooLarge,
                        QStringLiteral("the body exceeds %1 KiB").arg(limit / 1024));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return apiError(ErrorCode::MalformedRequest,
                        QStringLiteral("the body is not a JSON object"));
    return doc.object();
}

const QRegularExpression& hex64() {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

// Exactly one of the contract's names for an enum's values.
template <typename E>
QRegularExpression oneOf(std::span<const E> all, QString (*name)(E)) {
    QStringList names;
    for (E e : all)
        names.append(QRegularExpression::escape(name(e)));
    return QRegularExpression(QStringLiteral("^(%1)$").arg(names.join(u'|')));
}

FingerSampleField fingerSample(Fields& outer, const QJsonObject& o) {
    Fields f(o, {"finger", "sample"});
    static const QRegularExpression finger =
        oneOf(protocol::allIndexFingers(), protocol::indexFingerName);
    FingerSampleField v;
    v.finger = f.string("finger", 16, &finger);
    Fields image(f.object("sample"), {"width", "height", "pixels"});
    v.sample.width = static_cast<int>(image.integer("width", 16, 1024));
    v.sample.height = static_cast<int>(image.integer("height", 16, 1024));
    v.sample.pixels = image.base64("pixels", (kMaxSamplePixels + 2) / 3 * 4);
    if (!image.error() && !v.sample.isValid())
        image.fail("pixels", QStringLiteral("must hold width × height bytes"));
    f.adopt(image.error());
    outer.adopt(f.error());
    return v;
}

const QRegularExpression& sessionIdForm() {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re;
}

const QRegularExpression& token() {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{48}$"));
    return re;
}

template <typename T>
Result<T, ApiError> finish(const Fields& f, T value) {
    if (f.error())
        return *f.error();
    return value;
}

}  // namespace

Result<OfficerSignInRequest, ApiError> parseOfficerSignIn(const QByteArray& body) {
    auto o = object(body, kMaxSampleBodyBytes);
    if (!o)
        return o.error();
    Fields f(o.value(), {"officer_cid", "card_request_number", "fingerprint", "station_id"});
    OfficerSignInRequest r;
    r.officerCid = f.cid("officer_cid");
    r.cardRequestNumber = f.string("card_request_number", 20);
    r.fingerprint = fingerSample(f, f.object("fingerprint"));
    r.stationId = static_cast<quint32>(f.integer("station_id", 1, 4294967295LL));
    return finish(f, r);
}

Result<OfficerSignOutRequest, ApiError> parseOfficerSignOut(const QByteArray& body) {
    auto o = object(body);
    if (!o)
        return o.error();
    Fields f(o.value(), {"officer_token"});
    OfficerSignOutRequest r;
    r.officerToken = f.string("officer_token", 48, &token());
    return finish(f, r);
}

Result<CardCheckRequest, ApiError> parseCardCheck(const QByteArray& body) {
    auto o = object(body);
    if (!o)
        return o.error();
    Fields f(o.value(), {"cid", "request_number", "officer_token"});
    CardCheckRequest r;
    r.cid = f.cid("cid");
    r.requestNumber = f.string("request_number", 20);
    r.officerToken = f.string("officer_token", 48, &token());
    return finish(f, r);
}

Result<VerificationRequest, ApiError> parseVerification(const QByteArray& body) {
    auto o = object(body, kMaxSampleBodyBytes);
    if (!o)
        return o.error();
    Fields f(o.value(), {"cid", "request_number", "officer_token", "fingerprint"});
    VerificationRequest r;
    r.cid = f.cid("cid");
    r.requestNumber = f.string("request_number", 20);
    r.officerToken = f.string("officer_token", 48, &token());
    r.fingerprint = fingerSample(f, f.object("fingerprint"));
    return finish(f, r);
}

Result<ExceptionRequest, ApiError> parseException(const QByteArray& body) {
    auto o = object(body, kMaxSampleBodyBytes);
    if (!o)
        return o.error();
    Fields f(o.value(),
             {"cid", "request_number", "officer_token", "station_id", "reason", "supervisor_cid",
              "supervisor_card_request_number", "supervisor_fingerprint"});
    static const QRegularExpression reason =
        oneOf(protocol::allExceptionReasons(), protocol::exceptionReasonName);
    ExceptionRequest r;
    r.cid = f.cid("cid");
    r.requestNumber = f.string("request_number", 20);
    r.officerToken = f.string("officer_token", 48, &token());
    r.stationId = static_cast<quint32>(f.integer("station_id", 1, 4294967295LL));
    r.reason = f.string("reason", 32, &reason);
    r.supervisorCid = f.cid("supervisor_cid");
    r.supervisorCardRequestNumber = f.string("supervisor_card_request_number", 20);
    r.supervisorFingerprint = fingerSample(f, f.object("supervisor_fingerprint"));
    return finish(f, r);
}

Result<CreateSessionRequest, ApiError> parseCreateSession(const QByteArray& body) {
    auto o = object(body);
    if (!o)
        return o.error();
    Fields f(o.value(), {"cid", "request_number", "verification_id", "officer_token", "station_id",
                         "replaces_binding"});
    CreateSessionRequest r;
    r.cid = f.cid("cid");
    r.requestNumber = f.string("request_number", 20);
    r.verificationId = f.string("verification_id", 32, &sessionIdForm());
    r.officerToken = f.string("officer_token", 48, &token());
    r.stationId = static_cast<quint32>(f.integer("station_id", 1, 4294967295LL));
    r.replacesBinding = f.string("replaces_binding", 32, &sessionIdForm(), false);
    return finish(f, r);
}

Result<ConfirmationRequest, ApiError> parseConfirmation(const QByteArray& body) {
    auto o = object(body);
    if (!o)
        return o.error();
    Fields f(o.value(), {"code"});
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    ConfirmationRequest r;
    r.code = f.string("code", 6, &sixDigits);
    return finish(f, r);
}

Result<CancelRequest, ApiError> parseCancel(const QByteArray& body) {
    auto o = object(body);
    if (!o)
        return o.error();
    Fields f(o.value(), {"reason"});
    static const QRegularExpression reasons(
        QStringLiteral("^(card_removed|officer_cancelled|fault|idle_lock)$"));
    CancelRequest r;
    r.reason = f.string("reason", 32, &reasons);
    return finish(f, r);
}

Result<AuditBatch, ApiError> parseAuditBatch(const QByteArray& body) {
    auto o = object(body, kMaxAuditBodyBytes);
    if (!o)
        return o.error();
    Fields f(o.value(), {"station_id", "rows"});
    AuditBatch r;
    r.stationId = static_cast<quint32>(f.integer("station_id", 1, 4294967295LL));
    const QJsonArray rows = f.array("rows", 50);
    for (const QJsonValue v : rows) {
        if (!v.isObject()) {
            f.fail("rows", QStringLiteral("must hold objects"));
            break;
        }
        Fields rf(v.toObject(), {"seq", "at", "kind", "citizen_hmac", "detail", "prev_hash", "hash",
                                 "signature"});
        AuditRow row;
        row.seq = rf.integer("seq", 1, (1LL << 53));
        row.at = rf.string("at", 40);
        row.kind = rf.string("kind", 64);
        row.citizenHmac = rf.string("citizen_hmac", 64, &hex64(), false);
        row.detail = rf.string("detail", 500, nullptr, false);
        row.prevHash = rf.string("prev_hash", 64, &hex64(), false);
        row.hash = rf.string("hash", 64, &hex64());
        row.signature = rf.base64("signature", 160);
        f.adopt(rf.error());
        r.rows.append(row);
    }
    return finish(f, r);
}

Result<ClaimRequest, ApiError> parseClaim(const QByteArray& body) {
    auto o = object(body);
    if (!o)
        return o.error();
    Fields f(o.value(), {"qr_text", "typed_cid", "terms_version", "device_public_key"});
    ClaimRequest r;
    r.qrText = f.string("qr_text", 148);
    r.typedCid = f.cid("typed_cid");
    r.termsVersion = f.string("terms_version", 32);
    r.devicePublicKey = f.base64("device_public_key", 256);
    return finish(f, r);
}

Result<BindRequest, ApiError> parseBind(const QByteArray& body) {
    auto o = object(body);
    if (!o)
        return o.error();
    Fields f(o.value(), {"device_public_key", "passcode_set"});
    BindRequest r;
    r.devicePublicKey = f.base64("device_public_key", 256);
    if (!f.boolean("passcode_set"))
        f.fail("passcode_set", QStringLiteral("must be true"));
    return finish(f, r);
}

Result<CompleteRequest, ApiError> parseComplete(const QByteArray& body) {
    auto o = object(body);
    if (!o)
        return o.error();
    Fields f(o.value(), {"consent", "first_unlock"});
    if (!f.boolean("consent"))
        f.fail("consent", QStringLiteral("must be true"));
    if (!f.boolean("first_unlock"))
        f.fail("first_unlock", QStringLiteral("must be true"));
    return finish(f, CompleteRequest{});
}

std::optional<QByteArray> parseSessionId(QStringView text) {
    if (!sessionIdForm().match(text.toString()).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

}  // namespace thaid::registry
