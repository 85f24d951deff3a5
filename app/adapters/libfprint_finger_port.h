#pragma once

#include "fingerprint/libfprint_scanner.h"
#include "workflow/finger_port.h"

namespace thaid::app {

// FingerPort over libfprint: a LibfprintScanner (on its GLib thread, one per process) that the
// caller owns and keeps alive as long as the port.
class LibfprintFingerPort : public FingerPort {
    Q_OBJECT
public:
    LibfprintFingerPort(fingerprint::LibfprintScanner& scanner, QString preferredScanner,
                        QObject* parent = nullptr);
    void start() override;
    void capture(int fingerTimeoutMs) override;
    void cancel() override;
    QList<fingerprint::ScannerInfo> scanners() const override { return m_scanner.scanners(); }

private:
    fingerprint::LibfprintScanner& m_scanner;
    QString m_preferred;
};

}  // namespace thaid::app
