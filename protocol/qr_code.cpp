#include "protocol/qr_code.h"

#include <algorithm>
#include <cstring>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/TextUtfEncoding.h>

namespace thaid::protocol {

namespace {
// zxing-cpp's writer takes QR levels on a 0-8 scale: 2 L, 4 M, 6 Q, 8 H.
constexpr int kEccMedium = 4;
constexpr int kMinPixelsPerModule = 6;
constexpr int kMinQuietZoneModules = 4;
}  // namespace

QImage renderQrCode(const QString& text, QrRenderOptions o) {
    // Phones read the code from across the counter only with large enough modules and the
    // full quiet zone (docs/protocol.md); smaller requests are raised to those minimums.
    o.pixelsPerModule = std::max(o.pixelsPerModule, kMinPixelsPerModule);
    o.quietZoneModules = std::max(o.quietZoneModules, kMinQuietZoneModules);
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEccLevel(kEccMedium).setMargin(0);
    const ZXing::BitMatrix matrix =
        writer.encode(text.toStdWString(), 0, 0);  // one pixel per module
    const int modules = matrix.width();
    if (o.fitSide > 0)
        o.pixelsPerModule =
            std::max(kMinPixelsPerModule, o.fitSide / (modules + 2 * o.quietZoneModules));
    const int side = (modules + 2 * o.quietZoneModules) * o.pixelsPerModule;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (!matrix.get(x, y))
                continue;
            const int px = (x + o.quietZoneModules) * o.pixelsPerModule;
            const int py = (y + o.quietZoneModules) * o.pixelsPerModule;
            for (int dy = 0; dy < o.pixelsPerModule; ++dy) {
                memset(img.scanLine(py + dy) + px, 0, static_cast<size_t>(o.pixelsPerModule));
            }
        }
    }
    return img;
}

QStringList decodeQrCodes(const QImage& image) {
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    QStringList texts;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (r.isValid())
            texts << QString::fromStdWString(r.text());
    }
    return texts;
}

}  // namespace thaid::protocol
