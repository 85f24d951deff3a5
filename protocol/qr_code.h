#pragma once

#include <QImage>
#include <QStringList>

namespace thaid::protocol {

struct QrRenderOptions {
    int pixelsPerModule = 8;  // at least 6 on the citizen-facing display (docs/protocol.md)
    int quietZoneModules = 4;
    // When set: the largest whole number of pixels per module whose image, quiet zone included,
    // fits a square of this side (still never under the minimum).
    int fitSide = 0;
};

// A QR code at ECC level M (ZXing-cpp MultiFormatWriter), black on white, with the quiet zone;
// never under 6 px per module or 4 quiet-zone modules, whatever the options ask.
QImage renderQrCode(const QString& text, QrRenderOptions options = {});
// Every QR code ZXing-cpp finds in the image, e.g. a full-screen screenshot of the kiosk.
QStringList decodeQrCodes(const QImage& image);

}  // namespace thaid::protocol
