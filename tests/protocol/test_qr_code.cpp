#include "protocol/qr_code.h"
#include "protocol/qr_frame.h"

#include <QPainter>

#include <gtest/gtest.h>

using namespace thaid::protocol;

namespace {
QString frameText() {
    QrFrame f;
    f.sid = QByteArray(16, '\x5A');
    f.stationId = 7;
    f.issuedAt = 1795000000;
    return signQrFrame(f, *Ed25519Key::generate());
}
}  // namespace

TEST(QrCode, Version6AtEccMWithQuietZoneAndModuleSize) {
    const QString text = frameText();
    const QImage img = renderQrCode(text, {6, 4});
    // Version 6 has 41 modules; with 4 quiet modules each side at 6 px per module: 294 px.
    EXPECT_EQ(img.width(), (41 + 8) * 6);
    EXPECT_EQ(img.height(), img.width());
    // The quiet zone is white all round.
    for (int i = 0; i < img.width(); ++i) {
        ASSERT_EQ(qGray(img.pixel(i, 4 * 6 - 1)), 255);
        ASSERT_EQ(qGray(img.pixel(4 * 6 - 1, i)), 255);
    }
    // The top-left finder pattern starts right after the quiet zone.
    EXPECT_EQ(qGray(img.pixel(4 * 6, 4 * 6)), 0);
    EXPECT_EQ(decodeQrCodes(img), QStringList{text});
}

TEST(QrCode, ReadsTheCodeFromAFullScreenshot) {
    const QString text = frameText();
    QImage screen(1280, 800, QImage::Format_RGB32);
    screen.fill(QColor(0xF4, 0xF1, 0xEA));
    QPainter p(&screen);
    p.fillRect(40, 40, 600, 700, QColor(0x1F, 0x3A, 0x5F));  // other UI around it
    p.drawImage(800, 200, renderQrCode(text, {8, 4}));
    p.end();
    EXPECT_EQ(decodeQrCodes(screen), QStringList{text});
}

TEST(QrCode, NothingFoundInAnImageWithoutACode) {
    QImage blank(400, 300, QImage::Format_Grayscale8);
    blank.fill(200);
    EXPECT_TRUE(decodeQrCodes(blank).isEmpty());
}

TEST(QrCode, NeverSmallerThanSixPixelsPerModuleOrFourQuietModules) {
    const QImage img = renderQrCode(frameText(), {2, 1});
    EXPECT_EQ(img.width(), (41 + 8) * 6);
}
