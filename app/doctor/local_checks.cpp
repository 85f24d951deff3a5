#include "doctor/local_checks.h"

#include "adapters/scanner_run.h"
#include "audit/audit_trail.h"
#include "fingerprint/libfprint_scanner.h"
#include "smartcard/counting_transport.h"
#include "smartcard/pcsc/pcsc_card_access.h"
#include "smartcard/thai_id_reader.h"
#include "text/card_error_text.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/statvfs.h>

namespace thaid::app {

namespace {

QString atrText(const QByteArray& atr) {
    return QString::fromLatin1(atr.toHex(' ').toUpper());
}

}  // namespace

DoctorCheck LocalChecks::configuration(const QString& path,
                                       const Result<KioskConfig, QStringList>& config) {
    const QString id = QStringLiteral("config");
    if (!QFileInfo::exists(path))
        return DoctorCheck::fail(
            id, tr("There is no configuration at %1.").arg(path),
            tr("Reinstall thaid-kiosk to get the default /etc/thaid-kiosk/kiosk.conf, or give the "
               "right file with --config."));
    if (!config) {
        const bool filesOnly =
            std::all_of(config.error().cbegin(), config.error().cend(), [](const QString& p) {
                return p.startsWith(QLatin1String("registry/")) &&
                       p.contains(QLatin1String(": cannot read"));
            });
        return DoctorCheck::fail(
            id,
            tr("The configuration %1 has %n problem(s).", nullptr,
               static_cast<int>(config.error().size()))
                .arg(path),
            filesOnly ? tr("The registry's certificate, CA or keys are not installed yet: "
                           "provision this station (thaid-kioskctl provision request, then "
                           "provision install).")
                      : tr("Edit %1 and correct each key listed, then run doctor again. The "
                           "kiosk does not start until they are fixed; a fresh kiosk also needs "
                           "provisioning (thaid-kioskctl provision).")
                            .arg(path),
            config.error());
    }
    return DoctorCheck::ok(id, tr("The configuration %1 is valid.").arg(path));
}

DoctorCheck LocalChecks::readers(const QString& preferredReader, QString* cardReader) {
    const QString pcscd = QStringLiteral("pcscd");
    auto context = card::pcsc::PcscContext::establish();
    if (!context)
        return DoctorCheck::fail(
            pcscd, tr("The smart card service (pcscd) does not answer."),
            tr("Start it: systemctl start pcscd.socket pcscd (package pcscd). If it keeps "
               "stopping, read journalctl -u pcscd."));
    auto found = context.value().snapshot();
    if (!found)
        return DoctorCheck::fail(
            pcscd, tr("The smart card service answers but fails to list readers."),
            tr("Restart it: systemctl restart pcscd."), {found.error().detail});
    if (found.value().isEmpty())
        return DoctorCheck::fail(pcscd, tr("The smart card service runs but sees no card reader."),
                                 tr("Connect the card reader (USB), or try another port. CCID "
                                    "readers need the libccid package."));
    QStringList details;
    bool preferredSeen = preferredReader.isEmpty();
    for (const card::pcsc::ReaderSnapshot& r : found.value()) {
        details << (r.cardPresent ? tr("%1: card present, ATR %2").arg(r.name, atrText(r.atr))
                                  : tr("%1: no card").arg(r.name));
        const bool wanted = preferredReader.isEmpty() || r.name.contains(preferredReader);
        preferredSeen = preferredSeen || wanted;
        if (wanted && r.cardPresent && cardReader && cardReader->isEmpty())
            *cardReader = r.name;
    }
    if (!preferredSeen)
        return DoctorCheck::fail(
            pcscd, tr("The configured reader \"%1\" is not connected.").arg(preferredReader),
            tr("Connect it, or change devices/reader in the configuration (empty: any reader)."),
            details);
    return DoctorCheck::ok(pcscd,
                           tr("The smart card service answers; %n reader(s).", nullptr,
                              static_cast<int>(found.value().size())),
                           details);
}

QList<DoctorCheck> LocalChecks::cardService(const QString& preferredReader) {
    const QString cardId = QStringLiteral("card");
    QString reader;
    QList<DoctorCheck> out{readers(preferredReader, &reader)};
    if (out.first().status == CheckStatus::Fail)
        return out << DoctorCheck::warn(cardId, tr("Reading a card was not tried."),
                                        tr("Fix the card service first."));
    if (reader.isEmpty())
        return out << DoctorCheck::warn(cardId,
                                        tr("No card in the reader, so reading was not tried."),
                                        tr("Insert any Thai ID card (an officer's will do) and "
                                           "run doctor again to check that the reader reads."));
    // A whole read, photo included, as the kiosk does it; only timing and counts are reported.
    card::pcsc::PcscCardAccess access;
    auto connection = access.connect(reader);
    QElapsedTimer clock;
    clock.start();
    if (!connection)
        return out << DoctorCheck::fail(cardId, tr("The card in %1 could not be read.").arg(reader),
                                        CardErrorText::forError(connection.error().code),
                                        {connection.error().detail});
    card::CountingTransport counter(*connection.value());
    auto record = card::ThaiIdReader(counter).read();
    const int exchanges = counter.exchangeCount();
    if (!record)
        return out << DoctorCheck::fail(cardId, tr("The card in %1 could not be read.").arg(reader),
                                        CardErrorText::forError(record.error().code),
                                        {record.error().detail});
    record.value().wipe();
    return out << DoctorCheck::ok(cardId, tr("A Thai ID card was read in %1 ms (%n card "
                                             "exchange(s)).",
                                             nullptr, exchanges)
                                              .arg(clock.elapsed()));
}

DoctorCheck LocalChecks::scanners(const QString& preferredScanner, int waitMs) {
    fingerprint::LibfprintScanner scanner;
    cli::waitForScanners(scanner, waitMs);
    return scannersFrom(scanner.scanners(), preferredScanner);
}

DoctorCheck LocalChecks::scannersFrom(const QList<fingerprint::ScannerInfo>& found,
                                      const QString& preferredScanner) {
    const QString id = QStringLiteral("scanners");
    QStringList details;
    bool citizens = false;
    bool preferredSeen = preferredScanner.isEmpty();
    for (const fingerprint::ScannerInfo& s : found) {
        details
            << (s.canVerifyExternalPrints
                    ? tr("%1 (%2): verifies citizens and signs officers in").arg(s.name, s.driver)
                    : tr("%1 (%2): signs officers in only (match-on-chip; cannot verify "
                         "citizens against the registry's print)")
                          .arg(s.name, s.driver));
        const bool wanted = preferredScanner.isEmpty() || s.id == preferredScanner ||
                            s.driver == preferredScanner || s.name.contains(preferredScanner);
        preferredSeen = preferredSeen || wanted;
        citizens = citizens || (wanted && s.canVerifyExternalPrints);
    }
    if (details.isEmpty())
        return DoctorCheck::fail(
            id, tr("No fingerprint scanner was found."),
            tr("Connect a scanner libfprint supports (see lsusb). Unplug and plug it in again if "
               "thaid-kiosk was installed after it was connected."));
    if (!preferredSeen)
        return DoctorCheck::fail(
            id, tr("The configured scanner \"%1\" is not connected.").arg(preferredScanner),
            tr("Connect it, or change devices/scanner in the configuration (empty: the first "
               "that can verify citizens)."),
            details);
    if (!citizens)
        return DoctorCheck::fail(
            id, tr("No connected scanner can verify citizens."),
            tr("Citizens are checked against the registry's print, which needs an image scanner; "
               "a match-on-chip sensor only signs officers in. Connect an image scanner."),
            details);
    return DoctorCheck::ok(
        id, tr("%n fingerprint scanner(s) found.", nullptr, static_cast<int>(details.size())),
        details);
}

DoctorCheck LocalChecks::disk(const KioskConfig& config) {
    const QString id = QStringLiteral("disk");
    // statvfs on the folder itself: right in a chroot too, where the mount table is not.
    const QString where =
        QFileInfo::exists(config.stateDir) ? config.stateDir : QStringLiteral("/");
    struct statvfs fs {};
    if (statvfs(QFile::encodeName(where).constData(), &fs) != 0)
        return DoctorCheck::warn(id, tr("The free space of %1 cannot be read.").arg(where),
                                 tr("Check that the folder exists."));
    const qint64 freeMb =
        static_cast<qint64>(fs.f_bavail) * static_cast<qint64>(fs.f_frsize) / (1024 * 1024);
    const QString summary = tr("%1 MB free for %2.").arg(freeMb).arg(config.stateDir);
    const QString remedy = tr("Free space on %1 (old logs: journalctl --vacuum-size=200M). The "
                              "audit trail needs room to record every registration.")
                               .arg(where);
    if (freeMb < 100)
        return DoctorCheck::fail(id, summary, remedy);
    if (freeMb < 1024)
        return DoctorCheck::warn(id, summary, remedy);
    return DoctorCheck::ok(id, summary);
}

DoctorCheck LocalChecks::auditQueue(const KioskConfig& config, const QDateTime& now) {
    const QString id = QStringLiteral("audit");
    if (!QFileInfo::exists(config.auditDatabase()))
        return DoctorCheck::ok(id, tr("No audit trail yet: the kiosk has not run."));
    auto backlog = AuditTrail::backlog(config.auditDatabase());
    if (!backlog)
        return DoctorCheck::fail(id, tr("The audit trail cannot be read."),
                                 tr("Check %1 (owner thaid-kiosk, mode 0600) and run "
                                    "thaid-kioskctl audit verify.")
                                     .arg(config.auditDatabase()),
                                 {backlog.error()});
    const AuditBacklog& b = backlog.value();
    if (b.pending == 0)
        return DoctorCheck::ok(id, tr("Every audit row has reached the registry."));
    const qint64 ageS = b.oldestPendingAt ? b.oldestPendingAt->secsTo(now) : 0;
    const QString summary = tr("%n audit row(s) wait for the registry; the oldest for %1 s.",
                               nullptr, static_cast<int>(b.pending))
                                .arg(ageS);
    const QString remedy =
        tr("The kiosk cannot upload its audit trail: see the registry check. Rows are kept until "
           "the registry acknowledges them; do not remove /var/lib/thaid-kiosk meanwhile.");
    if (ageS > 24 * 3600)
        return DoctorCheck::fail(id, summary, remedy);
    if (ageS > std::max(10 * config.auditUploadSeconds, 900))
        return DoctorCheck::warn(id, summary, remedy);
    return DoctorCheck::ok(id, summary);
}

}  // namespace thaid::app
