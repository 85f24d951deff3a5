#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace thaid::app::cli {

// `thaid-kioskctl fingerprint list|enroll|verify`.
class FingerprintCommand {
    Q_DECLARE_TR_FUNCTIONS(FingerprintCommand)
public:
    static QString summary();
    int run(const QStringList& args, QTextStream& out, QTextStream& err);

private:
    int list(const QStringList& args, QTextStream& out, QTextStream& err);
    int enroll(const QStringList& args, QTextStream& out, QTextStream& err);
    int verify(const QStringList& args, QTextStream& out, QTextStream& err);
};

}  // namespace thaid::app::cli
