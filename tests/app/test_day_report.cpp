// The day's report and the officer's count, from audit rows as the kiosk writes them.
#include "report/day_report.h"
#include "report/report_html.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace thaid::app;

namespace {

// Rows of one day, each `minutes` after 09:00 local time; people as fake HMACs.
class Rows {
public:
    explicit Rows(QDate day) : m_start(day, QTime(9, 0)) {}
    Rows& at(int minutes, const char* kind, const QString& who = {}, const QString& detail = {}) {
        AuditEntry e;
        e.seq = ++m_seq;
        e.at = m_start.addSecs(minutes * 60).toUTC().toString(Qt::ISODateWithMs);
        e.kind = QLatin1String(kind);
        e.citizenHmac = who;
        e.detail = detail;
        m_rows.append(e);
        return *this;
    }
    const QList<AuditEntry>& rows() const { return m_rows; }

private:
    QDateTime m_start;
    qint64 m_seq = 0;
    QList<AuditEntry> m_rows;
};

const QString kKanya = QStringLiteral("officer-kanya");
const QString kThanaphon = QStringLiteral("officer-thanaphon");

}  // namespace

TEST(DayReport, CountsEachCitizenOnceByOutcomeAndReason) {
    const QDate day(2026, 12, 7);
    Rows r(day);
    r.at(0, "officer_signed_in", kKanya)
        // Completed in 2 minutes, with the left finger.
        .at(1, "card_read", QStringLiteral("c1"), QStringLiteral("read_ms=30000"))
        .at(2, "fingerprint_verified", QStringLiteral("c1"),
            QStringLiteral("attempts=1 finger=left-index"))
        .at(3, "registration_completed", QStringLiteral("c1"))
        // An expired card: referred, even though the officer then pressed Esc.
        .at(10, "card_read", QStringLiteral("c2"))
        .at(10, "card_blocked", QStringLiteral("c2"), QStringLiteral("expired"))
        .at(11, "session_ended", QStringLiteral("c2"),
            QStringLiteral("cancelled:officer_cancelled"))
        // A new phone, completed in 4 minutes.
        .at(20, "card_read", QStringLiteral("c3"))
        .at(21, "replacement_confirmed", QStringLiteral("c3"), QStringLiteral("binding=abcd"))
        .at(24, "registration_completed", QStringLiteral("c3"))
        .at(30, "officer_sign_out", kKanya)
        .at(31, "officer_signed_in", kThanaphon)
        // Both fingers failed: a supervisor's exception, completed an hour later.
        .at(90, "card_read", QStringLiteral("c4"))
        .at(92, "supervisor_exception", QStringLiteral("c4"),
            QStringLiteral("reason=worn_fingers supervisor=sup1"))
        .at(96, "registration_completed", QStringLiteral("c4"))
        // The card taken out during the QR.
        .at(100, "card_read", QStringLiteral("c5"))
        .at(101, "session_ended", QStringLiteral("c5"), QStringLiteral("cancelled:card_removed"));
    // Another day's citizen does not count.
    Rows other(day.addDays(-1));
    other.at(0, "card_read", QStringLiteral("c0"))
        .at(1, "registration_completed", QStringLiteral("c0"));

    const DayReport report = DayReport::fromRows(other.rows() + r.rows(), day);
    EXPECT_EQ(report.sessions.size(), 5);
    EXPECT_EQ(report.byOutcome.value(QStringLiteral("completed")), 3);
    EXPECT_EQ(report.byOutcome.value(QStringLiteral("referred")), 1);
    EXPECT_EQ(report.byOutcome.value(QStringLiteral("cancelled")), 1);
    EXPECT_EQ(report.byReason.value(QStringLiteral("referred: card_blocked:expired")), 1);
    EXPECT_EQ(report.byReason.value(QStringLiteral("cancelled: card_removed")), 1);
    // Card in to completion: 2, 4 and 6 minutes (the first card took 30 s to read).
    EXPECT_EQ(report.sessions.first().durationMs(), 150 * 1000);
    EXPECT_EQ(report.p50Ms, 4 * 60 * 1000);
    EXPECT_EQ(report.p90Ms, 6 * 60 * 1000);
    EXPECT_EQ(report.completedPerHour[9], 2);
    EXPECT_EQ(report.completedPerHour[10], 1);
    ASSERT_EQ(report.exceptions().size(), 1);
    EXPECT_EQ(report.exceptions().first().exception, QStringLiteral("worn_fingers"));
    EXPECT_EQ(report.exceptions().first().supervisorHmac, QStringLiteral("sup1"));
    EXPECT_EQ(report.exceptions().first().officerHmac, kThanaphon);
    ASSERT_EQ(report.reRegistrations().size(), 1);
    EXPECT_EQ(report.reRegistrations().first().citizenHmac, QStringLiteral("c3"));
    EXPECT_EQ(report.sessions.first().finger, QStringLiteral("left-index"));

    const QJsonObject json = report.toJson();
    EXPECT_EQ(json.value(QStringLiteral("sessions")).toInt(), 5);
    EXPECT_EQ(json.value(QStringLiteral("re_registrations")).toArray().size(), 1);

    const QString html = ReportHtml::render(report, 10501);
    EXPECT_TRUE(html.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(html.contains(QStringLiteral("worn_fingers")));
    EXPECT_TRUE(html.contains(QStringLiteral("10501")));
}

TEST(DayReport, TheWaitingScreenCountsTheSignedInOfficersCitizens) {
    Rows r(QDate::currentDate());
    r.at(0, "officer_signed_in", kKanya)
        .at(1, "card_read", QStringLiteral("c1"))
        .at(2, "registration_completed", QStringLiteral("c1"))
        .at(3, "officer_signed_in", kThanaphon)
        .at(4, "card_read", QStringLiteral("c2"))
        .at(5, "fingerprint_no_match", QStringLiteral("c2"), QStringLiteral("attempts=3"))
        .at(6, "session_ended", QStringLiteral("c2"), QStringLiteral("cancelled:card_removed"))
        .at(7, "officer_signed_in", kKanya)
        .at(8, "card_read", QStringLiteral("c3"))
        .at(9, "session_ended", QStringLiteral("c3"), QStringLiteral("expired:not_scanned"))
        // A card whose session is still open counts nowhere yet.
        .at(10, "card_read", QStringLiteral("c4"));
    const OfficerDay kanya = currentOfficerDay(r.rows());
    EXPECT_EQ(kanya.completed, 1);
    EXPECT_EQ(kanya.referred, 0);
    EXPECT_EQ(kanya.cancelled, 1);
    EXPECT_EQ(currentOfficerDay({}).completed, 0);
}
