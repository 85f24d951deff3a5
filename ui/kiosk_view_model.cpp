#include "ui/kiosk_view_model.h"

#include "common/citizen_id.h"
#include "i18n/translation_loader.h"
#include "protocol/qr_code.h"
#include "ui/citizen_display.h"
#include "ui/ui_logging.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QTranslator>

namespace thaid::ui {

KioskViewModel::KioskViewModel(app::KioskWorkflow& workflow, const QString& language,
                               QObject* parent)
    : QObject(parent),
      m_flow(workflow),
      m_thaidCheck(workflow),
      m_maintenance(workflow),
      m_signOff(workflow),
      m_activity(workflow) {
    using app::KioskWorkflow;
    connect(&m_flow, &KioskWorkflow::stateChanged, this, [this] {
        Q_EMIT stateChanged();
        Q_EMIT phoneChanged();  // the citizen's step follows the state too
    });
    connect(&m_flow, &KioskWorkflow::messageChanged, this, &KioskViewModel::messageChanged);
    connect(&m_flow, &KioskWorkflow::cardPresenceChanged, this, &KioskViewModel::cardChanged);
    connect(&m_flow, &KioskWorkflow::citizenChanged, this, &KioskViewModel::onCitizenChanged);
    connect(&m_flow, &KioskWorkflow::fingerChanged, this, &KioskViewModel::fingerChanged);
    connect(&m_flow, &KioskWorkflow::qrChanged, this, &KioskViewModel::onQrChanged);
    connect(&m_flow, &KioskWorkflow::phoneChanged, this, &KioskViewModel::phoneChanged);
    connect(&m_flow, &KioskWorkflow::codeRefused, this, &KioskViewModel::codeRefused);
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &KioskViewModel::tick);
    m_tick.start();
    setLanguage(language);
}

namespace {
constexpr const char* kModelProperty = "thaidKioskViewModel";
}

void KioskViewModel::attachTo(QQmlEngine& engine) {
    engine.setProperty(kModelProperty, QVariant::fromValue(this));
}

KioskViewModel* KioskViewModel::create(QQmlEngine* qml, QJSEngine*) {
    auto* model = qml->property(kModelProperty).value<KioskViewModel*>();
    if (model)
        QJSEngine::setObjectOwnership(model, QJSEngine::CppOwnership);  // the kiosk owns it
    return model;
}

// Image providers are asked again only when their URL changes.
void KioskViewModel::onCitizenChanged() {
    if (m_flow.photo().size() != m_photoSize) {
        m_photoSize = static_cast<int>(m_flow.photo().size());
        ++m_photoVersion;
    }
    Q_EMIT citizenChanged();
}

void KioskViewModel::onQrChanged() {
    if (m_flow.qrText() != m_lastQr) {
        m_lastQr = m_flow.qrText();
        ++m_qrVersion;
        m_qrLifetime = qrSecondsLeft();
    }
    Q_EMIT qrChanged();
    // The countdowns follow the half-second tick; a new code must not show the old one's zero
    // until then.
    Q_EMIT tick();
}

void KioskViewModel::setLanguage(const QString& language) {
    const QString lang = effectiveLanguage(language);
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    auto* t = new QTranslator(this);
    if (loadCatalogue(*t, lang)) {
        QCoreApplication::installTranslator(t);
        m_translator = t;
    } else {
        qCWarning(lcUi).noquote() << "no catalogue for" << lang << "- the screens stay in English";
        delete t;
    }
    m_language = lang;
    Q_EMIT languageChanged();
    // Every text the workflow made is re-read in the new language.
    Q_EMIT messageChanged();
    Q_EMIT citizenChanged();
    Q_EMIT fingerChanged();
    m_thaidCheck.retranslate();
    m_signOff.retranslate();
    m_maintenance.retranslate();
}

QString KioskViewModel::citizenId() const {
    const QString& id = m_flow.citizen().citizenId;
    return id.size() == 13 ? card::formatCitizenId(id) : id;
}

