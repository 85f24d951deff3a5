#include "ui/sign_off_view_model.h"

#include "ui/citizen_display.h"
#include "ui/kiosk_view_model.h"

#include <QQmlEngine>

namespace thaid::ui {

SignOffViewModel::SignOffViewModel(app::KioskWorkflow& workflow, QObject* parent)
    : QObject(parent), m_flow(workflow) {
    connect(&m_flow, &app::KioskWorkflow::signOffChanged, this, &SignOffViewModel::changed);
    connect(&m_flow, &app::KioskWorkflow::stateChanged, this, &SignOffViewModel::changed);
}

SignOffViewModel* SignOffViewModel::create(QQmlEngine* qml, QJSEngine* js) {
    return KioskViewModel::featureOf<SignOffViewModel>(qml, js, &KioskViewModel::signOff);
}

QStringList SignOffViewModel::reasons() const {
    QStringList out;
    for (const QString& id : app::KioskWorkflow::exceptionReasons())
        out << CitizenDisplay::exceptionReason(id);
    return out;
}

QString SignOffViewModel::reason() const {
    const QString id = m_flow.exceptionReason();
    return id.isEmpty() ? QString() : CitizenDisplay::exceptionReason(id);
}

}  // namespace thaid::ui
