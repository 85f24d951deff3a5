#pragma once

#include "fingerprint/libfprint_scanner.h"

#include <functional>

#include <QEventLoop>
#include <QTextStream>

namespace thaid::app::cli {

// Starts the scanner and waits for libfprint's first enumeration.
bool waitForScanners(fingerprint::LibfprintScanner& scanner, int ms);

// Officer guidance goes to `err` while an operation runs.
void narrate(fingerprint::LibfprintScanner& scanner, QTextStream& err);

// Starts a scanner, runs `start`, and waits until the operation ends: `done` is the success
// signal and `onDone` its handler, `onFailure` handles a failure (no scanner included); both
// return the exit code.
template <typename Signal, typename Handler>
int runScannerOperation(int waitMs, QTextStream& err, Signal done, Handler onDone,
                        const std::function<int(const fingerprint::FingerprintError&)>& onFailure,
                        const std::function<void(fingerprint::LibfprintScanner&)>& start) {
    using namespace thaid::fingerprint;
    LibfprintScanner scanner;
    if (!waitForScanners(scanner, waitMs))
        return onFailure(
            {FingerprintErrorCode::NoScanner, QStringLiteral("libfprint lists no scanner")});
    narrate(scanner, err);
    QEventLoop loop;
    int code = -1;
    QObject::connect(&scanner, done, &loop, [&](const auto& result) {
        code = onDone(result);
        loop.quit();
    });
    QObject::connect(&scanner, &LibfprintScanner::failed, &loop, [&](const FingerprintError& e) {
        code = onFailure(e);
        loop.quit();
    });
    start(scanner);
    loop.exec();
    return code;
}

}  // namespace thaid::app::cli
