#include "adapters/libfprint_finger_port.h"

namespace thaid::app {

using fingerprint::LibfprintScanner;

LibfprintFingerPort::LibfprintFingerPort(LibfprintScanner& scanner, QString preferredScanner,
                                         QObject* parent)
    : FingerPort(parent), m_scanner(scanner), m_preferred(std::move(preferredScanner)) {
    connect(&m_scanner, &LibfprintScanner::waitingForFinger, this, &FingerPort::waitingForFinger);
    connect(&m_scanner, &LibfprintScanner::retryNeeded, this, &FingerPort::retryNeeded);
    connect(&m_scanner, &LibfprintScanner::captured, this, &FingerPort::captured);
    connect(&m_scanner, &LibfprintScanner::failed, this, &FingerPort::failed);
}

void LibfprintFingerPort::start() {
    m_scanner.start();
}

void LibfprintFingerPort::capture(int fingerTimeoutMs) {
    // A scanner unplugged and plugged back is found again by a fresh enumeration.
    if (m_scanner.scanners().isEmpty())
        m_scanner.rescan();
    m_scanner.capture(m_preferred, fingerTimeoutMs);
}

void LibfprintFingerPort::cancel() {
    if (m_scanner.busy())
        m_scanner.cancel();
}

}  // namespace thaid::app
