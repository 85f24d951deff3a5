// thaid-kiosk: the officer's kiosk. main() only wires the libraries together.
#include "i18n/translation_loader.h"
#include "report/day_report.h"
#include "services/kiosk_services.h"
#include "ui/citizen_facing_window.h"
#include "ui/kiosk_automation.h"
#include "ui/kiosk_options.h"
#include "ui/kiosk_ui.h"
#include "ui/kiosk_view_model.h"
#include "ui/screen_fill.h"
#include "ui/screenshot_recorder.h"

#include <cstdio>

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>

using namespace thaid;

int main(int argc, char** argv) {
    // libfprint owns GLib's default context on a thread of its own (docs/devices.md).
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication::setApplicationName(QStringLiteral("thaid-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THAID_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto parsed = ui::KioskOptions::parse(arguments);
    if (const int* answered = std::get_if<int>(&parsed))
        return *answered;
    const ui::KioskOptions& options = std::get<ui::KioskOptions>(parsed);
    QGuiApplication app(argc, argv);

    auto config = app::KioskConfig::load(options.configPath);
    if (!config) {
        std::fprintf(stderr, "thaid-kiosk: the configuration %s has problems:\n",
                     qPrintable(options.configPath));
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
    const bool fullscreen = config.value().fullscreen && !options.windowed;
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
    if (!options.screenshotDir.isEmpty()) {
        shots = std::make_unique<ui::ScreenshotRecorder>(*window, options.screenshotDir);
        shots->setCitizenWindow(citizenShown);
        shots->follow(services.value()->workflow());
    }
    std::unique_ptr<ui::KioskAutomation> automation;
    if (options.automation) {
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
