#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace thaid::app::cli {

// `thaid-kioskctl audit verify|export`: checks the audit trail's chain and signatures, and
// exports rows (which hold no personal data: citizens appear only as an HMAC).
class AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    static QString summary();
    int run(const QStringList& args, QTextStream& out, QTextStream& err);

private:
    int verify(const QStringList& args, QTextStream& out, QTextStream& err);
    int exportRows(const QStringList& args, QTextStream& out, QTextStream& err);
};

}  // namespace thaid::app::cli
