#pragma once

#include "doctor/kiosk_diagnostics.h"
#include "protocol/exception_reason.h"
#include "report/day_report.h"
#include "ui/maintenance_view_model.h"
#include "ui/officer_activity.h"
#include "ui/registration_view_model.h"
#include "ui/sign_off_view_model.h"
#include "ui/thaid_check_view_model.h"
#include "workflow/kiosk_workflow.h"

#include <QImage>
#include <QJSEngine>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QTranslator;
class QQmlEngine;
class QJSEngine;

namespace thaid::ui {

// What the QML screens show, formatted for the officer (Buddhist-Era dates, the ID as printed on
// the card, the age), and the officer's keys, passed to the workflow. The state is the
// workflow's enum, never a string.
class KioskViewModel : public QObject {
    Q_OBJECT
    // The screens reach it as the QML singleton Kiosk, one per engine (see create()).
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    // Grouped by what changes together, so a screen re-reads only what moved.
    Q_PROPERTY(thaid::app::KioskState state READ state NOTIFY stateChanged)
    Q_PROPERTY(thaid::app::faults::FaultKind faultKind READ faultKind NOTIFY stateChanged)
    Q_PROPERTY(QString officerName READ officerName NOTIFY stateChanged)
    Q_PROPERTY(bool cardInserted READ cardInserted NOTIFY cardChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString dayCounts READ dayCounts NOTIFY dayCountsChanged)
    Q_PROPERTY(int qrVersion READ qrVersion NOTIFY qrChanged)
    Q_PROPERTY(bool qrVisible READ qrVisible NOTIFY qrChanged)
    Q_PROPERTY(int qrSecondsLeft READ qrSecondsLeft NOTIFY tick)
    Q_PROPERTY(int qrLifetime READ qrLifetime NOTIFY qrChanged)
    Q_PROPERTY(bool citizenScreen READ citizenScreen NOTIFY citizenScreenChanged)

public:
    KioskViewModel(app::KioskWorkflow& workflow, const QString& language,
                   QObject* parent = nullptr);

    // The Kiosk singleton of an engine is the model loadKioskUi() attached to it.
    static KioskViewModel* create(QQmlEngine* qml, QJSEngine* js);
    // A feature model's QML singleton: that member of the engine's Kiosk model.
    template <typename M>
    static M* featureOf(QQmlEngine* qml, QJSEngine* js, M& (KioskViewModel::*member)());
    void attachTo(QQmlEngine& engine);

    app::KioskState state() const { return m_flow.state(); }
    app::FaultKind faultKind() const { return m_flow.faultKind(); }
    QString message() const { return m_flow.message(); }
    QString officerName() const { return m_flow.officerName(); }
    QString language() const { return m_language; }
    // The signed-in officer's day so far ("Today: 12 completed, 1 referred, 2 cancelled"), from
    // the audit trail; empty without a source.
    QString dayCounts() const;
    void setDayCounts(std::function<app::OfficerDay()> source);
    int qrVersion() const { return m_qrVersion; }
    bool qrVisible() const { return !m_flow.qrText().isEmpty(); }
    int qrSecondsLeft() const;
    // How long the code on screen was valid when it arrived: the whole of the countdown ring.
    int qrLifetime() const { return m_qrLifetime; }
    // A second screen faces the citizen and shows the QR; the officer's screen then does not.
    bool citizenScreen() const { return m_citizenScreen; }
    void setCitizenScreen(bool shown);
    // The maintenance screen's checks (the QML singleton Maintenance).
    void setDiagnostics(app::KioskDiagnostics* diagnostics) {
        m_maintenance.setDiagnostics(diagnostics);
    }
    bool cardInserted() const { return m_flow.cardStillInserted(); }
    // The ThaiD check's own model (the QML singleton ThaidCheck).
    ThaidCheckViewModel& thaidCheck() { return m_thaidCheck; }
    const ThaidCheckViewModel& thaidCheck() const { return m_thaidCheck; }
    // The feature models the screens reach as the singletons Registration, SignOff and
    // Maintenance.
    RegistrationViewModel& registration() { return m_registration; }
    const RegistrationViewModel& registration() const { return m_registration; }
    MaintenanceViewModel& maintenance() { return m_maintenance; }
    SignOffViewModel& signOff() { return m_signOff; }

    // For the image provider: the session QR, as large as fits a square of `side` pixels with whole
    // pixels per module.
    QImage qrImage(int side) const;

    Q_INVOKABLE void cancel() { m_flow.cancel(); }
    Q_INVOKABLE void retry() { m_flow.retry(); }
    Q_INVOKABLE void signOut() { m_flow.signOut(); }
    Q_INVOKABLE void setLanguage(const QString& language);
    Q_INVOKABLE void toggleLanguage() {
        setLanguage(m_language == QLatin1String("th") ? QStringLiteral("en")
                                                      : QStringLiteral("th"));
    }

Q_SIGNALS:
    void stateChanged();
    void messageChanged();
    void dayCountsChanged();
    void qrChanged();
    void citizenScreenChanged();
    void cardChanged();
    void tick();
    void languageChanged();

private:
    void onQrChanged();

    app::KioskWorkflow& m_flow;
    QString m_language;
    ThaidCheckViewModel m_thaidCheck;
    RegistrationViewModel m_registration;
    MaintenanceViewModel m_maintenance;
    SignOffViewModel m_signOff;
    OfficerActivity m_activity;
    QTranslator* m_translator = nullptr;
    QTimer m_tick;
    int m_qrVersion = 0;
    int m_qrLifetime = 0;
    QString m_lastQr;
    bool m_citizenScreen = false;
    std::function<app::OfficerDay()> m_daySource;
    app::OfficerDay m_day;
};

template <typename M>
M* KioskViewModel::featureOf(QQmlEngine* qml, QJSEngine* js, M& (KioskViewModel::*member)()) {
    KioskViewModel* kiosk = create(qml, js);
    if (!kiosk)
        return nullptr;
    M* model = &(kiosk->*member)();
    QJSEngine::setObjectOwnership(model, QJSEngine::CppOwnership);  // a member of the Kiosk model
    return model;
}

}  // namespace thaid::ui
