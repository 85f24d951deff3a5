#include "kiosk_automation.h"

#include "workflow/kiosk_workflow.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQuickWindow>

#include <unistd.h>

namespace thaid::ui {

KioskAutomation::KioskAutomation(QQuickWindow& window, app::KioskWorkflow& workflow,
                                 QObject* parent)
    : QObject(parent), m_window(window), m_stdin(STDIN_FILENO, QSocketNotifier::Read) {
    connect(&m_stdin, &QSocketNotifier::activated, this, &KioskAutomation::onInput);
    connect(&workflow, &app::KioskWorkflow::stateChanged, this, [this](app::KioskState s) {
        report(QStringLiteral("state ") + app::kioskStateName(s));
        m_unshownState = app::kioskStateName(s);
    });
    // The moment a change is on the screen: the first frame swapped after it.
    connect(
        &window, &QQuickWindow::frameSwapped, this,
        [this] {
            if (!m_unshownState.isEmpty())
                report(QStringLiteral("shown ") + std::exchange(m_unshownState, {}));
            if (m_qrUnshown) {
                m_qrUnshown = false;
                report(QStringLiteral("qr-visible"));
            }
        },
        Qt::QueuedConnection);
    m_unshownState = app::kioskStateName(workflow.state());
    connect(&workflow, &app::KioskWorkflow::sessionEnded, this,
            [](const QString& outcome) { report(QStringLiteral("ended ") + outcome); });
    connect(&workflow, &app::KioskWorkflow::fingerWaiting, this,
            [] { report(QStringLiteral("finger-waiting")); });
    connect(&workflow, &app::KioskWorkflow::changed, this, [this, &workflow] {
        const bool shown = !workflow.qrText().isEmpty();
        if (shown && m_lastQr != workflow.qrText()) {
            report(QStringLiteral("qr-shown"));
            m_qrUnshown = true;
        }
        m_lastQr = shown ? workflow.qrText() : QString();
    });
}

void KioskAutomation::report(const QString& line) {
    // Wall-clock milliseconds, so a driver can compare with other processes' events.
    std::printf("%s t=%lld\n", qPrintable(line),
                static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stdout);
}

void KioskAutomation::press(int key, const QString& text) {
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(&m_window, &down);
    QCoreApplication::sendEvent(&m_window, &up);
}

void KioskAutomation::onInput() {
    char chunk[256];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_stdin.setEnabled(false);  // the driver went away; the kiosk carries on
        return;
    }
    m_buffer.append(chunk, static_cast<qsizetype>(n));
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        const QString verb = line.section(QLatin1Char(' '), 0, 0);
        const QString arg = line.section(QLatin1Char(' '), 1);
        if (verb == QLatin1String("key")) {
            static const QHash<QString, int> keys{{QStringLiteral("Return"), Qt::Key_Return},
                                                  {QStringLiteral("Enter"), Qt::Key_Enter},
                                                  {QStringLiteral("Escape"), Qt::Key_Escape},
                                                  {QStringLiteral("F2"), Qt::Key_F2},
                                                  {QStringLiteral("F10"), Qt::Key_F10}};
            press(keys.value(arg, Qt::Key_unknown));
        } else if (verb == QLatin1String("type")) {
            for (const QChar c : arg)
                press(Qt::Key_0 + c.digitValue(), QString(c));
        } else if (verb == QLatin1String("shot") || verb == QLatin1String("shot-citizen")) {
            QQuickWindow* w = verb == QLatin1String("shot") ? &m_window : m_citizen();
            const bool saved = w && w->grabWindow().save(arg);
            report((saved ? verb : verb + QStringLiteral("-failed")) + QLatin1Char(' ') + arg);
        } else if (verb == QLatin1String("quit")) {
            QCoreApplication::quit();
        }
    }
}

}  // namespace thaid::ui
