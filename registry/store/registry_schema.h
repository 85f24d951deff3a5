#pragma once

#include <span>

#include <QString>
#include <QStringList>

namespace thaid::registry {

enum class SqlDialect { Sqlite, Postgres };

// One step of the registry's schema. Both engines run the same steps; the few words their SQL
// spells differently are written as {int}, {blob} and {serial} and filled in per engine.
struct Migration {
    int version;
    const char* description;
    std::span<const char* const> statements;
};

// Every migration, oldest first. A step is never edited once released: a change is a new step.
std::span<const Migration> registryMigrations();
int latestSchemaVersion();

// A statement with the engine's words filled in.
QString sqlFor(SqlDialect dialect, const char* statement);

}  // namespace thaid::registry
