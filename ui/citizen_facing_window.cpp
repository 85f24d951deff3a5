#include "ui/citizen_facing_window.h"

#include "ui/kiosk_view_model.h"
#include "ui/ui_logging.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QScreen>

namespace thaid::ui {

CitizenFacingWindow::CitizenFacingWindow(QQmlEngine& engine, KioskViewModel& model,
                                         QWindow& officerWindow, QString screenName,
                                         bool fullscreen, QObject* parent)
    : QObject(parent),
      m_engine(engine),
      m_model(model),
      m_officer(officerWindow),
      m_screenName(std::move(screenName)),
      m_fullscreen(fullscreen) {
    // Queued: a screen being removed is still listed while its signal is delivered.
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &CitizenFacingWindow::place,
            Qt::QueuedConnection);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &CitizenFacingWindow::place,
            Qt::QueuedConnection);
    place();
}

CitizenFacingWindow::~CitizenFacingWindow() {
    delete m_window.data();
}

QQuickWindow* CitizenFacingWindow::window() const {
    return m_window && m_window->isVisible() ? m_window.data() : nullptr;
}

QScreen* CitizenFacingWindow::citizenScreen() const {
    const bool any = m_screenName == QLatin1String("auto");
    for (QScreen* s : QGuiApplication::screens()) {
        if (any ? s != m_officer.screen() : s->name() == m_screenName)
            return s;
    }
    return nullptr;
}

void CitizenFacingWindow::place() {
    QScreen* screen = citizenScreen();
    if (!screen || screen == m_officer.screen()) {
        if (m_window && m_window->isVisible()) {
            qCWarning(lcUi) << "the citizen's screen went away; the QR shows on the officer's";
            m_window->hide();
        }
        m_model.setCitizenScreen(false);
        return;
    }
    if (!m_window) {
        QQmlComponent component(&m_engine,
                                QUrl(QStringLiteral("qrc:/ThaiD/qml/CitizenFacing.qml")));
        m_window = qobject_cast<QQuickWindow*>(component.create());
        if (!m_window) {
            qCCritical(lcUi) << "the citizen's window did not load:" << component.errorString();
            return;
        }
    }
    // The officer's keyboard must stay with the officer's window.
    m_window->setFlag(Qt::WindowDoesNotAcceptFocus);
    m_window->setScreen(screen);
    m_window->setGeometry(screen->geometry());
    if (m_fullscreen)
        m_window->showFullScreen();
    else
        m_window->show();
    m_officer.requestActivate();
    qCInfo(lcUi).noquote() << "citizen's window on screen" << screen->name();
    m_model.setCitizenScreen(true);
}

}  // namespace thaid::ui
