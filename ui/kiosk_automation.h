#pragma once

#include <functional>

#include <QObject>
#include <QSocketNotifier>

class QQuickWindow;

namespace thaid::app {
class KioskWorkflow;
class KioskDiagnostics;
}  // namespace thaid::app

namespace thaid::ui {

// The "automatic" UI for headless demos and end-to-end tests (as AusweisApp has one): reads
// commands on stdin and presses real keys in the window, so the keyboard path itself is
// exercised; reports what the kiosk does on stdout, one event per line.
//   in:  key <Return|Enter|Escape|F2|F10|Ctrl+Shift+M>   type <digits>   shot <file.png>
//        shot-citizen <file.png> (the citizen's screen, when one is connected)   quit
//   out: ready | state <KioskState> | shown <KioskState> | finger-waiting | qr-shown | qr-visible |
//        ended <outcome> | shot <file> | diagnostics ok=<n> warn=<n> fail=<n> <failed ids>,
//        each followed by t=<wall-clock ms>
class KioskAutomation : public QObject {
    Q_OBJECT
public:
    KioskAutomation(QQuickWindow& window, app::KioskWorkflow& workflow, QObject* parent = nullptr);
    static void report(const QString& line);
    // Reports each maintenance run's counts (and the failed checks' ids).
    void watch(app::KioskDiagnostics& diagnostics);
    // The window on the citizen's screen, or null while there is none.
    void setCitizenWindow(std::function<QQuickWindow*()> citizen) {
        m_citizen = std::move(citizen);
    }

private:
    void onInput();
    void press(int key, const QString& text = {}, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QQuickWindow& m_window;
    std::function<QQuickWindow*()> m_citizen = [] { return nullptr; };
    QSocketNotifier m_stdin;
    QByteArray m_buffer;
    QString m_lastQr;
    QString m_unshownState;
    bool m_qrUnshown = false;
};

}  // namespace thaid::ui
