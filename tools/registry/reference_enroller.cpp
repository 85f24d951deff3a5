#include "registry/reference_enroller.h"

#include "fingerprint/libfprint_scanner.h"
#include "fingerprint/virtual_finger/finger_feed.h"

#include <future>
#include <list>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace thaid::registry {

using namespace thaid::fingerprint;

struct ReferenceEnroller::Impl {
    LibfprintScanner scanner;
    std::list<std::future<bool>> feeds;
};

ReferenceEnroller::ReferenceEnroller() : d(std::make_unique<Impl>()) {
    d->scanner.start();
}

ReferenceEnroller::~ReferenceEnroller() {
    for (auto& f : d->feeds)
        f.wait();
}

Result<QByteArray, QString> ReferenceEnroller::enroll(const QString& pngPath) {
    QString error;
    const QByteArray frame = finger_feed::imageFrame(pngPath, &error);
    if (frame.isEmpty())
        return error;
    const QString socket = qEnvironmentVariable("FP_VIRTUAL_IMAGE");
    if (socket.isEmpty())
        return QStringLiteral("FP_VIRTUAL_IMAGE is not set");

    QEventLoop loop;
    QByteArray print;
    QString failure;
    QDeadlineTimer deadline(30000);
    auto waiting = QObject::connect(&d->scanner, &LibfprintScanner::waitingForFinger, &loop, [&] {
        // The feeder blocks until the driver reads the image, so it runs beside the event loop.
        d->feeds.push_back(std::async(std::launch::async, [socket, frame] {
            QString e;
            return finger_feed::send(socket, frame, std::chrono::seconds(10), &e);
        }));
    });
    auto done =
        QObject::connect(&d->scanner, &LibfprintScanner::enrolled, &loop, [&](const QByteArray& p) {
            print = p;
            loop.quit();
        });
    auto failed = QObject::connect(
        &d->scanner, &LibfprintScanner::failed, &loop, [&](const FingerprintError& e) {
            failure = e.detail.isEmpty() ? QStringLiteral("enrolment failed") : e.detail;
            loop.quit();
        });
    bool started = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (deadline.hasExpired()) {
            failure = QStringLiteral("no scanner or no answer within 30 s");
            d->scanner.cancel();
            loop.quit();
        } else if (!started && !d->scanner.scanners().isEmpty()) {
            started = true;
            d->scanner.enroll({}, Finger::RightIndex, 20000);
        }
    });
    poll.start(50);
    loop.exec();
    QObject::disconnect(waiting);
    QObject::disconnect(done);
    QObject::disconnect(failed);
    for (auto& f : d->feeds)
        f.wait();
    d->feeds.clear();
    if (print.isEmpty())
        return failure;
    return print;
}

}  // namespace thaid::registry
