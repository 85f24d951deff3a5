#include "adapters/scanner_run.h"

#include "cli/fingerprint_command.h"
#include "text/fingerprint_text.h"

#include <QTimer>

namespace thaid::app::cli {

using namespace thaid::fingerprint;

bool waitForScanners(LibfprintScanner& scanner, int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    QObject::connect(&scanner, &LibfprintScanner::scannersChanged, &loop,
                     [&](const QList<ScannerInfo>& list) {
                         if (!list.isEmpty())
                             loop.quit();
                     });
    scanner.start();
    loop.exec();
    return !scanner.scanners().isEmpty();
}

void narrate(LibfprintScanner& scanner, QTextStream& err) {
    QObject::connect(&scanner, &LibfprintScanner::waitingForFinger, &scanner,
                     [&err] { err << FingerprintText::placeFinger() << Qt::endl; });
    QObject::connect(&scanner, &LibfprintScanner::retryNeeded, &scanner,
                     [&err](ScanRetry r) { err << FingerprintText::forRetry(r) << Qt::endl; });
    QObject::connect(
        &scanner, &LibfprintScanner::enrollProgress, &scanner, [&err](int done, int total) {
            err << FingerprintCommand::tr("Enrolment: %1 of %2 scans done.").arg(done).arg(total)
                << Qt::endl;
        });
    QObject::connect(
        &scanner, &LibfprintScanner::verifyAttemptFailed, &scanner,
        [&err](int a, int max) { err << FingerprintText::attemptFailed(a, max) << Qt::endl; });
}

}  // namespace thaid::app::cli
