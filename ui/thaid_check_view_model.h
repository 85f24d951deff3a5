#pragma once

#include "workflow/kiosk_workflow.h"

#include <QImage>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace thaid::ui {

// What the ThaiD check's screens show (F6: a citizen identifies with ThaiD instead of the card):
// the code the citizen's phone shows, and the identity the registry vouched for, formatted for
// the officer, until the next citizen. The screens reach it as the QML singleton ThaidCheck.
class ThaidCheckViewModel : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(ThaidCheck)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString relayCode READ relayCode NOTIFY changed)
    Q_PROPERTY(bool phoneRefused READ phoneRefused NOTIFY changed)
    Q_PROPERTY(QString nameTh READ nameTh NOTIFY changed)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY changed)
    Q_PROPERTY(QString citizenId READ citizenId NOTIFY changed)
    Q_PROPERTY(QString cardNumber READ cardNumber NOTIFY changed)
    Q_PROPERTY(QString assurance READ assurance NOTIFY changed)
    Q_PROPERTY(bool high READ high NOTIFY changed)
    Q_PROPERTY(QString verifiedAt READ verifiedAt NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString birthDate READ birthDate NOTIFY changed)
    Q_PROPERTY(QString cardDates READ cardDates NOTIFY changed)
    Q_PROPERTY(int photoVersion READ photoVersion NOTIFY changed)

public:
    explicit ThaidCheckViewModel(app::KioskWorkflow& workflow, QObject* parent = nullptr);

    // The ThaidCheck singleton of an engine belongs to the Kiosk model loadKioskUi() attached.
    static ThaidCheckViewModel* create(QQmlEngine* qml, QJSEngine* js);

    // Without a [thaid_check] client in kiosk.conf, F6 says the kiosk is not registered.
    bool available() const { return m_flow.thaidCheckAvailable(); }
    QString relayCode() const;  // "123 456"
    bool phoneRefused() const { return m_flow.checkPhoneRefused(); }
    QString nameTh() const;
    QString nameEn() const;
    QString citizenId() const;
    QString cardNumber() const;
    QString assurance() const;
    bool high() const;
    QString verifiedAt() const;
    QString address() const;
    QString birthDate() const;  // Buddhist Era, with the age
    QString cardDates() const;
    // 0 when the registry gave no photo; otherwise changes with each check's photo.
    int photoVersion() const;
    QImage photoImage() const;

    Q_INVOKABLE void start() { m_flow.startThaidCheck(); }  // F6

    // Every text is read again in the new language.
    void retranslate() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    app::KioskWorkflow& m_flow;
    int m_photoVersion = 0;
};

}  // namespace thaid::ui
