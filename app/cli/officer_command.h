#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace thaid::app::cli {

// `thaid-kioskctl officer enroll|list|remove`: officers who may sign in on this kiosk, each
// with their ID card and a fingerprint template sealed at rest.
class OfficerCommand {
    Q_DECLARE_TR_FUNCTIONS(OfficerCommand)
public:
    static QString summary();
    int run(const QStringList& args, QTextStream& out, QTextStream& err);

private:
    int enroll(const QStringList& args, QTextStream& out, QTextStream& err);
    int list(const QStringList& args, QTextStream& out, QTextStream& err);
    int remove(const QStringList& args, QTextStream& out, QTextStream& err);
};

}  // namespace thaid::app::cli
