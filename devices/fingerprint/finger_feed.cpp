#include "fingerprint/finger_feed.h"

#include <cerrno>
#include <cstring>
#include <thread>

#include <QImage>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace thaid::fingerprint::finger_feed {

namespace {
void appendInt(QByteArray& b, qint32 v) {
    b.append(reinterpret_cast<const char*>(&v), sizeof v);
}
int roundUp4(int v) {
    return (v + 3) / 4 * 4;
}
}  // namespace

Image loadImage(const QString& pngPath, QString* error) {
    QImage img(pngPath);
    if (img.isNull()) {
        *error = QStringLiteral("cannot load image %1").arg(pngPath);
        return {};
    }
    img = img.convertToFormat(QImage::Format_ARGB32);
    Image out{img.width(), img.height(),
              QByteArray(static_cast<qsizetype>(img.width()) * img.height(), '\0')};
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            out.pixels[static_cast<qsizetype>(y) * img.width() + x] =
                static_cast<char>(qAlpha(line[x]));
    }
    return out;
}

QByteArray imageFrame(const QString& pngPath, QString* error) {
    const Image image = loadImage(pngPath, error);
    return image.pixels.isEmpty() ? QByteArray()
                                  : pixelFrame(image.width, image.height, image.pixels);
}

QByteArray pixelFrame(int width, int height, const QByteArray& pixels) {
    const int w = roundUp4(width);
    const int h = roundUp4(height);
    QByteArray frame;
    appendInt(frame, w);
    appendInt(frame, h);
    QByteArray padded(static_cast<qsizetype>(w) * h, '\0');
    for (int y = 0; y < height; ++y)
        memcpy(padded.data() + static_cast<qsizetype>(y) * w,
               pixels.constData() + static_cast<qsizetype>(y) * width, static_cast<size_t>(width));
    return frame + padded;
}

QByteArray commandFrame(Command command, qint32 argument) {
    QByteArray frame;
    appendInt(frame, static_cast<qint32>(command));
    appendInt(frame, argument);
    return frame;
}

bool send(const QString& socketPath, const QByteArray& frame, std::chrono::milliseconds timeout,
          QString* error) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray path = socketPath.toLocal8Bit();
    if (path.size() >= static_cast<qsizetype>(sizeof addr.sun_path)) {
        *error = QStringLiteral("socket path too long");
        return false;
    }
    memcpy(addr.sun_path, path.constData(), static_cast<size_t>(path.size()));
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
            const char* p = frame.constData();
            size_t left = static_cast<size_t>(frame.size());
            while (left > 0) {
                const ssize_t n = ::send(fd, p, left, MSG_NOSIGNAL);
                if (n <= 0) {
                    *error = QString::fromLocal8Bit(strerror(errno));
                    ::close(fd);
                    return false;
                }
                p += n;
                left -= static_cast<size_t>(n);
            }
            // Bytes already sent stay readable for the driver after we close.
            ::close(fd);
            return true;
        }
        if (fd >= 0)
            ::close(fd);
        if (std::chrono::steady_clock::now() >= deadline) {
            *error = QStringLiteral(
                         "libfprint's virtual_image socket %1 is not there (is the scanner open?)")
                         .arg(socketPath);
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

}  // namespace thaid::fingerprint::finger_feed
