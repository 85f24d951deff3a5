#pragma once

#include <QQuickImageProvider>

namespace thaid::ui {

class KioskViewModel;

// "image://kiosk/photo/<n>", "image://kiosk/scan/<n>" and "image://kiosk/qr/<n>": the citizen's
// photo, the scanner's last capture and the session QR, straight from memory (never through a
// file).
class KioskImageProvider : public QQuickImageProvider {
public:
    explicit KioskImageProvider(const KioskViewModel& model);
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    const KioskViewModel& m_model;
};

}  // namespace thaid::ui
