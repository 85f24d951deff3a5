#include "ui/screen_fill.h"

#include "ui/ui_logging.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

namespace thaid::ui {

namespace {

void fill(QWindow& window) {
    QScreen* screen = window.screen();
    if (!screen)
        return;
    window.setGeometry(screen->geometry());
    qCInfo(lcUi).noquote() << "window fills screen" << screen->name() << "at"
                           << screen->geometry().width() << "x" << screen->geometry().height();
}

}  // namespace

void showFillingScreen(QWindow& window) {
    fill(window);
    window.showFullScreen();
    const auto follow = [&window](QScreen* screen) {
        QObject::connect(screen, &QScreen::geometryChanged, &window, [&window, screen] {
            if (window.screen() == screen && window.visibility() == QWindow::FullScreen)
                fill(window);
        });
    };
    for (QScreen* screen : QGuiApplication::screens())
        follow(screen);
    QObject::connect(qGuiApp, &QGuiApplication::screenAdded, &window, follow);
    QObject::connect(&window, &QWindow::screenChanged, &window, [&window] {
        if (window.visibility() == QWindow::FullScreen)
            fill(window);
    });
}

}  // namespace thaid::ui
