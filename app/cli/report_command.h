#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace thaid::app::cli {

// `thaid-kioskctl report`: a day's registrations from the audit trail, for the office head:
// counts by outcome and reason, card-to-completion times, exceptions and re-registrations;
// as text, JSON, or a printable HTML page with registrations per hour.
class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    static QString summary();
    int run(const QStringList& args, QTextStream& out, QTextStream& err);
};

}  // namespace thaid::app::cli
