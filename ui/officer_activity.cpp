#include "ui/officer_activity.h"

#include "workflow/kiosk_workflow.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>
#include <QEvent>
#include <QWindow>

namespace thaid::ui {

OfficerActivity::OfficerActivity(app::KioskWorkflow& workflow, QObject* parent)
    : QObject(parent), m_flow(workflow) {
    QCoreApplication::instance()->installEventFilter(this);
}

OfficerActivity::~OfficerActivity() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool OfficerActivity::eventFilter(QObject* watched, QEvent* event) {
    // Each input event reaches its window first, then the items: count it once, at the window.
    if (!watched->isWindowType())
        return false;
    static constexpr std::array kInput{QEvent::KeyPress,   QEvent::MouseButtonPress,
                                       QEvent::MouseMove,  QEvent::Wheel,
                                       QEvent::TouchBegin, QEvent::TouchUpdate};
    if (std::find(kInput.begin(), kInput.end(), event->type()) != kInput.end())
        m_flow.userActivity();
    return false;
}

}  // namespace thaid::ui
