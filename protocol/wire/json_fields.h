#pragma once

#include "common/result.h"
#include "protocol/error_code.h"

#include <initializer_list>
#include <optional>
#include <span>

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace thaid::protocol {

// Why bytes are not the wire type they claim to be: a contract error code (invalid_field,
// malformed_request, body_too_large) and a message that names the field, never its value.
struct WireError {
    ErrorCode code = ErrorCode::MalformedRequest;
    QString message;
};

// How strictly a JSON object is read. The registry refuses what the document does not list
// (additionalProperties: false); a client ignores fields it does not know, so that the
// registry can add one without breaking kiosks in the field.
enum class UnknownFields { Refuse, Ignore };

constexpr auto kStrict = UnknownFields::Refuse;
constexpr auto kLenient = UnknownFields::Ignore;

// The document's bounds on a station's number and on the counts an answer carries.
constexpr qint64 kMaxStationId = 4294967295LL;
constexpr int kMaxCount = 1000000;

// Reads one JSON object against its schema; the first problem wins and names the field.
class JsonFields {
public:
    JsonFields(const QJsonObject& o, std::initializer_list<const char*> known,
               UnknownFields unknown);

    QString string(const char* key, qsizetype maxLength, const QRegularExpression* form = nullptr);
    // Absent or null reads as an empty string.
    QString optionalString(const char* key, qsizetype maxLength,
                           const QRegularExpression* form = nullptr);
    QString citizenId(const char* key);
    qint64 integer(const char* key, qint64 min, qint64 max);
    // Absent or null reads as `absent`.
    qint64 optionalInteger(const char* key, qint64 min, qint64 max, qint64 absent);
    bool boolean(const char* key);
    QByteArray base64(const char* key, qsizetype maxLength);
    QDateTime time(const char* key);
    QDateTime optionalTime(const char* key);
    QJsonObject object(const char* key);
    std::optional<QJsonObject> optionalObject(const char* key);
    QJsonArray array(const char* key, qsizetype maxItems);
    QStringList stringArray(const char* key, qsizetype maxItems, qsizetype maxLength);

    void fail(const QString& key, const QString& problem);
    void adopt(const std::optional<WireError>& inner);
    const std::optional<WireError>& error() const { return m_error; }
    UnknownFields unknown() const { return m_unknown; }

private:
    bool present(const QJsonValue& v) const { return !v.isUndefined() && !v.isNull(); }

    QJsonObject m_o;
    UnknownFields m_unknown;
    std::optional<WireError> m_error;
};

// A body's bytes as one JSON object, within a size limit.
Result<QJsonObject, WireError> jsonObject(const QByteArray& body, qsizetype limit);

template <typename T>
Result<T, WireError> finish(const JsonFields& f, T value) {
    if (f.error())
        return *f.error();
    return value;
}

// Exactly one of the contract's names for an enum's values.
template <typename E>
QRegularExpression oneOf(std::span<const E> all, QString (*name)(E)) {
    QStringList names;
    for (E e : all)
        names.append(QRegularExpression::escape(name(e)));
    return QRegularExpression(QStringLiteral("^(%1)$").arg(names.join(u'|')));
}

// The forms the document gives its identifiers.
const QRegularExpression& hex32Form();  // SessionId, verification and binding IDs
const QRegularExpression& hex64Form();  // hashes, citizen HMACs
const QRegularExpression& officerTokenForm();

// Times travel as ISO 8601 in UTC with milliseconds.
QString wireTime(const QDateTime& t);

}  // namespace thaid::protocol
