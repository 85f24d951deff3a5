#include "metrics/kiosk_metrics.h"

namespace thaid::app {

namespace {

const std::vector<double> kLatencyBuckets{0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

QByteArray label(const char* name, const QString& value) {
    return QByteArray(name) + "=\"" + value.toUtf8() + '"';
}

}  // namespace

KioskMetrics::KioskMetrics(KioskWorkflow& workflow, CardPort& card, AuditTrail& trail,
                           QObject* parent)
    : QObject(parent), m_audit(trail) {
    connect(&workflow, &KioskWorkflow::sessionEnded, this, &KioskMetrics::onSessionEnded);
    connect(&card, &CardPort::cardInserted, this, [this] { m_cardClock.start(); });
    connect(&card, &CardPort::recordRead, this, [this] {
        if (m_cardClock.isValid())
            m_cardRead.observe(static_cast<double>(m_cardClock.elapsed()) / 1000.0);
        m_cardClock.invalidate();
    });
    connect(&workflow, &KioskWorkflow::fingerJudged, this,
            [this](bool matched) { ++(matched ? m_fingerMatched : m_fingerNotMatched); });
}

void KioskMetrics::observe(RegistryClient& client) {
    connect(&client, &RegistryClient::exchanged, this,
            [this](const QString& call, qint64 ms, bool ok) {
                if (call == QLatin1String("session-poll"))
                    return;  // a long poll waits for the phone on purpose
                m_registry.try_emplace(call, kLatencyBuckets)
                    .first->second.observe(static_cast<double>(ms) / 1000.0);
                if (!ok)
                    ++m_registryFailures[call];
            });
}

void KioskMetrics::onSessionEnded(const SessionOutcome& outcome) {
    if (outcome.kind == SessionOutcome::Kind::Completed) {
        ++m_completed;
        return;
    }
    ++m_failed[outcome.reasonId()];  // card_removed, conflict, not_scanned, …
}

QByteArray KioskMetrics::render() const {
    QByteArray out;
    out +=
        "# HELP thaid_registrations_completed_total Registrations that reached COMPLETED.\n"
        "# TYPE thaid_registrations_completed_total counter\n"
        "thaid_registrations_completed_total " +
        QByteArray::number(m_completed) + '\n';
    out +=
        "# HELP thaid_registrations_failed_total Registrations that ended otherwise, by "
        "reason.\n"
        "# TYPE thaid_registrations_failed_total counter\n";
    for (const auto& [reason, n] : m_failed)
        out += "thaid_registrations_failed_total{" + label("reason", reason) + "} " +
               QByteArray::number(n) + '\n';
    out +=
        "# HELP thaid_card_read_seconds Card inserted to record read (text and photo).\n"
        "# TYPE thaid_card_read_seconds histogram\n" +
        m_cardRead.render("thaid_card_read_seconds");
    out +=
        "# HELP thaid_fingerprint_attempts_total Fingerprint attempts, by result.\n"
        "# TYPE thaid_fingerprint_attempts_total counter\n"
        "thaid_fingerprint_attempts_total{result=\"match\"} " +
        QByteArray::number(m_fingerMatched) +
        "\nthaid_fingerprint_attempts_total{result=\"no_match\"} " +
        QByteArray::number(m_fingerNotMatched) + '\n';
    out +=
        "# HELP thaid_registry_request_seconds Registry exchanges, by call (long polls "
        "excluded).\n"
        "# TYPE thaid_registry_request_seconds histogram\n";
    for (const auto& [call, h] : m_registry)
        out += h.render("thaid_registry_request_seconds", label("call", call));
    out +=
        "# HELP thaid_registry_request_failures_total Registry exchanges that failed, by call.\n"
        "# TYPE thaid_registry_request_failures_total counter\n";
    for (const auto& [call, n] : m_registryFailures)
        out += "thaid_registry_request_failures_total{" + label("call", call) + "} " +
               QByteArray::number(n) + '\n';
    const AuditBacklog backlog{m_audit.pendingCount(), m_audit.oldestPendingAt()};
    const qint64 age = backlog.oldestPendingAt
                           ? backlog.oldestPendingAt->secsTo(QDateTime::currentDateTimeUtc())
                           : 0;
    out +=
        "# HELP thaid_audit_backlog_rows Audit rows not yet acknowledged by the registry.\n"
        "# TYPE thaid_audit_backlog_rows gauge\n"
        "thaid_audit_backlog_rows " +
        QByteArray::number(backlog.pending) +
        "\n# HELP thaid_audit_oldest_unsent_seconds Age of the oldest unsent audit row.\n"
        "# TYPE thaid_audit_oldest_unsent_seconds gauge\n"
        "thaid_audit_oldest_unsent_seconds " +
        QByteArray::number(age) + '\n';
    return out;
}

}  // namespace thaid::app
