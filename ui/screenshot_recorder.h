#pragma once

#include <functional>

#include <QObject>
#include <QString>

class QQuickWindow;

namespace thaid::ui {

// Saves the window after every change of screen, for the headless demo and for looking at the
// screens: <dir>/<nn>-<state>.png, and <nn>-<state>-citizen.png for the citizen's screen. Citizen
// data on these images is synthetic demo data only; the option is for demos and tests, never for a
// counter.
class ScreenshotRecorder : public QObject {
    Q_OBJECT
public:
    ScreenshotRecorder(QQuickWindow& window, QString dir, QObject* parent = nullptr);
    void capture(const QString& label);
    void setCitizenWindow(std::function<QQuickWindow*()> citizen) {
        m_citizen = std::move(citizen);
    }
    int count() const { return m_count; }

private:
    QQuickWindow& m_window;
    std::function<QQuickWindow*()> m_citizen = [] { return nullptr; };
    QString m_dir;
    int m_count = 0;
};

}  // namespace thaid::ui
