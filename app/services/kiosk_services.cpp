#include "services/kiosk_services.h"

#include "adapters/libfprint_finger_port.h"
#include "adapters/network_registry_port.h"
#include "adapters/reader_card_port.h"
#include "adapters/thaid_check_client.h"
#include "smartcard/pcsc/pcsc_card_connector.h"

#include <QDir>
#include <QFile>

#include <openssl/rand.h>

namespace thaid::app {

Result<QByteArray, QString> loadOrCreateSecret(const QString& path) {
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: %2").arg(path, f.errorString());
        const QByteArray secret = f.readAll();
        if (secret.size() < 32)
            return QStringLiteral("%1 is too short to be a secret").arg(path);
        return secret;
    }
    QByteArray secret(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(secret.data()), 32) != 1)
        return QStringLiteral("no randomness for %1").arg(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QStringLiteral("%1: %2").arg(path, f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(secret) != secret.size() || !f.flush())
        return QStringLiteral("%1: %2").arg(path, f.errorString());
    return secret;
}

KioskServices::~KioskServices() {
    m_metricsServer.reset();
    m_metrics.reset();
    m_diagnostics.reset();
    m_uploader.reset();
    m_workflow.reset();  // before the ports it refers to
}

Result<std::unique_ptr<KioskServices>, QString> KioskServices::create(const KioskConfig& c) {
    std::unique_ptr<KioskServices> s(new KioskServices);
    QDir().mkpath(c.stateDir);
    auto key = StationKey::load(c.stationKeyLocation());
    if (!key)
        return QStringLiteral("the station key (%1): %2")
            .arg(c.stationKeyLocation().describe(), key.error());
    auto secret = loadOrCreateSecret(c.citizenSecretFile());
    if (!secret)
        return secret.error();
    auto trail = AuditTrail::open(c.auditDatabase(), StationSigner::fromKey(key.value()),
                                  std::move(secret).value());
    if (!trail)
        return QStringLiteral("%1: %2").arg(c.auditDatabase(), trail.error());
    s->m_audit = std::move(trail).value();
    auto officers = OfficerStore::open(c.officersDatabase(), c.printKeyFile(), true);
    if (!officers)
        return officers.error();
    s->m_officers = std::move(officers).value();
    auto endpoint = RegistryEndpoint::fromFiles(c.registryUrl, c.registryCa, c.stationCertificate,
                                                key.value().sslKey(), c.registryQrKeys);
    if (!endpoint)
        return endpoint.error();
    endpoint.value().timeoutMs = c.registryTimeoutMs;
    if (endpoint.value().stationId != c.stationId)
        return QStringLiteral("station/id is %1 but the station certificate is for station %2")
            .arg(c.stationId)
            .arg(endpoint.value().stationId);
    s->m_auditClient = std::make_unique<RegistryClient>(endpoint.value());
    s->m_uploader =
        std::make_unique<AuditUploader>(*s->m_audit, *s->m_auditClient, c.auditUploadSeconds);
    auto network = std::make_unique<NetworkRegistryPort>(std::move(endpoint).value());
    RegistryClient& workflowClient = network->client();
    s->m_registry = std::move(network);
    // The card-reader backend is chosen here; PC/SC is the one the product ships.
    s->m_card = std::make_unique<ReaderCardPort>(card::pcsc::makePcscBackend(), c.preferredReader);
    s->m_scanner = std::make_unique<fingerprint::LibfprintScanner>();
    s->m_finger = std::make_unique<LibfprintFingerPort>(*s->m_scanner, c.preferredScanner);
    WorkflowSettings settings;
    settings.idleLockSeconds = c.idleLockSeconds;
    settings.fingerprintSeconds = c.fingerprintSeconds;
    settings.maxFingerAttempts = c.fingerAttempts;
    settings.qrSeconds = c.qrSeconds;
    settings.oldPhotoYears = c.oldPhotoYears;
    s->m_workflow = std::make_unique<KioskWorkflow>(*s->m_card, *s->m_finger, *s->m_registry,
                                                    *s->m_officers, *s->m_audit, settings);
    ThaidCheckSettings check;
    if (!c.thaidCheckClientId.isEmpty()) {
        QFile secretFile(c.thaidCheckSecretFile);
        if (!secretFile.open(QIODevice::ReadOnly))
            return QStringLiteral("thaid_check/secret_file: %1").arg(secretFile.errorString());
        check.issuer = c.thaidCheckIssuer;
        check.caCertificates = QSslCertificate::fromPath(c.registryCa);
        check.clientId = c.thaidCheckClientId;
        check.clientSecret = secretFile.readAll().trimmed();
        check.timeoutMs = c.registryTimeoutMs;
        if (check.clientSecret.isEmpty())
            return QStringLiteral("thaid_check/secret_file: %1 is empty")
                .arg(secretFile.fileName());
    }
    s->m_thaidCheck = std::make_unique<ThaidCheckClient>(std::move(check));
    s->m_workflow->attachThaidCheck(*s->m_thaidCheck);
    // Right after a registration ends its rows go up, not only at the next interval.
    QObject::connect(s->m_workflow.get(), &KioskWorkflow::sessionEnded, s->m_uploader.get(),
                     &AuditUploader::uploadNow);
    s->m_diagnostics =
        std::make_unique<KioskDiagnostics>(c, key.value(), *s->m_finger, workflowClient);
    if (!c.metricsListen.isEmpty()) {
        s->m_metrics = std::make_unique<KioskMetrics>(*s->m_workflow, *s->m_card, *s->m_audit);
        s->m_metrics->observe(*s->m_auditClient);
        s->m_metrics->observe(workflowClient);
        s->m_metricsServer = std::make_unique<MetricsServer>(
            [metrics = s->m_metrics.get()] { return metrics->render(); });
        if (!s->m_metricsServer->listen(c.metricsListen))
            return QStringLiteral("metrics/listen: cannot listen on %1").arg(c.metricsListen);
    }
    return s;
}

}  // namespace thaid::app
