#include "protocol/wire/json_fields.h"

#include "common/citizen_id.h"

#include <QJsonDocument>
#include <QSet>

namespace thaid::protocol {

JsonFields::JsonFields(const QJsonObject& o, std::initializer_list<const char*> known,
                       UnknownFields unknown)
    : m_o(o), m_unknown(unknown) {
    if (unknown == UnknownFields::Ignore)
        return;
    QSet<QString> names;
    for (const char* k : known)
        names.insert(QLatin1String(k));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!names.contains(it.key()))
            fail(it.key(), QStringLiteral("is not a known field"));
    }
}

QString JsonFields::string(const char* key, qsizetype maxLength, const QRegularExpression* form) {
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined()) {
        fail(QLatin1String(key), QStringLiteral("is required"));
        return {};
    }
    if (!v.isString()) {
        fail(QLatin1String(key), QStringLiteral("must be a string"));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength)
        fail(QLatin1String(key), QStringLiteral("is longer than %1").arg(maxLength));
    else if (form && !form->match(s).hasMatch())
        fail(QLatin1String(key), QStringLiteral("has the wrong form"));
    return s;
}

QString JsonFields::optionalString(const char* key, qsizetype maxLength,
                                   const QRegularExpression* form) {
    if (!present(m_o.value(QLatin1String(key))))
        return {};
    return string(key, maxLength, form);
}

QString JsonFields::citizenId(const char* key) {
    QString s = string(key, 13);
    if (!m_error && !card::isValidCitizenId(s))
        fail(QLatin1String(key),
             QStringLiteral("is not a 13-digit citizen ID with a valid check digit"));
    return s;
}

qint64 JsonFields::integer(const char* key, qint64 min, qint64 max) {
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined()) {
        fail(QLatin1String(key), QStringLiteral("is required"));
        return 0;
    }
    const double d = v.toDouble();  // not read unless v.isDouble()
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) ||
        d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(QLatin1String(key),
             QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
        return 0;
    }
    return static_cast<qint64>(d);
}

qint64 JsonFields::optionalInteger(const char* key, qint64 min, qint64 max, qint64 absent) {
    if (!present(m_o.value(QLatin1String(key))))
        return absent;
    return integer(key, min, max);
}

bool JsonFields::boolean(const char* key) {
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isBool())
        fail(QLatin1String(key), QStringLiteral("must be true or false"));
    return v.toBool();
}

QByteArray JsonFields::base64(const char* key, qsizetype maxLength) {
    const QString s = string(key, maxLength);
    if (m_error)
        return {};
    auto decoded =
        QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        fail(QLatin1String(key), QStringLiteral("must be base64"));
    return decoded.decoded;
}

QDateTime JsonFields::time(const char* key) {
    const QString s = string(key, 40);
    if (m_error)
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        fail(QLatin1String(key), QStringLiteral("must be an ISO 8601 time"));
    return t;
}

QDateTime JsonFields::optionalTime(const char* key) {
    if (!present(m_o.value(QLatin1String(key))))
        return {};
    return time(key);
}

QJsonObject JsonFields::object(const char* key) {
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isObject())
        fail(QLatin1String(key), QStringLiteral("must be an object"));
    return v.toObject();
}

std::optional<QJsonObject> JsonFields::optionalObject(const char* key) {
    if (!present(m_o.value(QLatin1String(key))))
        return std::nullopt;
    return object(key);
}

QJsonArray JsonFields::array(const char* key, qsizetype maxItems) {
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (!v.isArray())
        fail(QLatin1String(key), QStringLiteral("must be an array"));
    else if (v.toArray().size() > maxItems)
        fail(QLatin1String(key), QStringLiteral("has more than %1 items").arg(maxItems));
    return v.toArray();
}

QStringList JsonFields::stringArray(const char* key, qsizetype maxItems, qsizetype maxLength) {
    QStringList out;
    for (const QJsonValue item : array(key, maxItems)) {
        if (!item.isString() || item.toString().size() > maxLength) {
            fail(QLatin1String(key), QStringLiteral("must hold short strings"));
            break;
        }
        out.append(item.toString());
    }
    return out;
}

void JsonFields::fail(const QString& key, const QString& problem) {
    if (!m_error)
        m_error = WireError{ErrorCode::InvalidField, QStringLiteral("%1 %2").arg(key, problem)};
}

void JsonFields::adopt(const std::optional<WireError>& inner) {
    if (!m_error && inner)
        m_error = inner;
}

Result<QJsonObject, WireError> jsonObject(const QByteArray& body, qsizetype limit) {
    if (body.size() > limit)
        return WireError{ErrorCode::BodyTooLarge,
                         QStringLiteral("the body exceeds %1 KiB").arg(limit / 1024)};
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return WireError{ErrorCode::MalformedRequest,
                         QStringLiteral("the body is not a JSON object")};
    return doc.object();
}

const QRegularExpression& hex32Form() {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re;
}

const QRegularExpression& hex64Form() {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

const QRegularExpression& officerTokenForm() {
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{48}$"));
    return re;
}

QString wireTime(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

}  // namespace thaid::protocol
