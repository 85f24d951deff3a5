#include "ui/screenshot_recorder.h"

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
    const QString name = QStringLiteral("%1-%2").arg(++m_count, 2, 10, QLatin1Char('0')).arg(label);
    QTimer::singleShot(150, this, [this, name] {
        const QDir dir(m_dir);
        m_window.grabWindow().save(dir.filePath(name + QStringLiteral(".png")));
        if (QQuickWindow* citizen = m_citizen())
            citizen->grabWindow().save(dir.filePath(name + QStringLiteral("-citizen.png")));
    });
}

}  // namespace thaid::ui
