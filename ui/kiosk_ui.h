#pragma once

class QQmlApplicationEngine;
class QQuickWindow;

namespace thaid::ui {

class KioskViewModel;

// Registers the QML types (the workflow's enums, the theme), the image provider and the view
// model, loads the screens and returns the window; null when the QML failed to load.
QQuickWindow* loadKioskUi(QQmlApplicationEngine& engine, KioskViewModel& model);

}  // namespace thaid::ui
