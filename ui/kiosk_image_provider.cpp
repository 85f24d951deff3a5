#include "ui/kiosk_image_provider.h"

#include "ui/kiosk_view_model.h"

namespace thaid::ui {

KioskImageProvider::KioskImageProvider(const KioskViewModel& model)
    : QQuickImageProvider(QQuickImageProvider::Image), m_model(model) {}

QImage KioskImageProvider::requestImage(const QString& id, QSize* size,
                                        const QSize& requestedSize) {
    QImage img;
    if (id.startsWith(QLatin1String("photo/"))) {
        img = m_model.registration().photoImage();
    } else if (id.startsWith(QLatin1String("checkphoto/"))) {
        img = m_model.thaidCheck().photoImage();
    } else if (id.startsWith(QLatin1String("scan/"))) {
        img = m_model.registration().scanImage();
    } else if (id.startsWith(QLatin1String("qr/"))) {
        // Whole pixels per module, as large as the requested size allows (never under 6).
        const int side =
            requestedSize.isValid() ? std::min(requestedSize.width(), requestedSize.height()) : 400;
        img = m_model.qrImage(side);
    }
    if (img.isNull()) {
        // Between sessions there is nothing to show; an empty picture, not an error.
        img = QImage(1, 1, QImage::Format_ARGB32);
        img.fill(Qt::transparent);
    }
    if (size)
        *size = img.size();
    return img;
}

}  // namespace thaid::ui
