#include "ui/thaid_check_view_model.h"

#include "common/citizen_id.h"
#include "ui/citizen_display.h"
#include "ui/kiosk_view_model.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace thaid::ui {

ThaidCheckViewModel::ThaidCheckViewModel(app::KioskWorkflow& workflow, QObject* parent)
    : QObject(parent), m_flow(workflow) {
    connect(&m_flow, &app::KioskWorkflow::checkChanged, this, [this] {
        ++m_photoVersion;  // a new picture URL: the provider is asked again
        Q_EMIT changed();
    });
}

ThaidCheckViewModel* ThaidCheckViewModel::create(QQmlEngine* qml, QJSEngine* js) {
    return KioskViewModel::featureOf<ThaidCheckViewModel>(qml, js, &KioskViewModel::thaidCheck);
}

QString ThaidCheckViewModel::relayCode() const {
    const QString code = m_flow.checkRelayCode();
    return code.size() == 6 ? code.left(3) + QLatin1Char(' ') + code.mid(3) : code;
}

QString ThaidCheckViewModel::nameTh() const {
    const auto who = m_flow.checkedIdentity();
    return who ? who->nameTh : QString();
}

QString ThaidCheckViewModel::nameEn() const {
    const auto who = m_flow.checkedIdentity();
    return who ? who->nameEn : QString();
}

QString ThaidCheckViewModel::citizenId() const {
    const auto who = m_flow.checkedIdentity();
    if (!who)
        return {};
    return who->citizenId.size() == 13 ? card::formatCitizenId(who->citizenId) : who->citizenId;
}

QString ThaidCheckViewModel::cardNumber() const {
    const auto who = m_flow.checkedIdentity();
    return who ? who->smartcardCode : QString();
}

QString ThaidCheckViewModel::assurance() const {
    const auto who = m_flow.checkedIdentity();
    return who ? CitizenDisplay::assurance(who->assurance) : QString();
}

bool ThaidCheckViewModel::high() const {
    const auto who = m_flow.checkedIdentity();
    return who && who->assurance == QLatin1String("high");
}

QString ThaidCheckViewModel::verifiedAt() const {
    const auto who = m_flow.checkedIdentity();
    return who ? who->verifiedAt.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QString ThaidCheckViewModel::address() const {
    const auto who = m_flow.checkedIdentity();
    return who ? who->address : QString();
}

QString ThaidCheckViewModel::birthDate() const {
    const auto who = m_flow.checkedIdentity();
    const auto date = who ? card::PartialDate::fromIso(who->birthDate) : std::nullopt;
    if (!date)
        return {};
    const auto years = CitizenDisplay::ageOn(date, QDate::currentDate());
    return years ? CitizenDisplay::dateWithAge(CitizenDisplay::buddhistEraDate(*date), *years)
                 : CitizenDisplay::buddhistEraDate(*date);
}

QString ThaidCheckViewModel::cardDates() const {
    const auto who = m_flow.checkedIdentity();
    if (!who)
        return {};
    const auto issued = card::PartialDate::fromIso(who->issueDate);
    const auto expires = card::PartialDate::fromIso(who->expiryDate);
    if (!issued)
        return {};
    return CitizenDisplay::cardDates(
        CitizenDisplay::buddhistEraDate(*issued),
        expires ? CitizenDisplay::buddhistEraDate(*expires) : CitizenDisplay::lifelong());
}

int ThaidCheckViewModel::photoVersion() const {
    const auto who = m_flow.checkedIdentity();
    return who && !who->photoJpeg.isEmpty() ? m_photoVersion : 0;
}

QImage ThaidCheckViewModel::photoImage() const {
    const auto who = m_flow.checkedIdentity();
    QImage img;
    if (who)
        img.loadFromData(who->photoJpeg, "JPG");
    return img;
}

}  // namespace thaid::ui
