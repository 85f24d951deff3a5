#include "ui/kiosk_automation.h"

#include "doctor/kiosk_diagnostics.h"
#include "workflow/kiosk_workflow.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMetaEnum>
#include <QQuickWindow>

#include <unistd.h>

// Exported by QtGui for QtTest: offers a key press to the shortcut map first, as a real key
// press is, so Shortcut items (Esc, F2, F10, Ctrl+Shift+M) answer automated keys too.
Q_GUI_EXPORT bool qt_sendShortcutOverrideEvent(QObject* o, ulong timestamp, int k,
                                               Qt::KeyboardModifiers mods, const QString& text,
                                               bool autorep, ushort count);

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
            [](const app::SessionOutcome& outcome) {
                report(QStringLiteral("ended ") + outcome.id());
            });
    connect(&workflow, &app::KioskWorkflow::signOffChanged, this, [&workflow] {
        report(QStringLiteral("signoff ") +
               QString::fromLatin1(QMetaEnum::fromType<app::SignOffStep>().valueToKey(
                   static_cast<int>(workflow.signOffStep()))));
    });
    connect(&workflow, &app::KioskWorkflow::fingerWaiting, this,
            [] { report(QStringLiteral("finger-waiting")); });
    // The ThaiD check: the code the citizen compares, and what came of it (never who).
    connect(&workflow, &app::KioskWorkflow::checkChanged, this, [&workflow] {
        if (const auto who = workflow.checkedIdentity())
            report(QStringLiteral("check-verified ial=") + who->assurance);
        else if (workflow.checkPhoneRefused())
            report(QStringLiteral("check-phone-refused"));
        else if (!workflow.checkRelayCode().isEmpty())
            report(QStringLiteral("check-code ") + workflow.checkRelayCode());
    });
    connect(&workflow, &app::KioskWorkflow::qrChanged, this, [this, &workflow] {
        const bool shown = !workflow.qrText().isEmpty();
        if (shown && m_lastQr != workflow.qrText()) {
            report(QStringLiteral("qr-shown"));
            m_qrUnshown = true;
        }
        m_lastQr = shown ? workflow.qrText() : QString();
    });
}

void KioskAutomation::watch(app::KioskDiagnostics& diagnostics) {
    connect(&diagnostics, &app::KioskDiagnostics::finished, this,
            [](const QList<app::DoctorCheck>& checks) {
                int counts[3] = {0, 0, 0};
                QStringList failed;
                for (const app::DoctorCheck& c : checks) {
                    ++counts[static_cast<int>(c.status)];
                    // Which checks did not pass: a warning is named as well as a failure.
                    if (c.status != app::CheckStatus::Ok)
                        failed << c.id;
                }
                report(QStringLiteral("diagnostics ok=%1 warn=%2 fail=%3 %4")
                           .arg(counts[0])
                           .arg(counts[1])
                           .arg(counts[2])
                           .arg(failed.join(QLatin1Char(','))));
            });
}

void KioskAutomation::report(const QString& line) {
    // Wall-clock milliseconds, so a driver can compare with other processes' events.
    std::printf("%s t=%lld\n", qPrintable(line),
                static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stdout);
}

void KioskAutomation::press(int key, const QString& text, Qt::KeyboardModifiers modifiers) {
    if (qt_sendShortcutOverrideEvent(&m_window, 0, key, modifiers, text, false, 1))
        return;
    QKeyEvent down(QEvent::KeyPress, key, modifiers, text);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers, text);
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
    qsizetype end = -1;
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
                                                  {QStringLiteral("F6"), Qt::Key_F6},
                                                  {QStringLiteral("F8"), Qt::Key_F8},
                                                  {QStringLiteral("F9"), Qt::Key_F9},
                                                  {QStringLiteral("F10"), Qt::Key_F10},
                                                  {QStringLiteral("M"), Qt::Key_M}};
            // "Ctrl+Shift+M": modifiers, then the key.
            Qt::KeyboardModifiers modifiers;
            QString name = arg;
            if (name.startsWith(QLatin1String("Ctrl+Shift+"))) {
                modifiers = Qt::ControlModifier | Qt::ShiftModifier;
                name = name.mid(11);
            }
            press(keys.value(name, Qt::Key_unknown), {}, modifiers);
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
