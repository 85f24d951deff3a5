#include "ui/maintenance_view_model.h"

#include "ui/kiosk_view_model.h"

#include <QQmlEngine>

namespace thaid::ui {

MaintenanceViewModel::MaintenanceViewModel(app::KioskWorkflow& workflow, QObject* parent)
    : QObject(parent), m_flow(workflow) {
    connect(&m_flow, &app::KioskWorkflow::stateChanged, this, [this](app::KioskState s) {
        if (s == app::KioskState::Maintenance)
            refresh();
    });
}

MaintenanceViewModel* MaintenanceViewModel::create(QQmlEngine* qml, QJSEngine* js) {
    return KioskViewModel::featureOf<MaintenanceViewModel>(qml, js, &KioskViewModel::maintenance);
}

void MaintenanceViewModel::setDiagnostics(app::KioskDiagnostics* diagnostics) {
    m_diagnostics = diagnostics;
    connect(diagnostics, &app::KioskDiagnostics::finished, this,
            &MaintenanceViewModel::showDiagnostics);
}

void MaintenanceViewModel::refresh() {
    if (!m_diagnostics || m_flow.state() != app::KioskState::Maintenance)
        return;
    m_running = true;
    Q_EMIT changed();
    m_diagnostics->run();
}

void MaintenanceViewModel::retranslate() {
    refresh();
}

void MaintenanceViewModel::showDiagnostics(const QList<app::DoctorCheck>& checks) {
    m_checks.clear();
    for (const app::DoctorCheck& c : checks) {
        QVariantMap row = toJson(c).toVariantMap();
        row.insert(QStringLiteral("status"), static_cast<int>(c.status));
        m_checks << row;
    }
    m_running = false;
    Q_EMIT changed();
}

}  // namespace thaid::ui
