#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace thaid::app::cli {

// `thaid-kioskctl provision request|install`: the station key (0600, owned by the kiosk user)
// and its certificate request; then the registry's answer installed where the configuration
// says, after checking it belongs to this station and key.
class ProvisionCommand {
    Q_DECLARE_TR_FUNCTIONS(ProvisionCommand)
public:
    static QString summary();
    int run(const QStringList& args, QTextStream& out, QTextStream& err);

private:
    int request(const QStringList& args, QTextStream& out, QTextStream& err);
    int install(const QStringList& args, QTextStream& out, QTextStream& err);
};

}  // namespace thaid::app::cli
