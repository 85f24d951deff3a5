// Fingerprint benchmark through real libfprint (virtual_image + NBIS + bozorth3): for enroll and
// verify, ms from the image sent to the verdict, the Qt thread's longest event-loop stall during
// the operation, and peak RSS.
#include "fingerprint/finger_feed.h"
#include "fingerprint/libfprint_scanner.h"

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

using namespace thaid::fingerprint;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(THAID_FINGERPRINT_FIXTURES "/") + QLatin1String(name);
}

long peakRssKb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

struct Sample {
    qint64 ms = 0;     // last image sent -> verdict
    qint64 stall = 0;  // longest gap between 1 ms timer ticks during the operation
};

class Bench {
public:
    LibfprintScanner scanner;
    QString socket;
    QList<QByteArray> frames;  // next images to send when the scanner asks
    QElapsedTimer sinceImage;

    Bench() {
        QObject::connect(&scanner, &LibfprintScanner::waitingForFinger, &scanner, [this] {
            if (frames.isEmpty())
                return;
            QString error;
            sinceImage.start();
            finger_feed::send(socket, frames.takeFirst(), std::chrono::seconds(5), &error);
        });
    }

    template <typename Start, typename Signal>
    Sample measure(Start start, Signal done) {
        QEventLoop loop;
        QElapsedTimer tickClock;
        qint64 worst = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout,
                         [&] { worst = std::max(worst, tickClock.restart()); });
        Sample s;
        auto c1 = QObject::connect(&scanner, done, &loop, [&] {
            s.ms = sinceImage.elapsed();
            loop.quit();
        });
        auto c2 =
            QObject::connect(&scanner, &LibfprintScanner::failed, &loop, [&] { loop.quit(); });
        tickClock.start();
        tick.start();
        start();
        loop.exec();
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        s.stall = worst;
        return s;
    }
};

void printRow(const char* what, QList<Sample> samples) {
    std::sort(samples.begin(), samples.end(),
              [](const Sample& a, const Sample& b) { return a.ms < b.ms; });
    qint64 stall = 0;
    for (const Sample& s : samples)
        stall = std::max(stall, s.stall);
    std::printf(
        "%-8s runs %2lld  ms image->verdict: median %4lld  max %4lld   longest Qt stall %3lld ms\n",
        what, static_cast<long long>(samples.size()),
        static_cast<long long>(samples[samples.size() / 2].ms),
        static_cast<long long>(samples.last().ms), static_cast<long long>(stall));
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_NO_GLIB", "1");
    QTemporaryDir dir;
    qputenv("FP_VIRTUAL_IMAGE", dir.filePath(QStringLiteral("bench.sock")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    Bench b;
    b.socket = qEnvironmentVariable("FP_VIRTUAL_IMAGE");
    QEventLoop ready;
    QObject::connect(&b.scanner, &LibfprintScanner::scannersChanged, &ready, &QEventLoop::quit);
    b.scanner.start();
    ready.exec();
    const long rssBefore = peakRssKb();

    QString error;
    QList<Sample> enrolls;
    QByteArray print;
    QObject::connect(&b.scanner, &LibfprintScanner::enrolled,
                     [&](const QByteArray& p) { print = p; });
    for (const char* finger : {"whorl.png", "arch.png", "loop-right.png"}) {
        for (int i = 0; i < 5; ++i)
            b.frames << finger_feed::imageFrame(fixture(finger), &error);
        enrolls << b.measure([&] { b.scanner.enroll({}); }, &LibfprintScanner::enrolled);
    }
    // Verify against the last enrolled finger (loop-right): matches and non-matches alike.
    QList<Sample> verifies;
    bool stallOk = true;
    for (int i = 0; i < 10; ++i) {
        b.frames << finger_feed::imageFrame(
            fixture(i % 2 ? "loop-right-capture2.png" : "whorl-capture2.png"), &error);
        verifies << b.measure(
            [&] {
                b.scanner.verify({}, print, {1, 30000});
            },
            &LibfprintScanner::verified);
        stallOk = stallOk && verifies.last().stall < 50;
    }
    std::printf(
        "Fingerprint through libfprint virtual_image (NBIS), GLib loop on its own thread\n\n");
    printRow("enroll", enrolls);
    printRow("verify", verifies);
    std::printf("\npeak RSS: %ld kB before, %ld kB after %lld enrolments and %lld verifies\n",
                rssBefore, peakRssKb(), static_cast<long long>(enrolls.size()),
                static_cast<long long>(verifies.size()));
    std::printf("%s\n", stallOk
                            ? "fingerprint benchmark: Qt stalls under 50 ms during every verify"
                            : "fingerprint benchmark: a Qt stall of 50 ms or more during a verify");
    return stallOk ? 0 : 1;
}
