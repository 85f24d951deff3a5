#include "doctor/registry_checks.h"

#include "registry_api/registry_error.h"
#include "registry_client/registry_client.h"

#include <QEventLoop>

namespace thaid::app {

DoctorCheck RegistryChecks::clockNotChecked() {
    return DoctorCheck::warn(QStringLiteral("clock"),
                             tr("The clock was not compared with the registry's."),
                             tr("It is compared once the registry answers."));
}

QList<DoctorCheck> RegistryChecks::run(const KioskConfig& config, const StationKey* key) {
    if (!key)
        return {DoctorCheck::fail(QStringLiteral("registry"),
                                  tr("The registry was not asked: the station key could not be "
                                     "loaded."),
                                  tr("See the station key check.")),
                clockNotChecked()};
    auto endpoint = RegistryEndpoint::fromFiles(config.registryUrl, config.registryCa,
                                                config.stationCertificate, key->sslKey(),
                                                config.registryQrKeys);
    if (!endpoint)
        return {DoctorCheck::fail(
                    QStringLiteral("registry"), tr("The registry settings cannot be used."),
                    tr("See the configuration and certificate checks."), {endpoint.error()}),
                clockNotChecked()};
    endpoint.value().timeoutMs = config.registryTimeoutMs;
    RegistryClient client(std::move(endpoint).value());
    QEventLoop loop;
    QList<DoctorCheck> out;
    run(client, &loop, [&](QList<DoctorCheck> checks) {
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

void RegistryChecks::run(RegistryClient& client, QObject* context,
                         std::function<void(QList<DoctorCheck>)> done) {
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    const QString url = client.endpoint().url.toString();
    client.status(context, [sent, url, done = std::move(done)](
                               const Result<RegistryStatus, RegistryError>& answer) {
        const QDateTime received = QDateTime::currentDateTimeUtc();
        const QString registry = QStringLiteral("registry");
        if (!answer) {
            done({DoctorCheck::fail(registry, tr("The registry at %1 cannot be used.").arg(url),
                                    RegistryErrorText::forError(answer.error()),
                                    {registryErrorKindId(answer.error().kind) +
                                     QStringLiteral(": ") + answer.error().detail}),
                  clockNotChecked()});
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
        done(out);
    });
}

}  // namespace thaid::app
