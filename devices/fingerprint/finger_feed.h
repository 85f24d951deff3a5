#pragma once

#include <chrono>

#include <QByteArray>
#include <QString>

namespace thaid::fingerprint {

// The client side of libfprint's virtual_image socket: an image is two native-endian int32
// (width, height) and width*height bytes of ridge darkness; a negative first int32 is a command.
namespace finger_feed {

enum class Command : qint32 {
    Retry = -1,
    DeviceError = -2,
    AutoFinger = -3,
    FingerStatus = -4,
    Unplug = -5
};

// The fixture PNGs keep ridge darkness in the alpha channel: that, as 8-bit pixels row by row,
// is what a sensor would give. Empty pixels on failure.
struct Image {
    int width = 0;
    int height = 0;
    QByteArray pixels;
};
Image loadImage(const QString& pngPath, QString* error);
// The same as a frame, dimensions padded to multiples of 4 with zeros, as libfprint's own tests
// do.
QByteArray imageFrame(const QString& pngPath, QString* error);
// 8-bit pixels, row by row, padded the same way.
QByteArray pixelFrame(int width, int height, const QByteArray& pixels);
QByteArray commandFrame(Command command, qint32 argument);

// Connects (retrying until the driver has opened its socket), sends, closes.
bool send(const QString& socketPath, const QByteArray& frame, std::chrono::milliseconds timeout,
          QString* error);

}  // namespace finger_feed
}  // namespace thaid::fingerprint
