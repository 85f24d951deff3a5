#include "cli/usage_text.h"

namespace thaid::app::cli {

QString subcommandHelp(const QCommandLineParser& parser, const QString& command) {
    QString help = parser.helpText();
    const qsizetype endOfFirstLine = help.indexOf(QLatin1Char('\n'));
    const QString usage = help.left(endOfFirstLine);
    const qsizetype options = usage.indexOf(QLatin1String(" ["));
    const QString tail = options >= 0 ? usage.mid(options) : QString();
    return usage.left(usage.indexOf(QLatin1Char(':')) + 1) + QLatin1String(" thaid-kioskctl ") +
           command + tail + help.mid(endOfFirstLine);
}

}  // namespace thaid::app::cli
