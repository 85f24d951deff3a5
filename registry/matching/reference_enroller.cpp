#include "registry/matching/reference_enroller.h"

#include "fingerprint/finger_feed.h"
#include "fingerprint/libfprint_scanner.h"
#include "registry/matching/virtual_image_feeder.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace thaid::registry {

using namespace thaid::fingerprint;

struct ReferenceEnroller::Impl {
    LibfprintScanner scanner;
    VirtualImageFeeder feeder;
};

ReferenceEnroller::ReferenceEnroller() : d(std::make_unique<Impl>()) {
    d->scanner.start();
}

ReferenceEnroller::~ReferenceEnroller() = default;

Result<QByteArray, QString> ReferenceEnroller::enroll(const QString& pngPath) {
    QString error;
    const QByteArray frame = finger_feed::imageFrame(pngPath, &error);
    if (frame.isEmpty())
        return error;
    if (!d->feeder.ready())
        return QStringLiteral("FP_VIRTUAL_IMAGE is not set");

    QEventLoop loop;
    QByteArray print;
    QString failure;
    QDeadlineTimer deadline(30000);
    auto waiting = QObject::connect(&d->scanner, &LibfprintScanner::waitingForFinger, &loop,
                                    [&] { d->feeder.feed(frame); });
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
    d->feeder.drain();
    if (print.isEmpty())
        return failure;
    return print;
}

}  // namespace thaid::registry
