#pragma once

#include "doctor/kiosk_diagnostics.h"
#include "protocol/exception_reason.h"
#include "report/day_report.h"
#include "ui/maintenance_view_model.h"
#include "ui/officer_activity.h"
#include "ui/sign_off_view_model.h"
#include "ui/thaid_check_view_model.h"
#include "workflow/kiosk_workflow.h"

#include <QImage>
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
    Q_PROPERTY(QString citizenId READ citizenId NOTIFY citizenChanged)
    Q_PROPERTY(QString nameTh READ nameTh NOTIFY citizenChanged)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY citizenChanged)
    Q_PROPERTY(QString birthDate READ birthDate NOTIFY citizenChanged)
    Q_PROPERTY(QString age READ age NOTIFY citizenChanged)
    Q_PROPERTY(QString expiryDate READ expiryDate NOTIFY citizenChanged)
    Q_PROPERTY(QString photoNotice READ photoNotice NOTIFY citizenChanged)
    Q_PROPERTY(QString existingPhone READ existingPhone NOTIFY citizenChanged)
    Q_PROPERTY(QString dayCounts READ dayCounts NOTIFY dayCountsChanged)
    // Shown on the review only; the binding it reads is set before the state becomes Review.
    Q_PROPERTY(QString phoneStatus READ phoneStatus NOTIFY stateChanged)
    Q_PROPERTY(bool replacingPhone READ replacingPhone NOTIFY citizenChanged)
    Q_PROPERTY(QString citizenPhoneNotice READ citizenPhoneNotice NOTIFY citizenChanged)
    Q_PROPERTY(int photoPercent READ photoPercent NOTIFY citizenChanged)
    Q_PROPERTY(int photoVersion READ photoVersion NOTIFY citizenChanged)
    Q_PROPERTY(int fingerAttempt READ fingerAttempt NOTIFY fingerChanged)
    Q_PROPERTY(int maxFingerAttempts READ maxFingerAttempts CONSTANT)
    Q_PROPERTY(QString fingerGuidance READ fingerGuidance NOTIFY fingerChanged)
    Q_PROPERTY(QString fingerName READ fingerName NOTIFY fingerChanged)
    Q_PROPERTY(bool leftFinger READ leftFinger NOTIFY fingerChanged)
    Q_PROPERTY(int scanVersion READ scanVersion NOTIFY fingerChanged)
    Q_PROPERTY(int qrVersion READ qrVersion NOTIFY qrChanged)
    Q_PROPERTY(bool qrVisible READ qrVisible NOTIFY qrChanged)
    Q_PROPERTY(int qrSecondsLeft READ qrSecondsLeft NOTIFY tick)
    Q_PROPERTY(int qrLifetime READ qrLifetime NOTIFY qrChanged)
    Q_PROPERTY(int sessionSecondsLeft READ sessionSecondsLeft NOTIFY tick)
    Q_PROPERTY(int citizenStep READ citizenStep NOTIFY phoneChanged)
    Q_PROPERTY(int codeAttemptsLeft READ codeAttemptsLeft NOTIFY phoneChanged)
    Q_PROPERTY(bool codeInFlight READ codeInFlight NOTIFY phoneChanged)
    Q_PROPERTY(bool citizenScreen READ citizenScreen NOTIFY citizenScreenChanged)

