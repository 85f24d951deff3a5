#include "registry/store/registry_sql.h"

#include <QStringList>

namespace thaid::registry {

QString upsertSql(const char* table, std::initializer_list<const char*> columns, int keyColumns) {
    QStringList names, keys, updates, marks;
    int i = 0;
    for (const char* c : columns) {
        const QString name = QString::fromLatin1(c);
        names << name;
        marks << QStringLiteral("?");
        if (i++ < keyColumns)
            keys << name;
        else
            updates << QStringLiteral("%1 = excluded.%1").arg(name);
    }
    const QString onConflict = updates.isEmpty()
                                   ? QStringLiteral("DO NOTHING")
                                   : QStringLiteral("DO UPDATE SET ") + updates.join(u", ");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) %5")
        .arg(QString::fromLatin1(table), names.join(u", "), marks.join(u", "), keys.join(u", "),
             onConflict);
}

}  // namespace thaid::registry
