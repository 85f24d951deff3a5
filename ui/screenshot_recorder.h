#pragma once

#include <functional>

#include <QObject>
#include <QString>

class QQuickWindow;

namespace thaid::app {
class KioskWorkflow;
}

namespace thaid::ui {

// Saves the window at every change of screen, rendered at that moment, for the headless demo and
// for looking at the screens: <dir>/<nn>-<state>.png, and <nn>-<state>-citizen.png for the
// citizen's screen. Citizen data on these images is synthetic demo data only; the option is for
// demos and tests, never for a counter.
class ScreenshotRecorder : public QObject {
    Q_OBJECT
public:
    ScreenshotRecorder(QQuickWindow& window, QString dir, QObject* parent = nullptr);
    // A picture of every state the workflow enters, from now on, starting with the current one.
    // The QR screen's picture waits for its first signed code: until then it is the picture of
    // the session being created.
    void follow(app::KioskWorkflow& workflow);
    void capture(const QString& label);
    void setCitizenWindow(std::function<QQuickWindow*()> citizen) {
        m_citizen = std::move(citizen);
    }
    int count() const { return m_count; }

private:
    void grabAndSave(const QString& name);

    QQuickWindow& m_window;
    std::function<QQuickWindow*()> m_citizen = [] { return nullptr; };
    QString m_dir;
    int m_count = 0;
    bool m_qrAwaited = false;
};

}  // namespace thaid::ui