public:
    KioskViewModel(app::KioskWorkflow& workflow, const QString& language,
                   QObject* parent = nullptr);

    // The Kiosk singleton of an engine is the model loadKioskUi() attached to it.
    static KioskViewModel* create(QQmlEngine* qml, QJSEngine* js);
    void attachTo(QQmlEngine& engine);

    app::KioskState state() const { return m_flow.state(); }
    app::FaultKind faultKind() const { return m_flow.faultKind(); }
    QString message() const { return m_flow.message(); }
    QString officerName() const { return m_flow.officerName(); }
    QString language() const { return m_language; }
    QString citizenId() const;
    QString nameTh() const { return m_flow.citizen().nameTh.fullName(); }
    QString nameEn() const { return m_flow.citizen().nameEn.fullName(); }
    QString birthDate() const;
    QString age() const;
    QString expiryDate() const;
    // An old or lifelong card's photo: compare with care (CitizenDisplay::photoNotice).
    QString photoNotice() const;
    // The citizen's phone already bound: for the officer, and in plain words for the citizen.
    QString existingPhone() const;
    bool replacingPhone() const { return m_flow.replacementConfirmed(); }
    QString citizenPhoneNotice() const;
    // On the review, what the registry said of the citizen's phone: none yet, or one to replace.
    QString phoneStatus() const;
    // The signed-in officer's day so far ("Today: 12 completed, 1 referred, 2 cancelled"), from
    // the audit trail; empty without a source.
    QString dayCounts() const;
    void setDayCounts(std::function<app::OfficerDay()> source);
    int photoPercent() const { return m_flow.photoPercent(); }
    int photoVersion() const { return m_photoVersion; }
    int qrVersion() const { return m_qrVersion; }
    bool qrVisible() const { return !m_flow.qrText().isEmpty(); }
    int qrSecondsLeft() const;
    // How long the code on screen was valid when it arrived: the whole of the countdown ring.
    int qrLifetime() const { return m_qrLifetime; }
    int sessionSecondsLeft() const;
    // The step the citizen is on in the phone app (0: scan … 3: consent, 4: done); -1 when no
    // session is open.
    int citizenStep() const;
    // A second screen faces the citizen and shows the QR; the officer's screen then does not.
    bool citizenScreen() const { return m_citizenScreen; }
    void setCitizenScreen(bool shown);
    // The maintenance screen's checks (the QML singleton Maintenance).
    void setDiagnostics(app::KioskDiagnostics* diagnostics) {
        m_maintenance.setDiagnostics(diagnostics);
    }
    int codeAttemptsLeft() const { return m_flow.codeAttemptsLeft(); }
    int fingerAttempt() const { return m_flow.fingerAttempt(); }
    // "Right index finger" or "Left index finger", in the UI language.
    QString fingerName() const;
    bool leftFinger() const {
        return m_flow.finger() == protocol::indexFingerName(protocol::IndexFinger::Left);
    }
    int scanVersion() const { return m_flow.scanVersion(); }
    int maxFingerAttempts() const { return m_flow.settings().maxFingerAttempts; }
    bool codeInFlight() const { return m_flow.codeInFlight(); }
    QString fingerGuidance() const { return m_flow.fingerGuidance(); }
    bool cardInserted() const { return m_flow.cardStillInserted(); }
    // The ThaiD check's own model (the QML singleton ThaidCheck).
    ThaidCheckViewModel& thaidCheck() { return m_thaidCheck; }
    const ThaidCheckViewModel& thaidCheck() const { return m_thaidCheck; }
    // The feature models the screens reach as the singletons Maintenance and SignOff.
    MaintenanceViewModel& maintenance() { return m_maintenance; }
    SignOffViewModel& signOff() { return m_signOff; }

    // For the image providers.
    QImage photoImage() const;
    // The scanner's last capture for the officer's eyes, as grey pixels; null when none.
    QImage scanImage() const;
    // The session QR, as large as fits a square of `side` pixels with whole pixels per module.
    QImage qrImage(int side) const;

    Q_INVOKABLE void confirmFace() { m_flow.confirmFace(); }
    Q_INVOKABLE void confirmReplacement() { m_flow.confirmReplacement(); }
    Q_INVOKABLE void submitCode(const QString& digits) { m_flow.submitCode(digits); }
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
    void citizenChanged();
    void fingerChanged();
    void dayCountsChanged();
    void qrChanged();
    void phoneChanged();
    void citizenScreenChanged();
    void cardChanged();
    void codeRefused();  // a wrong code: the code field starts again
    void tick();
    void languageChanged();

private:
    void onCitizenChanged();
    void onQrChanged();

    app::KioskWorkflow& m_flow;
    ThaidCheckViewModel m_thaidCheck;
    MaintenanceViewModel m_maintenance;
    SignOffViewModel m_signOff;
    OfficerActivity m_activity;
    QString m_language;
    QTranslator* m_translator = nullptr;
    QTimer m_tick;
    int m_photoVersion = 0;
    int m_qrVersion = 0;
    int m_qrLifetime = 0;
    int m_photoSize = -1;
    QString m_lastQr;
    bool m_citizenScreen = false;
    std::function<app::OfficerDay()> m_daySource;
    app::OfficerDay m_day;
};

}  // namespace thaid::ui
