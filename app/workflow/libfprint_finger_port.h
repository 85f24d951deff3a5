#pragma once

#include "fingerprint/libfprint_scanner.h"
#include "workflow/finger_port.h"

namespace thaid::app {

// FingerPort over libfprint (LibfprintScanner on its GLib thread).
class LibfprintFingerPort : public FingerPort {
    Q_OBJECT
public:
    explicit LibfprintFingerPort(QString preferredScanner, QObject* parent = nullptr);
    void start() override;
    void verify(const QByteArray& print, int maxAttempts, int fingerTimeoutMs) override;
    void cancel() override;
    QList<fingerprint::ScannerInfo> scanners() const override { return m_scanner.scanners(); }

private:
    fingerprint::LibfprintScanner m_scanner;
    QString m_preferred;
};

}  // namespace thaid::app
