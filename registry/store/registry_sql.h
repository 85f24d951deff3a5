#pragma once

#include <initializer_list>

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace thaid::registry {

// "Insert, or replace the row with the same key", in the form both SQLite (3.24+) and
// PostgreSQL take: INSERT ... ON CONFLICT (key) DO UPDATE. The first `keyColumns` columns are
// the key; one ? per column is bound in order.
QString upsertSql(const char* table, std::initializer_list<const char*> columns, int keyColumns);

// Qt binds a null QString or QByteArray as NULL: an absent value is bound empty instead, so
// that NOT NULL columns take it and both engines compare alike.
inline QVariant notNull(const QString& text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
inline QVariant notNull(const QByteArray& bytes) {
    return bytes.isNull() ? QVariant(QByteArray("")) : QVariant(bytes);
}

}  // namespace thaid::registry
