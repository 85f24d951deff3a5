// The kiosk's metrics: what the workflow does becomes counters and timings, served as
// Prometheus text on loopback, with nothing about a citizen in them.
#include "metrics/kiosk_metrics.h"
#include "metrics/metrics_server.h"
#include "workflow_fixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

class Metrics : public Workflow {
public:
    std::unique_ptr<KioskMetrics> metrics;
    void SetUp() override {
        Workflow::SetUp();
        metrics = std::make_unique<KioskMetrics>(*flow, card, *trail);
    }
    QString text() const { return QString::fromUtf8(metrics->render()); }
};

}  // namespace

TEST_F(Metrics, CountRegistrationsByOutcomeAndFingerAttempts) {
    ASSERT_NO_FATAL_FAILURE(toPhone());  // the finger matched on the second attempt
    registry.move(BindingState::Completed, 4);
    card.remove();
    card.insert(sampleRecord());
    flow->cancel();  // Esc
    card.remove();
    card.insert(sampleRecord());
    card.remove();  // card taken away during review
    const QString t = text();
    EXPECT_TRUE(t.contains(QLatin1String("\nthaid_registrations_completed_total 1\n")))
        << qPrintable(t);
    EXPECT_TRUE(t.contains(
        QLatin1String("thaid_registrations_failed_total{reason=\"officer_cancelled\"} 1\n")));
    EXPECT_TRUE(
        t.contains(QLatin1String("thaid_registrations_failed_total{reason=\"card_removed\"} 1\n")));
    EXPECT_TRUE(t.contains(QLatin1String("thaid_fingerprint_attempts_total{result=\"match\"} 2\n")))
        << "the officer's sign-in and the citizen's match";
    EXPECT_TRUE(
        t.contains(QLatin1String("thaid_fingerprint_attempts_total{result=\"no_match\"} 1\n")));
    EXPECT_TRUE(t.contains(QLatin1String("thaid_card_read_seconds_count 4\n")));
    EXPECT_TRUE(t.contains(QLatin1String("thaid_audit_backlog_rows ")));
    EXPECT_FALSE(t.contains(sampleRecord().identity.citizenId));
}

TEST_F(Metrics, AreServedOnLoopbackAndNothingElseIs) {
    MetricsServer server([this] { return metrics->render(); });
    ASSERT_TRUE(server.listen(QStringLiteral("127.0.0.1:0")));
    QNetworkAccessManager nam;
    const auto get = [&](const QString& path) {
        QNetworkReply* reply = nam.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        EXPECT_TRUE(done.wait(5000));
        reply->deleteLater();
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              reply->readAll());
    };
    const auto [status, body] = get(QStringLiteral("/metrics"));
    EXPECT_EQ(status, 200);
    EXPECT_TRUE(body.contains("# TYPE thaid_registrations_completed_total counter"));
    EXPECT_EQ(get(QStringLiteral("/")).first, 404);
    EXPECT_EQ(get(QStringLiteral("/metrics/../etc")).first, 404);
}
