#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace thaid::app::cli {

// `thaid-kioskctl doctor [--json]`: every check office IT needs, each ok, warn or fail with the
// remedy in plain words. Exits 0 when nothing fails (warnings allowed), 2 when a check fails.
class DoctorCommand {
    Q_DECLARE_TR_FUNCTIONS(DoctorCommand)
public:
    static QString summary();
    int run(const QStringList& args, QTextStream& out, QTextStream& err);
};

}  // namespace thaid::app::cli
