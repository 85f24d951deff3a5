#include "report/report_html.h"

#include <algorithm>

namespace thaid::app {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString seconds(std::optional<qint64> ms) {
    return ms ? QString::number(static_cast<double>(*ms) / 1000.0, 'f', 1) + QStringLiteral(" s")
              : QStringLiteral("–");
}

// Registrations per hour as bars; the hours of the working day (7–19) always, others when used.
QString hourChart(const std::array<int, 24>& perHour) {
    int first = 7;
    int last = 19;
    for (int h = 0; h < 24; ++h) {
        if (perHour[static_cast<size_t>(h)] > 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    }
    const int most = std::max(1, *std::max_element(perHour.begin(), perHour.end()));
    const int barWidth = 32;
    const int height = 160;
    const int width = (last - first + 1) * barWidth;
    QString svg = QStringLiteral(
                      "<svg class=\"chart\" role=\"img\" width=\"%1\" height=\"%2\" "
                      "viewBox=\"0 0 %1 %2\" xmlns=\"http://www.w3.org/2000/svg\">")
                      .arg(width)
                      .arg(height + 40);
    for (int h = first; h <= last; ++h) {
        const int n = perHour[static_cast<size_t>(h)];
        const int x = (h - first) * barWidth;
        const int bar = n * height / most;
        svg +=
            QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#1f3a5f\"/>")
                .arg(x + 4)
                .arg(height - bar + 16)
                .arg(barWidth - 8)
                .arg(bar);
        if (n > 0)
            svg += QStringLiteral(
                       "<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"middle\">%3</text>")
                       .arg(x + barWidth / 2)
                       .arg(height - bar + 12)
                       .arg(n);
        svg += QStringLiteral(
                   "<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"middle\">%3</text>")
                   .arg(x + barWidth / 2)
                   .arg(height + 34)
                   .arg(h, 2, 10, QLatin1Char('0'));
    }
    return svg + QStringLiteral("</svg>");
}

QString shortHmac(const QString& hmac) {
    return hmac.isEmpty() ? QStringLiteral("–") : hmac.left(12) + QStringLiteral("…");
}

}  // namespace

QString ReportHtml::outcomeName(const QString& outcome) {
    if (outcome == QLatin1String("completed"))
        return tr("completed");
    if (outcome == QLatin1String("referred"))
        return tr("referred");
    if (outcome == QLatin1String("cancelled"))
        return tr("cancelled");
    return outcome;
}

QString ReportHtml::render(const DayReport& r, quint32 stationId) {
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
             "body{font-family:'Noto Sans Thai','DejaVu Sans',sans-serif;margin:2em;color:#1b1f24}"
             "h1{color:#1f3a5f;font-size:1.5em}h2{font-size:1.15em;margin-top:1.5em}"
             "table{border-collapse:collapse;margin:.5em 0}"
             "td,th{border:1px solid #9aa4b1;padding:.3em .8em;text-align:left}"
             "td.n{text-align:right}.note{color:#4a5563;font-size:.9em}"
             "@media print{body{margin:1cm}}</style></head><body>\n")
             .arg(esc(tr("ThaiD registrations, %1").arg(r.day.toString(Qt::ISODate))));
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(esc(tr("ThaiD registrations on %1").arg(r.day.toString(Qt::ISODate))),
                  esc(tr("Station %1. From the kiosk's audit trail; people appear only as "
                         "HMACs, never by name or ID.")
                          .arg(stationId)));

    h += QStringLiteral("<h2>%1</h2>\n<table>").arg(esc(tr("Citizens served")));
    for (const QString& outcome :
         {QStringLiteral("completed"), QStringLiteral("referred"), QStringLiteral("cancelled")})
        h += QStringLiteral("<tr><th>%1</th><td class=\"n\">%2</td></tr>")
                 .arg(esc(outcomeName(outcome)))
                 .arg(r.byOutcome.value(outcome));
    h += QStringLiteral("<tr><th>%1</th><td class=\"n\">%2</td></tr></table>\n")
             .arg(esc(tr("total")))
             .arg(r.sessions.size());

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Why citizens were referred or cancelled")));
    if (r.byReason.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral("<table>");
        for (auto it = r.byReason.begin(); it != r.byReason.end(); ++it)
            h += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td></tr>")
                     .arg(esc(it.key()))
                     .arg(it.value());
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral(
             "<h2>%1</h2>\n<table><tr><th>p50</th><td class=\"n\">%2</td></tr>"
             "<tr><th>p90</th><td class=\"n\">%3</td></tr></table>\n")
             .arg(esc(tr("From the card going in to the completed registration")), seconds(r.p50Ms),
                  seconds(r.p90Ms));

    h += QStringLiteral("<h2>%1</h2>\n%2\n")
             .arg(esc(tr("Registrations completed per hour")), hourChart(r.completedPerHour));

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Supervisor exceptions")));
    const QList<ReportSession> exceptions = r.exceptions();
    if (exceptions.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(esc(tr("time")), esc(tr("reason")), esc(tr("supervisor (HMAC)")),
                      esc(tr("citizen (HMAC)")));
        for (const ReportSession& s : exceptions)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(s.cardInAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                          esc(s.exception), shortHmac(s.supervisorHmac), shortHmac(s.citizenHmac));
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Re-registrations (a new phone)")));
    const QList<ReportSession> again = r.reRegistrations();
    if (again.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>")
                 .arg(esc(tr("time")), esc(tr("citizen (HMAC)")));
        for (const ReportSession& s : again)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                     .arg(s.endedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                          shortHmac(s.citizenHmac));
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("<p class=\"note\">%1</p>\n</body></html>\n")
             .arg(esc(tr("Printed by thaid-kioskctl report.")));
    return h;
}

}  // namespace thaid::app
