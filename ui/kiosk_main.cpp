// thaid-kiosk: the officer's kiosk. main() only wires the libraries together.
#include "i18n/translation_loader.h"
#include "report/day_report.h"
#include "services/kiosk_services.h"
#include "ui/citizen_facing_window.h"
#include "ui/kiosk_automation.h"
#include "ui/kiosk_ui.h"
#include "ui/kiosk_view_model.h"
#include "ui/screen_fill.h"
#include "ui/screenshot_recorder.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>

using namespace thaid;

int main(int argc, char** argv) {
    // libfprint owns GLib's default context on a thread of its own (DESIGN.md §4).
    qputenv("QT_NO_GLIB", "1");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("thaid-kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(THAID_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("The officer's ThaiD registration kiosk."));
    p.addHelpOption();
    p.addVersionOption();
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
    p.process(app);

    auto config = app::KioskConfig::load(p.value(configOpt));
    if (!config) {
        std::fprintf(stderr, "thaid-kiosk: the configuration %s has problems:\n",
                     qPrintable(p.value(configOpt)));
        for (const QString& problem : config.error())
            std::fprintf(stderr, "  %s\n", qPrintable(problem));
        return 2;
    }
    auto services = app::KioskServices::create(config.value());
    if (!services) {
        std::fprintf(stderr, "thaid-kiosk: %s\n", qPrintable(services.error()));
        return 3;
    }

    ui::KioskViewModel model(services.value()->workflow(), config.value().language);
    model.setDiagnostics(&services.value()->diagnostics());
    model.setDayCounts([&audit = services.value()->audit()] {
        return app::currentOfficerDay(audit.since(QDateTime(QDate::currentDate(), QTime(0, 0))));
    });
    QQmlApplicationEngine engine;
    QQuickWindow* window = ui::loadKioskUi(engine, model);
    if (!window) {
        std::fprintf(stderr, "thaid-kiosk: the user interface did not load\n");
        return 4;
    }
    if (!config.value().officerScreen.isEmpty()) {
        for (QScreen* s : QGuiApplication::screens()) {
            if (s->name() == config.value().officerScreen)
                window->setScreen(s);
        }
    }
    const bool fullscreen = config.value().fullscreen && !p.isSet(windowedOpt);
    if (fullscreen)
        ui::showFillingScreen(*window);
    std::unique_ptr<ui::CitizenFacingWindow> citizenWindow;
    if (!config.value().citizenScreen.isEmpty())
        citizenWindow = std::make_unique<ui::CitizenFacingWindow>(
            engine, model, *window, config.value().citizenScreen, fullscreen);
    const auto citizenShown = [&citizenWindow]() -> QQuickWindow* {
        return citizenWindow ? citizenWindow->window() : nullptr;
    };

    std::unique_ptr<ui::ScreenshotRecorder> shots;
    if (p.isSet(shotsOpt)) {
        shots = std::make_unique<ui::ScreenshotRecorder>(*window, p.value(shotsOpt));
        shots->setCitizenWindow(citizenShown);
        shots->follow(services.value()->workflow());
    }
    std::unique_ptr<ui::KioskAutomation> automation;
    if (p.isSet(automationOpt)) {
        automation = std::make_unique<ui::KioskAutomation>(*window, services.value()->workflow());
        automation->setCitizenWindow(citizenShown);
        automation->watch(services.value()->diagnostics());
    }
    if (auto started = services.value()->audit().record(app::AuditKind::KioskStarted, {},
                                                        QStringLiteral(THAID_VERSION));
        !started) {
        std::fprintf(stderr, "thaid-kiosk: the audit trail cannot be written: %s\n",
                     qPrintable(started.error()));
        return 5;
    }
    services.value()->workflow().start();
    services.value()->uploader().start();
    // The demo and tests read this line to know the kiosk is up.
    ui::KioskAutomation::report(QStringLiteral("ready"));
    return app.exec();
}
