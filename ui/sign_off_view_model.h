#pragma once

#include "workflow/kiosk_workflow.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace thaid::ui {

// What the supervisor's exception shows (F9 on the finger screens): the reasons to choose from,
// the one chosen, and where the sign-off is (SupervisorExceptionFlow's steps). The screens reach
// it as the QML singleton SignOff.
class SignOffViewModel : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(SignOff)
    QML_SINGLETON
    Q_PROPERTY(thaid::app::signoff::SignOffStep step READ step NOTIFY changed)
    Q_PROPERTY(QStringList reasons READ reasons NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)

public:
    explicit SignOffViewModel(app::KioskWorkflow& workflow, QObject* parent = nullptr);

    // The SignOff singleton of an engine belongs to the Kiosk model loadKioskUi() attached.
    static SignOffViewModel* create(QQmlEngine* qml, QJSEngine* js);

    app::SignOffStep step() const { return m_flow.signOffStep(); }
    QStringList reasons() const;  // in the officer's language, keys 1 to 4
    QString reason() const;

    Q_INVOKABLE void ask() { m_flow.askException(); }                              // F9
    Q_INVOKABLE void choose(int number) { m_flow.chooseExceptionReason(number); }  // 1 to 4

    void retranslate() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    app::KioskWorkflow& m_flow;
};

}  // namespace thaid::ui
