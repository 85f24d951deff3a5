#pragma once

#include "audit/audit_trail.h"

#include <array>
#include <optional>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace thaid::app {

// One citizen at the counter as the audit trail tells it, from the card going in to the session's
// end. People appear only as the trail's HMACs.
struct ReportSession {
    QDateTime cardInAt;  // the card in (the card_read row less the read's own time)
    QDateTime endedAt;
    QString outcome;  // completed | referred | cancelled
    QString reason;   // why it was referred or cancelled; empty when completed
    QString officerHmac;
    QString citizenHmac;
    bool replacedPhone = false;  // the citizen's phone was replaced (a re-registration)
    QString finger;              // the finger that verified the citizen, when one did
    QString exception;           // a supervisor's exception: its reason; empty when none
    QString supervisorHmac;

    qint64 durationMs() const { return cardInAt.msecsTo(endedAt); }
};

// A day at one kiosk from its audit trail: the office head's end-of-day report
// (`thaid-kioskctl report`).
struct DayReport {
    QDate day;  // local
    QList<ReportSession> sessions;
    QMap<QString, int> byOutcome;
    QMap<QString, int> byReason;  // "referred: card_blocked:expired", "cancelled: card_removed"
    std::optional<qint64> p50Ms;  // card in to completion, completed sessions
    std::optional<qint64> p90Ms;
    std::array<int, 24> completedPerHour{};  // by local hour of completion

    // `rows` in sequence order; sessions whose card was read on `day` (local time) count.
    static DayReport fromRows(const QList<AuditEntry>& rows, const QDate& day);
    QList<ReportSession> exceptions() const;
    QList<ReportSession> reRegistrations() const;
    QJsonObject toJson() const;
};

// The signed-in officer's day so far: the waiting screen's count.
struct OfficerDay {
    int completed = 0;
    int referred = 0;
    int cancelled = 0;
};

// Counts the sessions of the officer who signed in last among `rows` (today's, in order).
OfficerDay currentOfficerDay(const QList<AuditEntry>& rows);

// The sessions in `rows`, in order, each attributed to the officer signed in at the time.
QList<ReportSession> reportSessions(const QList<AuditEntry>& rows);

}  // namespace thaid::app
