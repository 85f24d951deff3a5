#include "ui/registration_view_model.h"

#include "common/citizen_id.h"
#include "ui/citizen_display.h"
#include "ui/kiosk_view_model.h"

#include <QQmlEngine>

namespace thaid::ui {

RegistrationViewModel::RegistrationViewModel(app::KioskWorkflow& workflow, const QString& language,
                                             QObject* parent)
    : QObject(parent), m_flow(workflow), m_language(language) {
    using app::KioskWorkflow;
    connect(&m_flow, &KioskWorkflow::citizenChanged, this,
            &RegistrationViewModel::onCitizenChanged);
    connect(&m_flow, &KioskWorkflow::fingerChanged, this, &RegistrationViewModel::fingerChanged);
    connect(&m_flow, &KioskWorkflow::phoneChanged, this, &RegistrationViewModel::phoneChanged);
    connect(&m_flow, &KioskWorkflow::codeRefused, this, &RegistrationViewModel::codeRefused);
    connect(&m_flow, &KioskWorkflow::stateChanged, this, [this] {
        Q_EMIT phoneChanged();    // the citizen's step follows the state too
        Q_EMIT citizenChanged();  // and the review's phone status
    });
}

RegistrationViewModel* RegistrationViewModel::create(QQmlEngine* qml, QJSEngine* js) {
    return KioskViewModel::featureOf<RegistrationViewModel>(qml, js, &KioskViewModel::registration);
}

void RegistrationViewModel::retranslate() {
    Q_EMIT citizenChanged();
    Q_EMIT fingerChanged();
}

// Image providers are asked again only when their URL changes.
void RegistrationViewModel::onCitizenChanged() {
    if (m_flow.photo().size() != m_photoSize) {
        m_photoSize = static_cast<int>(m_flow.photo().size());
        ++m_photoVersion;
    }
    Q_EMIT citizenChanged();
}

QString RegistrationViewModel::citizenId() const {
    const QString& id = m_flow.citizen().citizenId;
    return id.size() == 13 ? card::formatCitizenId(id) : id;
}

QString RegistrationViewModel::birthDate() const {
    const auto& d = m_flow.citizen().birthDate;
    return d ? CitizenDisplay::buddhistEraDate(*d) : QString();
}

QString RegistrationViewModel::age() const {
    const auto years = CitizenDisplay::ageOn(m_flow.citizen().birthDate, QDate::currentDate());
    return years ? QString::number(*years) : QString();
}

QString RegistrationViewModel::expiryDate() const {
    if (m_flow.citizen().lifelong)
        return CitizenDisplay::lifelong();
    const auto& d = m_flow.citizen().expiryDate;
    return d ? CitizenDisplay::buddhistEraDate(*d) : QString();
}

QString RegistrationViewModel::photoNotice() const {
    if (m_flow.citizen().citizenId.isEmpty())
        return {};
    return CitizenDisplay::photoNotice(m_flow.citizen(), QDate::currentDate(),
                                       m_flow.settings().oldPhotoYears);
}

QString RegistrationViewModel::existingPhone() const {
    const auto binding = m_flow.existingBinding();
    return binding ? CitizenDisplay::existingPhone(*binding, m_language == QLatin1String("th"))
                   : QString();
}

QString RegistrationViewModel::phoneStatus() const {
    if (m_flow.state() != app::KioskState::Review)
        return {};
    return CitizenDisplay::phoneStatus(m_flow.existingBinding().has_value());
}

QString RegistrationViewModel::citizenPhoneNotice() const {
    return m_flow.existingBinding()
               ? CitizenDisplay::replacingPhoneForCitizen(m_flow.replacementConfirmed())
               : QString();
}

bool RegistrationViewModel::leftFinger() const {
    return m_flow.finger() == protocol::indexFingerName(protocol::IndexFinger::Left);
}

QString RegistrationViewModel::fingerName() const {
    return CitizenDisplay::indexFinger(leftFinger());
}

int RegistrationViewModel::sessionSecondsLeft() const {
    const QDateTime end = m_flow.sessionExpiresAt();
    return end.isValid()
               ? static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(end)))
               : 0;
}

int RegistrationViewModel::citizenStep() const {
    switch (m_flow.state()) {
        case app::KioskState::CreatingSession:
        case app::KioskState::ShowingQr:
            return 0;
        case app::KioskState::EnteringCode:
            return 1;
        case app::KioskState::WaitingForPhone:
            return m_flow.sessionState() == app::BindingState::Bound ? 3 : 2;
        case app::KioskState::Completed:
            return 4;
        case app::KioskState::SignedOut:
        case app::KioskState::SigningIn:
        case app::KioskState::WaitingForCard:
        case app::KioskState::Reading:
        case app::KioskState::Review:
        case app::KioskState::ReplacingPhone:
        case app::KioskState::Blocked:
        case app::KioskState::Fingerprint:
        case app::KioskState::FingerprintRefer:
        case app::KioskState::ExceptionReason:
        case app::KioskState::SupervisorSignOff:
        case app::KioskState::Fault:
        case app::KioskState::Maintenance:
        case app::KioskState::ThaidCheck:
        case app::KioskState::ThaidCheckResult:
            return -1;
    }
    return -1;
}

QImage RegistrationViewModel::scanImage() const {
    const fingerprint::FingerSample& s = m_flow.lastScan();
    if (!s.isValid())
        return {};
    // A copy the picture owns: the sample is wiped when the session ends.
    return QImage(reinterpret_cast<const uchar*>(s.pixels.constData()), s.width, s.height, s.width,
                  QImage::Format_Grayscale8)
        .copy();
}

QImage RegistrationViewModel::photoImage() const {
    QImage img;
    img.loadFromData(m_flow.photo(), "JPG");
    return img;
}

}  // namespace thaid::ui
