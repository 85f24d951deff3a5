#include "doctor/registry_checks.h"

#include "registry/registry_client.h"
#include "registry/registry_error.h"

#include <QEventLoop>

namespace thaid::app {

QList<DoctorCheck> RegistryChecks::run(const KioskConfig& config) {
    const QString registry = QStringLiteral("registry");
    const QString clock = QStringLiteral("clock");
    const DoctorCheck clockNotChecked =
        DoctorCheck::warn(clock, tr("The clock was not compared with the registry's."),
                          tr("It is compared once the registry answers."));
    auto endpoint = RegistryEndpoint::fromFiles(config.registryUrl, config.registryCa,
                                                config.stationCertificate, config.stationKey,
                                                config.registryQrKeys);
    if (!endpoint)
        return {DoctorCheck::fail(registry, tr("The registry settings cannot be used."),
                                  tr("See the configuration and certificate checks."),
                                  {endpoint.error()}),
                clockNotChecked};
    endpoint.value().timeoutMs = config.registryTimeoutMs;
    RegistryClient client(std::move(endpoint).value());
    QEventLoop loop;
    std::optional<Result<RegistryStatus, RegistryError>> answer;
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    client.status(&loop, [&](const Result<RegistryStatus, RegistryError>& r) {
        answer = r;
        loop.quit();
    });
    loop.exec();
    const QDateTime received = QDateTime::currentDateTimeUtc();
    const QString url = config.registryUrl.toString();
    if (!answer->ok())
        return {DoctorCheck::fail(registry, tr("The registry at %1 cannot be used.").arg(url),
                                  RegistryErrorText::forError(answer->error()),
                                  {registryErrorKindId(answer->error().kind) +
                                   QStringLiteral(": ") + answer->error().detail}),
                clockNotChecked};
    const RegistryStatus& status = answer->value();
    QList<DoctorCheck> out{DoctorCheck::ok(
        registry,
        tr("The registry at %1 answers over mutual TLS in %2 ms and knows this kiosk as station "
           "%3.")
            .arg(url)
            .arg(sent.msecsTo(received))
            .arg(status.stationId))};
    // The registry read its clock somewhere between sending and receiving: compare with the
    // middle, and allow for half the round trip.
    const QDateTime middle = sent.addMSecs(sent.msecsTo(received) / 2);
    const qint64 skewS = std::abs(middle.msecsTo(status.time)) / 1000;
    const QString summary =
        (middle < status.time ? tr("This kiosk's clock is %1 s behind the registry's.")
                              : tr("This kiosk's clock is %1 s ahead of the registry's."))
            .arg(skewS);
    if (skewS > kMaxClockSkewS)
        return out << DoctorCheck::fail(
                   clock, summary,
                   tr("Set the clock from the network: timedatectl set-ntp true (or the office's "
                      "time server). QR codes and certificates depend on it."));
    return out << DoctorCheck::ok(clock, summary);
}

}  // namespace thaid::app
