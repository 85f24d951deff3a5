// thaid-kioskctl: command line for office IT and tests.
#include "cli/audit_command.h"
#include "cli/doctor_command.h"
#include "cli/fingerprint_command.h"
#include "cli/officer_command.h"
#include "cli/provision_command.h"
#include "cli/read_card_command.h"
#include "cli/report_command.h"
#include "cli/usage_text.h"
#include "i18n/translation_loader.h"

#include <cstdio>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

void usage(QTextStream& out) {
    out << "Usage: thaid-kioskctl <command> [options]\n\nCommands:\n"
        << "  read-card    " << thaid::app::cli::ReadCardCommand::summary() << "\n"
        << "  fingerprint  " << thaid::app::cli::FingerprintCommand::summary() << "\n"
        << "  officer      " << thaid::app::cli::OfficerCommand::summary() << "\n"
        << "  audit        " << thaid::app::cli::AuditCommand::summary() << "\n"
        << "  report       " << thaid::app::cli::ReportCommand::summary() << "\n"
        << "  doctor       " << thaid::app::cli::DoctorCommand::summary() << "\n"
        << "  provision    " << thaid::app::cli::ProvisionCommand::summary() << "\n\n"
        << "Run 'thaid-kioskctl <command> --help' for the options of a command.\n";
}

}  // namespace

int main(int argc, char** argv) {
    // libfprint owns GLib's default context on a thread of its own (docs/devices.md).
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thaid-kioskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THAID_VERSION));
    thaid::installTranslations(app);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        // Output is for people and scripts; progress chatter stays out unless asked for.
        QLoggingCategory::setFilterRules(QStringLiteral("thaid.*.info=false"));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        usage(out);
        return args.isEmpty() ? thaid::app::cli::kExitUsage : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    }
    const QString command = args.first();
    if (command == QLatin1String("read-card")) {
        return thaid::app::cli::ReadCardCommand().run(args, out, err);
    }
    if (command == QLatin1String("fingerprint")) {
        return thaid::app::cli::FingerprintCommand().run(args, out, err);
    }
    if (command == QLatin1String("officer")) {
        return thaid::app::cli::OfficerCommand().run(args, out, err);
    }
    if (command == QLatin1String("audit")) {
        return thaid::app::cli::AuditCommand().run(args, out, err);
    }
    if (command == QLatin1String("report")) {
        return thaid::app::cli::ReportCommand().run(args, out, err);
    }
    if (command == QLatin1String("provision")) {
        return thaid::app::cli::ProvisionCommand().run(args, out, err);
    }
    if (command == QLatin1String("doctor")) {
        return thaid::app::cli::DoctorCommand().run(args, out, err);
    }
    err << "thaid-kioskctl: unknown command '" << command << "'\n";
    usage(err);
    return thaid::app::cli::kExitUsage;
}
