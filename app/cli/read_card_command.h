#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace thaid::app::cli {

// `thaid-kioskctl read-card`: waits for a card, reads it once and prints the record.
class ReadCardCommand {
    Q_DECLARE_TR_FUNCTIONS(ReadCardCommand)
public:
    static QString summary();
    // args[0] is the command name; returns the process exit code.
    int run(const QStringList& args, QTextStream& out, QTextStream& err);
};

}  // namespace thaid::app::cli