QString KioskViewModel::birthDate() const {
    const auto& d = m_flow.citizen().birthDate;
    return d ? CitizenDisplay::buddhistEraDate(*d) : QString();
}

QString KioskViewModel::age() const {
    const auto years = CitizenDisplay::ageOn(m_flow.citizen().birthDate, QDate::currentDate());
    return years ? QString::number(*years) : QString();
}

QString KioskViewModel::expiryDate() const {
    if (m_flow.citizen().lifelong)
        return CitizenDisplay::lifelong();
    const auto& d = m_flow.citizen().expiryDate;
    return d ? CitizenDisplay::buddhistEraDate(*d) : QString();
}

QString KioskViewModel::photoNotice() const {
    if (m_flow.citizen().citizenId.isEmpty())
        return {};
    return CitizenDisplay::photoNotice(m_flow.citizen(), QDate::currentDate(),
                                       m_flow.settings().oldPhotoYears);
}

QString KioskViewModel::existingPhone() const {
    const auto binding = m_flow.existingBinding();
    return binding ? CitizenDisplay::existingPhone(*binding, language() == QLatin1String("th"))
                   : QString();
}

QString KioskViewModel::dayCounts() const {
    if (!m_daySource)
        return {};
    return CitizenDisplay::dayCounts(m_day.completed, m_day.referred, m_day.cancelled);
}

void KioskViewModel::setDayCounts(std::function<app::OfficerDay()> source) {
    m_daySource = std::move(source);
    // Counted again whenever the officer is back between citizens: a session has just ended.
    connect(&m_flow, &app::KioskWorkflow::stateChanged, this, [this](app::KioskState s) {
        if (s != app::KioskState::WaitingForCard || !m_daySource)
            return;
        m_day = m_daySource();
        Q_EMIT dayCountsChanged();
    });
    m_day = m_daySource();
    Q_EMIT dayCountsChanged();
}

QString KioskViewModel::phoneStatus() const {
    if (m_flow.state() != app::KioskState::Review)
        return {};
    return CitizenDisplay::phoneStatus(m_flow.existingBinding().has_value());
}

QString KioskViewModel::citizenPhoneNotice() const {
    return m_flow.existingBinding()
               ? CitizenDisplay::replacingPhoneForCitizen(m_flow.replacementConfirmed())
               : QString();
}

int KioskViewModel::qrSecondsLeft() const {
    if (m_flow.qrText().isEmpty())
        return 0;
    return static_cast<int>(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_flow.qrExpiresAt())));
}

int KioskViewModel::sessionSecondsLeft() const {
    const QDateTime end = m_flow.sessionExpiresAt();
    return end.isValid()
               ? static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(end)))
               : 0;
}

int KioskViewModel::citizenStep() const {
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

void KioskViewModel::setCitizenScreen(bool shown) {
    if (shown == m_citizenScreen)
        return;
    m_citizenScreen = shown;
    Q_EMIT citizenScreenChanged();
}

QString KioskViewModel::fingerName() const {
    return CitizenDisplay::indexFinger(leftFinger());
}

QImage KioskViewModel::scanImage() const {
    const fingerprint::FingerSample& s = m_flow.lastScan();
    if (!s.isValid())
        return {};
    // A copy the picture owns: the sample is wiped when the session ends.
    return QImage(reinterpret_cast<const uchar*>(s.pixels.constData()), s.width, s.height, s.width,
                  QImage::Format_Grayscale8)
        .copy();
}

QImage KioskViewModel::photoImage() const {
    QImage img;
    img.loadFromData(m_flow.photo(), "JPG");
    return img;
}

QImage KioskViewModel::qrImage(int side) const {
    if (m_flow.qrText().isEmpty())
        return {};
    return protocol::renderQrCode(m_flow.qrText(), {.quietZoneModules = 4, .fitSide = side});
}

}  // namespace thaid::ui
