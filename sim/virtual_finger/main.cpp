// thaid-virtual-finger: puts fingers on libfprint's virtual_image scanner.
#include "fingerprint/finger_feed.h"

#include <cstdio>
#include <thread>

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace thaid::fingerprint;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);  // QImage decodes PNG without a GUI
    QCoreApplication::setApplicationName(QStringLiteral("thaid-virtual-finger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THAID_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Sends fingerprint images and control commands to libfprint's virtual_image driver "
        "(the program using libfprint runs with FP_VIRTUAL_IMAGE=<socket>).\n\n"
        "Items, sent in order, one connection each:\n"
        "  FILE.png        an image (alpha channel = ridge darkness)\n"
        "  retry[:CODE]    a retry: 0 general, 1 too short, 2 centre finger, 3 remove finger\n"
        "  error[:CODE]    a device error (libfprint FpDeviceError code, default 0)\n"
        "  finger-on, finger-off   report the finger present or absent\n"
        "  auto-finger-on, auto-finger-off   finger reporting around each image\n"
        "  unplug          the scanner disappears"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption socketOpt(QStringLiteral("socket"),
                                       QStringLiteral("The FP_VIRTUAL_IMAGE socket."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption delayOpt(QStringLiteral("delay-ms"),
                                      QStringLiteral("Pause between items."), QStringLiteral("MS"),
                                      QStringLiteral("0"));
    const QCommandLineOption waitOpt(QStringLiteral("wait"),
                                     QStringLiteral("Seconds to wait for the socket."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    p.addOptions({socketOpt, delayOpt, waitOpt});
    p.addPositionalArgument(QStringLiteral("items"), QStringLiteral("Images and commands."),
                            QStringLiteral("ITEM..."));
    p.process(app);
    const QString socket = p.value(socketOpt).isEmpty() ? qEnvironmentVariable("FP_VIRTUAL_IMAGE")
                                                        : p.value(socketOpt);
    if (socket.isEmpty() || p.positionalArguments().isEmpty()) {
        std::fprintf(
            stderr,
            "thaid-virtual-finger: need --socket (or FP_VIRTUAL_IMAGE) and at least one item\n");
        return 1;
    }
    const auto timeout = std::chrono::seconds(p.value(waitOpt).toInt());
    bool first = true;
    for (const QString& item : p.positionalArguments()) {
        if (!first)
            std::this_thread::sleep_for(std::chrono::milliseconds(p.value(delayOpt).toInt()));
        first = false;
        const QString name = item.section(QLatin1Char(':'), 0, 0);
        const qint32 arg =
            item.contains(QLatin1Char(':')) ? item.section(QLatin1Char(':'), 1).toInt() : 0;
        QByteArray frame;
        QString error;
        using C = finger_feed::Command;
        if (name == QLatin1String("retry"))
            frame = finger_feed::commandFrame(C::Retry, arg);
        else if (name == QLatin1String("error"))
            frame = finger_feed::commandFrame(C::DeviceError, arg);
        else if (name == QLatin1String("finger-on"))
            frame = finger_feed::commandFrame(C::FingerStatus, 1);
        else if (name == QLatin1String("finger-off"))
            frame = finger_feed::commandFrame(C::FingerStatus, 0);
        else if (name == QLatin1String("auto-finger-on"))
            frame = finger_feed::commandFrame(C::AutoFinger, 1);
        else if (name == QLatin1String("auto-finger-off"))
            frame = finger_feed::commandFrame(C::AutoFinger, 0);
        else if (name == QLatin1String("unplug"))
            frame = finger_feed::commandFrame(C::Unplug, 0);
        else
            frame = finger_feed::imageFrame(item, &error);
        if (frame.isEmpty() || !finger_feed::send(socket, frame, timeout, &error)) {
            std::fprintf(stderr, "thaid-virtual-finger: %s\n", qPrintable(error));
            return 2;
        }
    }
    return 0;
}
