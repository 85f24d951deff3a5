#pragma once

#include "doctor/kiosk_diagnostics.h"
#include "workflow/kiosk_workflow.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace thaid::ui {

// What the maintenance screen shows (Ctrl+Shift+M, a signed-in officer between citizens): the
// doctor's checks, run again on the screen's every visit, language change and Enter. The screen
// reaches it as the QML singleton Maintenance.
class MaintenanceViewModel : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Maintenance)
    QML_SINGLETON
    // Each {id, status (CheckStatus as int), summary, details, remedy}.
    Q_PROPERTY(QVariantList checks READ checks NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)

public:
    explicit MaintenanceViewModel(app::KioskWorkflow& workflow, QObject* parent = nullptr);

    // The Maintenance singleton of an engine belongs to the Kiosk model loadKioskUi() attached.
    static MaintenanceViewModel* create(QQmlEngine* qml, QJSEngine* js);

    // The checks, chosen at start-up; without them the screen lists nothing.
    void setDiagnostics(app::KioskDiagnostics* diagnostics);
    void showDiagnostics(const QList<app::DoctorCheck>& checks);

    QVariantList checks() const { return m_checks; }
    bool running() const { return m_running; }

    Q_INVOKABLE void open() { m_flow.openMaintenance(); }
    Q_INVOKABLE void refresh();  // Enter on the screen
    // The checks' texts are the doctor's: run them again in the new language.
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    app::KioskWorkflow& m_flow;
    app::KioskDiagnostics* m_diagnostics = nullptr;
    QVariantList m_checks;
    bool m_running = false;
};

}  // namespace thaid::ui
