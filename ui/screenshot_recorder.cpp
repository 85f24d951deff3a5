#include "screenshot_recorder.h"

#include <QDir>
#include <QQuickWindow>
#include <QTimer>

namespace thaid::ui {

ScreenshotRecorder::ScreenshotRecorder(QQuickWindow& window, QString dir, QObject* parent)
    : QObject(parent), m_window(window), m_dir(std::move(dir)) {
    QDir().mkpath(m_dir);
}

void ScreenshotRecorder::capture(const QString& label) {
    // Each screen gets its own picture, taken once it has loaded and laid out.
    const QString name =
        QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(label);
    QTimer::singleShot(150, this,
                       [this, name] { m_window.grabWindow().save(QDir(m_dir).filePath(name)); });
}

}  // namespace thaid::ui
