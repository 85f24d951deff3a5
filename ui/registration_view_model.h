#pragma once

#include "workflow/kiosk_workflow.h"

#include <QImage>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace thaid::ui {

// What the registration's screens show, formatted for the officer (Buddhist-Era dates, the ID as
// printed on the card, the age): the citizen's card, the phone the registry already holds, the
// finger, and the citizen's way through the phone app; and the officer's keys for them. The
// screens reach it as the QML singleton Registration.
class RegistrationViewModel : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Registration)
    QML_SINGLETON
    // Grouped by what changes together, so a screen re-reads only what moved.
    Q_PROPERTY(QString citizenId READ citizenId NOTIFY citizenChanged)
    Q_PROPERTY(QString nameTh READ nameTh NOTIFY citizenChanged)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY citizenChanged)
    Q_PROPERTY(QString birthDate READ birthDate NOTIFY citizenChanged)
    Q_PROPERTY(QString age READ age NOTIFY citizenChanged)
    Q_PROPERTY(QString expiryDate READ expiryDate NOTIFY citizenChanged)
    Q_PROPERTY(QString photoNotice READ photoNotice NOTIFY citizenChanged)
    Q_PROPERTY(int photoPercent READ photoPercent NOTIFY citizenChanged)
    Q_PROPERTY(int photoVersion READ photoVersion NOTIFY citizenChanged)
    Q_PROPERTY(QString existingPhone READ existingPhone NOTIFY citizenChanged)
    // Shown on the review only; the binding it reads is set before the state becomes Review.
    Q_PROPERTY(QString phoneStatus READ phoneStatus NOTIFY citizenChanged)
    Q_PROPERTY(bool replacingPhone READ replacingPhone NOTIFY citizenChanged)
    Q_PROPERTY(QString citizenPhoneNotice READ citizenPhoneNotice NOTIFY citizenChanged)
    Q_PROPERTY(int fingerAttempt READ fingerAttempt NOTIFY fingerChanged)
    Q_PROPERTY(int maxFingerAttempts READ maxFingerAttempts CONSTANT)
    Q_PROPERTY(QString fingerGuidance READ fingerGuidance NOTIFY fingerChanged)
    Q_PROPERTY(QString fingerName READ fingerName NOTIFY fingerChanged)
    Q_PROPERTY(bool leftFinger READ leftFinger NOTIFY fingerChanged)
    Q_PROPERTY(int scanVersion READ scanVersion NOTIFY fingerChanged)
    Q_PROPERTY(int sessionSecondsLeft READ sessionSecondsLeft NOTIFY tick)
    Q_PROPERTY(int citizenStep READ citizenStep NOTIFY phoneChanged)
    Q_PROPERTY(int codeAttemptsLeft READ codeAttemptsLeft NOTIFY phoneChanged)
    Q_PROPERTY(bool codeInFlight READ codeInFlight NOTIFY phoneChanged)

public:
    // `language` is the Kiosk model's, which the officer switches (F2).
    RegistrationViewModel(app::KioskWorkflow& workflow, const QString& language,
                          QObject* parent = nullptr);

    // The Registration singleton of an engine belongs to the Kiosk model loadKioskUi() attached.
    static RegistrationViewModel* create(QQmlEngine* qml, QJSEngine* js);

    QString citizenId() const;
    QString nameTh() const { return m_flow.citizen().nameTh.fullName(); }
    QString nameEn() const { return m_flow.citizen().nameEn.fullName(); }
    QString birthDate() const;
    QString age() const;
    QString expiryDate() const;
    // An old or lifelong card's photo: compare with care (CitizenDisplay::photoNotice).
    QString photoNotice() const;
    int photoPercent() const { return m_flow.photoPercent(); }
    int photoVersion() const { return m_photoVersion; }
    // The citizen's phone already bound: for the officer, and in plain words for the citizen.
    QString existingPhone() const;
    // On the review, what the registry said of the citizen's phone: none yet, or one to replace.
    QString phoneStatus() const;
    bool replacingPhone() const { return m_flow.replacementConfirmed(); }
    QString citizenPhoneNotice() const;
    int fingerAttempt() const { return m_flow.fingerAttempt(); }
    int maxFingerAttempts() const { return m_flow.settings().maxFingerAttempts; }
    QString fingerGuidance() const { return m_flow.fingerGuidance(); }
    // "Right index finger" or "Left index finger", in the UI language.
    QString fingerName() const;
    bool leftFinger() const;
    int scanVersion() const { return m_flow.scanVersion(); }
    int sessionSecondsLeft() const;
    // The step the citizen is on in the phone app (0: scan … 3: consent, 4: done); -1 when no
    // session is open.
    int citizenStep() const;
    int codeAttemptsLeft() const { return m_flow.codeAttemptsLeft(); }
    bool codeInFlight() const { return m_flow.codeInFlight(); }

    // For the image providers.
    QImage photoImage() const;
    // The scanner's last capture for the officer's eyes, as grey pixels; null when none.
    QImage scanImage() const;

    Q_INVOKABLE void confirmFace() { m_flow.confirmFace(); }
    Q_INVOKABLE void confirmReplacement() { m_flow.confirmReplacement(); }
    Q_INVOKABLE void submitCode(const QString& digits) { m_flow.submitCode(digits); }

    // Every text the workflow made is read again in the new language.
    void retranslate();

Q_SIGNALS:
    void citizenChanged();
    void fingerChanged();
    void phoneChanged();
    void codeRefused();  // a wrong code: the code field starts again
    void tick();         // the session's countdown

private:
    void onCitizenChanged();

    app::KioskWorkflow& m_flow;
    const QString& m_language;
    int m_photoVersion = 0;
    int m_photoSize = -1;
};

}  // namespace thaid::ui
