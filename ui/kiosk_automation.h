#pragma once

#include <QObject>
#include <QSocketNotifier>

class QQuickWindow;

namespace thaid::app {
class KioskWorkflow;
}

namespace thaid::ui {

// The "automatic" UI for headless demos and end-to-end tests (as AusweisApp has one): reads
// commands on stdin and presses real keys in the window, so the keyboard path itself is
// exercised; reports what the kiosk does on stdout, one event per line.
//   in:  key <Return|Enter|Escape|F2|F10>   type <digits>   shot <file.png>   quit
//   out: ready | state <KioskState> | shown <KioskState> | finger-waiting | qr-shown | qr-visible |
//        ended <outcome> | shot <file>, each followed by t=<wall-clock ms>
class KioskAutomation : public QObject {
    Q_OBJECT
public:
    KioskAutomation(QQuickWindow& window, app::KioskWorkflow& workflow, QObject* parent = nullptr);
    static void report(const QString& line);

private:
    void onInput();
    void press(int key, const QString& text = {});

    QQuickWindow& m_window;
    QSocketNotifier m_stdin;
    QByteArray m_buffer;
    QString m_lastQr;
    QString m_unshownState;
    bool m_qrUnshown = false;
};

}  // namespace thaid::ui
