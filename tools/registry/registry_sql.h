#pragma once

#include <initializer_list>

#include <QString>

namespace thaid::registry {

// "Insert, or replace the row with the same key", in the form both SQLite (3.24+) and
// PostgreSQL take: INSERT ... ON CONFLICT (key) DO UPDATE. The first `keyColumns` columns are
// the key; one ? per column is bound in order.
QString upsertSql(const char* table, std::initializer_list<const char*> columns, int keyColumns);

}  // namespace thaid::registry
