#include "ui/kiosk_options.h"

#include "config/kiosk_config.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace thaid::ui {

namespace {

// What QGuiApplication reads from the command line itself: known here only so that they are
// not taken for mistakes, and hidden from --help.
void addQtGuiOptions(QCommandLineParser& p) {
    for (const char* name :
         {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
          "qwindowicon", "qwindowtitle", "session", "display", "qmljsdebugger"}) {
        QCommandLineOption o(QLatin1String(name), {}, QStringLiteral("value"));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOption(o);
    }
    QCommandLineOption reverse(QStringLiteral("reverse"));
    reverse.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(reverse);
}

}  // namespace

std::variant<KioskOptions, int> KioskOptions::parse(const QStringList& arguments) {
    QCommandLineParser p;
    // Qt's own options are single-dash words ("-platform offscreen").
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setApplicationDescription(QStringLiteral("The officer's ThaiD registration kiosk."));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"),
                                       QStringLiteral("Configuration file."),
                                       QStringLiteral("FILE"), app::KioskConfig::defaultPath());
    const QCommandLineOption shotsOpt(
        QStringLiteral("screenshot-dir"),
        QStringLiteral("Save the window at every screen change (demo and tests)."),
        QStringLiteral("DIR"));
    const QCommandLineOption windowedOpt(QStringLiteral("windowed"),
                                         QStringLiteral("Ignore display/fullscreen."));
    const QCommandLineOption automationOpt(
        QStringLiteral("automation"),
        QStringLiteral(
            "Take key presses from stdin and report events on stdout (demo and tests)."));
    p.addOptions({configOpt, shotsOpt, windowedOpt, automationOpt});
    addQtGuiOptions(p);

    const bool parsed = p.parse(arguments);
    // --help and --version win over a mistake elsewhere on the line, as with Qt's process().
    if (p.isSet(help) || p.isSet(QStringLiteral("help-all"))) {
        // Without an application object Qt cannot name the executable itself.
        QString text = p.helpText();
        text.replace(QStringLiteral("<executable_name>"), QCoreApplication::applicationName());
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    if (p.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parsed) {
        std::fprintf(stderr, "thaid-kiosk: %s\nRun 'thaid-kiosk --help' for the options.\n",
                     qPrintable(p.errorText()));
        return 2;
    }
    if (!p.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "thaid-kiosk: takes no arguments, only options (see --help)\n");
        return 2;
    }
    KioskOptions o;
    o.configPath = p.value(configOpt);
    o.screenshotDir = p.value(shotsOpt);
    o.windowed = p.isSet(windowedOpt);
    o.automation = p.isSet(automationOpt);
    return o;
}

}  // namespace thaid::ui
