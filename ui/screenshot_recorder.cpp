#include "ui/screenshot_recorder.h"

#include "workflow/kiosk_workflow.h"

#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QSaveFile>
#include <QTimer>

namespace thaid::ui {

namespace {

// Written whole or not at all: the phone simulator and the tests read a picture as soon as its
// name appears, and a half-written PNG does not decode.
void saveWhole(const QImage& image, const QString& path) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG"))
        file.commit();
}

}  // namespace

ScreenshotRecorder::ScreenshotRecorder(QQuickWindow& window, QString dir, QObject* parent)
    : QObject(parent), m_window(window), m_dir(std::move(dir)) {
    QDir().mkpath(m_dir);
}

void ScreenshotRecorder::follow(app::KioskWorkflow& workflow) {
    connect(&workflow, &app::KioskWorkflow::stateChanged, this,
            [this, &workflow](app::KioskState s) {
                m_qrAwaited = s == app::KioskState::ShowingQr && workflow.qrText().isEmpty();
                if (!m_qrAwaited)
                    capture(app::kioskStateName(s));
            });
    connect(&workflow, &app::KioskWorkflow::qrChanged, this, [this, &workflow] {
        if (m_qrAwaited && !workflow.qrText().isEmpty()) {
            m_qrAwaited = false;
            capture(app::kioskStateName(app::KioskState::ShowingQr));
        }
    });
    capture(app::kioskStateName(workflow.state()));
}

void ScreenshotRecorder::capture(const QString& label) {
    const QString name = QStringLiteral("%1-%2").arg(++m_count, 2, 10, QLatin1Char('0')).arg(label);
    if (!m_window.isExposed()) {
        // Not on screen yet (the first state, at start-up): its first frame is its picture.
        auto* const once = new QObject(this);
        connect(
            &m_window, &QQuickWindow::frameSwapped, once,
            [this, name, once] {
                delete once;
                grabAndSave(name);
            },
            Qt::QueuedConnection);
        return;
    }
    grabAndSave(name);
}

void ScreenshotRecorder::grabAndSave(const QString& name) {
    // Rendered now, while the state is the one named: a state that lasts a few milliseconds
    // (finger matched, session being created) still gets its own picture, and a later state
    // never stands in for it. Encoding waits for the event loop, so the workflow goes on first.
    QImage officer = m_window.grabWindow();
    QQuickWindow* citizenWindow = m_citizen();
    QImage citizen = citizenWindow ? citizenWindow->grabWindow() : QImage();
    QTimer::singleShot(
        0, this,
        [dir = QDir(m_dir), name, officer = std::move(officer), citizen = std::move(citizen)] {
            saveWhole(officer, dir.filePath(name + QStringLiteral(".png")));
            if (!citizen.isNull())
                saveWhole(citizen, dir.filePath(name + QStringLiteral("-citizen.png")));
        });
}

}  // namespace thaid::ui
