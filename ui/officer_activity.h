#pragma once

#include <QObject>

namespace thaid::app {
class KioskWorkflow;
}

namespace thaid::ui {

// Every key press and pointer event in any of the kiosk's windows is the officer at work: it
// resets the idle lock, whichever screen is open. Filters the whole application, since the
// citizen's window and the officer's are both the kiosk's.
class OfficerActivity : public QObject {
    Q_OBJECT
public:
    explicit OfficerActivity(app::KioskWorkflow& workflow, QObject* parent = nullptr);
    ~OfficerActivity() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    app::KioskWorkflow& m_flow;
};

}  // namespace thaid::ui
