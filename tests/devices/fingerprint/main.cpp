#include <QCoreApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // libfprint must own GLib's default context on its own thread (docs/devices.md), and the
    // virtual_image driver is enabled by its socket path before the first FpContext.
    qputenv("QT_NO_GLIB", "1");
    QTemporaryDir dir;
    qputenv("FP_VIRTUAL_IMAGE", dir.filePath(QStringLiteral("virtual-image.sock")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
