#pragma once

#include "report/day_report.h"

#include <QCoreApplication>
#include <QString>

namespace thaid::app {

// The day's report as a page the office head prints: counts by outcome and reason, the times
// from card to completion, registrations per hour as a bar chart, the exceptions with their
// supervisors and the re-registrations. One self-contained HTML file (inline SVG, no script).
class ReportHtml {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    static QString render(const DayReport& report, quint32 stationId);
    // "completed", "referred: card_blocked:expired", … in words.
    static QString outcomeName(const QString& outcome);
};

}  // namespace thaid::app
