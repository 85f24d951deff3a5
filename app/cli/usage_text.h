#pragma once

#include <QCommandLineParser>
#include <QString>

namespace thaid::app::cli {

// QCommandLineParser names the binary's path in its usage line; a subcommand's help should say
// how to run it instead ("thaid-kioskctl read-card [options]").
QString subcommandHelp(const QCommandLineParser& parser, const QString& command);

}  // namespace thaid::app::cli
