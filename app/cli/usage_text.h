#pragma once

#include <QCommandLineParser>
#include <QString>

namespace thaid::app::cli {

// Every thaid-kioskctl command exits with this on wrong usage (EX_USAGE of sysexits.h).
constexpr int kExitUsage = 64;

// QCommandLineParser names the binary's path in its usage line; a subcommand's help should say
// how to run it instead ("thaid-kioskctl read-card [options]").
QString subcommandHelp(const QCommandLineParser& parser, const QString& command);

}  // namespace thaid::app::cli
