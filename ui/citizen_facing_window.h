#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QQmlEngine;
class QQuickWindow;
class QScreen;
class QWindow;

namespace thaid::ui {

class KioskViewModel;

// The window facing the citizen on a second screen, chosen in configuration
// (display/citizen_screen: a Qt screen name, or "auto" for any screen but the officer's). It
// follows that screen being plugged in and out; while it is away the officer's window shows
// the QR on its large panel instead, and the registration goes on.
class CitizenFacingWindow : public QObject {
    Q_OBJECT
public:
    CitizenFacingWindow(QQmlEngine& engine, KioskViewModel& model, QWindow& officerWindow,
                        QString screenName, bool fullscreen, QObject* parent = nullptr);
    ~CitizenFacingWindow() override;

    // Shown on the citizen's screen; null while that screen is absent.
    QQuickWindow* window() const;
    // Moves the window to the configured screen, or hides it when that screen is gone.
    void place();

private:
    QScreen* citizenScreen() const;

    QQmlEngine& m_engine;
    KioskViewModel& m_model;
    QWindow& m_officer;
    QString m_screenName;
    bool m_fullscreen;
    QPointer<QQuickWindow> m_window;
};

}  // namespace thaid::ui
