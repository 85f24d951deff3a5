#include "doctor/registry_checks.h"

#include "audit/audit_trail.h"
#include "registry_api/registry_error.h"
#include "registry_client/registry_client.h"

#include <QEventLoop>
#include <QFileInfo>

namespace thaid::app {

DoctorCheck RegistryChecks::clockNotChecked() {
    return DoctorCheck::warn(QStringLiteral("clock"),
                             tr("The clock was not compared with the registry's."),
                             tr("It is compared once the registry answers."));
}

DoctorCheck RegistryChecks::trailNotChecked(const QString& why) {
    return DoctorCheck::warn(QStringLiteral("audit_trail"),
                             tr("The audit trail was not compared with the registry's copy."), why);
}

DoctorCheck RegistryChecks::trailAgainstRegistry(qint64 trailEnd, qint64 acknowledged) {
    const QString id = QStringLiteral("audit_trail");
    // Rows cut from the end take their checkpoints with them, so the trail alone cannot tell;
    // the registry's copy can.
    if (acknowledged > trailEnd)
        return DoctorCheck::fail(
            id,
            tr("The registry holds audit rows up to %1 from this station, but the trail here "
               "ends at row %2: rows were cut from its end.")
                .arg(acknowledged)
                .arg(trailEnd),
            tr("Do not register citizens at this kiosk. Leave the machine as it is and call the "
               "office's IT security: the registry keeps its copy of every row it acknowledged."));
    return DoctorCheck::ok(id, tr("The trail here reaches row %1; the registry has acknowledged "
                                  "up to row %2.")
                                   .arg(trailEnd)
                                   .arg(acknowledged));
}

QList<DoctorCheck> RegistryChecks::run(const KioskConfig& config, const StationKey* key) {
    if (!key)
        return {DoctorCheck::fail(QStringLiteral("registry"),
                                  tr("The registry was not asked: the station key could not be "
                                     "loaded."),
                                  tr("See the station key check.")),
                clockNotChecked(), trailNotChecked(tr("See the registry check."))};
    auto endpoint = RegistryEndpoint::fromFiles(config.registryUrl, config.registryCa,
                                                config.stationCertificate, key->sslKey(),
                                                config.registryQrKeys);
    if (!endpoint)
        return {DoctorCheck::fail(
                    QStringLiteral("registry"), tr("The registry settings cannot be used."),
                    tr("See the configuration and certificate checks."), {endpoint.error()}),
                clockNotChecked(), trailNotChecked(tr("See the registry check."))};
    endpoint.value().timeoutMs = config.registryTimeoutMs;
    RegistryClient client(std::move(endpoint).value());
    QEventLoop loop;
    QList<DoctorCheck> out;
    run(client, config.auditDatabase(), &loop, [&](QList<DoctorCheck> checks) {
        out = std::move(checks);
        loop.quit();
    });
    loop.exec();
    return out;
}

DoctorCheck RegistryChecks::clockFrom(const QDateTime& sent, const QDateTime& received,
                                      const QDateTime& registryTime) {
    // The registry read its clock somewhere between sending and receiving: compare with the
    // middle.
    const QDateTime middle = sent.addMSecs(sent.msecsTo(received) / 2);
    const qint64 skewS = std::abs(middle.msecsTo(registryTime)) / 1000;
    const QString summary =
        (middle < registryTime ? tr("This kiosk's clock is %1 s behind the registry's.")
                               : tr("This kiosk's clock is %1 s ahead of the registry's."))
            .arg(skewS);
    if (skewS > kMaxClockSkewS)
        return DoctorCheck::fail(QStringLiteral("clock"), summary,
                                 tr("Set the clock from the network: timedatectl set-ntp true "
                                    "(or the office's time server). QR codes and "
                                    "certificates depend on it."));
    return DoctorCheck::ok(QStringLiteral("clock"), summary);
}

void RegistryChecks::run(RegistryClient& client, const QString& auditDatabase, QObject* context,
                         std::function<void(QList<DoctorCheck>)> done) {
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    const QString url = client.endpoint().url.toString();
    client.status(context, [sent, url, auditDatabase, done = std::move(done)](
                               const Result<RegistryStatus, RegistryError>& answer) {
        const QDateTime received = QDateTime::currentDateTimeUtc();
        const QString registry = QStringLiteral("registry");
        if (!answer) {
            done({DoctorCheck::fail(registry, tr("The registry at %1 cannot be used.").arg(url),
                                    RegistryErrorText::forError(answer.error()),
                                    {registryErrorKindId(answer.error().kind) +
                                     QStringLiteral(": ") + answer.error().detail}),
                  clockNotChecked(), trailNotChecked(tr("See the registry check."))});
            return;
        }
        const RegistryStatus& status = answer.value();
        QList<DoctorCheck> out{DoctorCheck::ok(
            registry, tr("The registry at %1 answers over mutual TLS in %2 ms and knows this "
                         "kiosk as station %3.")
                          .arg(url)
                          .arg(sent.msecsTo(received))
                          .arg(status.stationId))};
        out << clockFrom(sent, received, status.time);
        if (!QFileInfo::exists(auditDatabase)) {
            // A kiosk that never ran has no trail; a registry that holds rows from it says the
            // trail is gone.
            out << trailAgainstRegistry(0, status.auditAcknowledgedSeq.value_or(0));
        } else if (const auto trail = AuditTrail::backlog(auditDatabase); !trail) {
            out << trailNotChecked(tr("See the audit check."));
        } else if (!status.auditAcknowledgedSeq) {
            out << trailNotChecked(tr("This registry does not say what it acknowledged."));
        } else {
            out << trailAgainstRegistry(trail.value().lastSeq, *status.auditAcknowledgedSeq);
        }
        done(out);
    });
}

}  // namespace thaid::app
