#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace thaid::registry {

// thaid-registryd's subcommands other than serving. Each takes the arguments after its name
// and returns the exit code.
int runSignCsr(const QStringList& args);
int runInit(const QStringList& args);
// Brings the schema of --db up to date and says what it did.
int runMigrate(const QStringList& args);
// Agencies as OpenID Connect clients: add, list, remove.
int runClient(const QStringList& args);
// The ID-token signing keys: rotate, list.
int runOidcKeys(const QStringList& args);

// Shared by the commands: prints "thaid-registryd: message" and returns 1.
int fail(const QString& message);
QByteArray readAll(const QString& path, QString* error);

}  // namespace thaid::registry
