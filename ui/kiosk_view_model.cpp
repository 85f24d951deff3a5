#include "ui/kiosk_view_model.h"

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
      m_registration(workflow, m_language),
      m_maintenance(workflow),
      m_signOff(workflow),
      m_activity(workflow) {
    using app::KioskWorkflow;
    connect(&m_flow, &KioskWorkflow::stateChanged, this, &KioskViewModel::stateChanged);
    connect(&m_flow, &KioskWorkflow::messageChanged, this, &KioskViewModel::messageChanged);
    connect(&m_flow, &KioskWorkflow::cardPresenceChanged, this, &KioskViewModel::cardChanged);
    connect(&m_flow, &KioskWorkflow::qrChanged, this, &KioskViewModel::onQrChanged);
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &KioskViewModel::tick);
    connect(&m_tick, &QTimer::timeout, &m_registration, &RegistrationViewModel::tick);
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
    m_registration.retranslate();
    m_thaidCheck.retranslate();
    m_signOff.retranslate();
    m_maintenance.retranslate();
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

int KioskViewModel::qrSecondsLeft() const {
    if (m_flow.qrText().isEmpty())
        return 0;
    return static_cast<int>(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_flow.qrExpiresAt())));
}

void KioskViewModel::setCitizenScreen(bool shown) {
    if (shown == m_citizenScreen)
        return;
    m_citizenScreen = shown;
    Q_EMIT citizenScreenChanged();
}

QImage KioskViewModel::qrImage(int side) const {
    if (m_flow.qrText().isEmpty())
        return {};
    return protocol::renderQrCode(m_flow.qrText(), {.quietZoneModules = 4, .fitSide = side});
}

}  // namespace thaid::ui
