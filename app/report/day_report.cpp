#include "report/day_report.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>

namespace thaid::app {

namespace {

QDateTime atOf(const AuditEntry& e) {
    return QDateTime::fromString(e.at, Qt::ISODateWithMs);
}

// "key=value" out of a row's detail ("reason=no_finger supervisor=…").
QString field(const QString& detail, const QString& key) {
    for (const QString& part : detail.split(u' ', Qt::SkipEmptyParts)) {
        if (part.startsWith(key + u'='))
            return part.mid(key.size() + 1);
    }
    return {};
}

qint64 percentile(QList<qint64> values, double p) {
    std::sort(values.begin(), values.end());
    const auto i = static_cast<qsizetype>(std::lround(p * static_cast<double>(values.size() - 1)));
    return values.at(std::min(i, values.size() - 1));
}

}  // namespace

QList<ReportSession> reportSessions(const QList<AuditEntry>& rows) {
    QList<ReportSession> out;
    QString officer;
    std::optional<ReportSession> open;
    const auto close = [&](const AuditEntry& e, const QString& outcome, const QString& reason) {
        open->endedAt = atOf(e);
        open->outcome = outcome;
        open->reason = reason;
        out.append(*open);
        open.reset();
    };
    for (const AuditEntry& e : rows) {
        if (e.kind == QLatin1String("officer_signed_in")) {
            officer = e.citizenHmac;
        } else if (e.kind == QLatin1String("card_read") && !e.citizenHmac.isEmpty()) {
            open = ReportSession{};
            // The card went in read_ms before the row (older rows have none: the row itself).
            open->cardInAt =
                atOf(e).addMSecs(-field(e.detail, QStringLiteral("read_ms")).toLongLong());
            open->officerHmac = officer;
            open->citizenHmac = e.citizenHmac;
        } else if (!open) {
            continue;
        } else if (e.kind == QLatin1String("card_blocked")) {
            open->reason = QStringLiteral("card_blocked:") + e.detail;
        } else if (e.kind == QLatin1String("fingerprint_no_match")) {
            open->reason = QStringLiteral("fingerprint_no_match");
        } else if (e.kind == QLatin1String("fingerprint_verified")) {
            open->finger = field(e.detail, QStringLiteral("finger"));
        } else if (e.kind == QLatin1String("replacement_confirmed")) {
            open->replacedPhone = true;
        } else if (e.kind == QLatin1String("supervisor_exception")) {
            open->exception = field(e.detail, QStringLiteral("reason"));
            open->supervisorHmac = field(e.detail, QStringLiteral("supervisor"));
        } else if (e.kind == QLatin1String("registration_completed")) {
            close(e, QStringLiteral("completed"), {});
        } else if (e.kind == QLatin1String("session_ended")) {
            // A card that could not be used or a finger that did not match sent the citizen
            // elsewhere, whatever ended the session afterwards.
            if (!open->reason.isEmpty())
                close(e, QStringLiteral("referred"), open->reason);
            else
                close(
                    e, QStringLiteral("cancelled"),
                    e.detail.startsWith(QLatin1String("cancelled:")) ? e.detail.mid(10) : e.detail);
        }
    }
    return out;
}

DayReport DayReport::fromRows(const QList<AuditEntry>& rows, const QDate& day) {
    DayReport r;
    r.day = day;
    QList<qint64> durations;
    for (const ReportSession& s : reportSessions(rows)) {
        if (s.cardInAt.toLocalTime().date() != day)
            continue;
        r.sessions.append(s);
        ++r.byOutcome[s.outcome];
        if (!s.reason.isEmpty())
            ++r.byReason[s.outcome + QStringLiteral(": ") + s.reason];
        if (s.outcome == QLatin1String("completed")) {
            durations.append(s.durationMs());
            ++r.completedPerHour[static_cast<size_t>(s.endedAt.toLocalTime().time().hour())];
        }
    }
    if (!durations.isEmpty()) {
        r.p50Ms = percentile(durations, 0.5);
        r.p90Ms = percentile(durations, 0.9);
    }
    return r;
}

QList<ReportSession> DayReport::exceptions() const {
    QList<ReportSession> out;
    std::copy_if(sessions.begin(), sessions.end(), std::back_inserter(out),
                 [](const ReportSession& s) { return !s.exception.isEmpty(); });
    return out;
}

QList<ReportSession> DayReport::reRegistrations() const {
    QList<ReportSession> out;
    std::copy_if(sessions.begin(), sessions.end(), std::back_inserter(out),
                 [](const ReportSession& s) {
                     return s.replacedPhone && s.outcome == QLatin1String("completed");
                 });
    return out;
}

QJsonObject DayReport::toJson() const {
    const auto counts = [](const QMap<QString, int>& m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    const auto sessionJson = [](const ReportSession& s) {
        QJsonObject o{{QStringLiteral("card_in_at"), s.cardInAt.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("ended_at"), s.endedAt.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("outcome"), s.outcome},
                      {QStringLiteral("officer_hmac"), s.officerHmac},
                      {QStringLiteral("citizen_hmac"), s.citizenHmac}};
        if (!s.exception.isEmpty()) {
            o.insert(QStringLiteral("exception_reason"), s.exception);
            o.insert(QStringLiteral("supervisor_hmac"), s.supervisorHmac);
        }
        return o;
    };
    QJsonArray hours;
    for (int n : completedPerHour)
        hours.append(n);
    QJsonArray exceptionList;
    for (const ReportSession& s : exceptions())
        exceptionList.append(sessionJson(s));
    QJsonArray reRegistrationList;
    for (const ReportSession& s : reRegistrations())
        reRegistrationList.append(sessionJson(s));
    QJsonObject o{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                  {QStringLiteral("sessions"), static_cast<int>(sessions.size())},
                  {QStringLiteral("by_outcome"), counts(byOutcome)},
                  {QStringLiteral("by_reason"), counts(byReason)},
                  {QStringLiteral("completed_per_hour"), hours},
                  {QStringLiteral("exceptions"), exceptionList},
                  {QStringLiteral("re_registrations"), reRegistrationList}};
    o.insert(QStringLiteral("card_in_to_completion_p50_ms"),
             p50Ms ? QJsonValue(*p50Ms) : QJsonValue());
    o.insert(QStringLiteral("card_in_to_completion_p90_ms"),
             p90Ms ? QJsonValue(*p90Ms) : QJsonValue());
    return o;
}

OfficerDay currentOfficerDay(const QList<AuditEntry>& rows) {
    QString officer;
    for (const AuditEntry& e : rows) {
        if (e.kind == QLatin1String("officer_signed_in"))
            officer = e.citizenHmac;
    }
    OfficerDay day;
    if (officer.isEmpty())
        return day;
    for (const ReportSession& s : reportSessions(rows)) {
        if (s.officerHmac != officer)
            continue;
        if (s.outcome == QLatin1String("completed"))
            ++day.completed;
        else if (s.outcome == QLatin1String("referred"))
            ++day.referred;
        else
            ++day.cancelled;
    }
    return day;
}

}  // namespace thaid::app
