#include "fingerprint/libfprint_scanner.h"

#include "fingerprint/fingerprint_logging.h"
#include "fingerprint/glib_loop_thread.h"
#include "fingerprint/libfprint_backend.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QThread>

namespace thaid::fingerprint {

LibfprintScanner::LibfprintScanner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<ScannerInfo>();
    qRegisterMetaType<QList<ScannerInfo>>();
    qRegisterMetaType<ScanRetry>();
    qRegisterMetaType<FingerprintError>();
    qRegisterMetaType<VerifyResult>();
    qRegisterMetaType<FingerSample>();
    const QByteArray dispatcher =
        QCoreApplication::instance() && QCoreApplication::instance()->thread()->eventDispatcher()
            ? QByteArray(QCoreApplication::instance()
                             ->thread()
                             ->eventDispatcher()
                             ->metaObject()
                             ->className())
            : QByteArray();
    if (dispatcher.contains("Glib")) {
        // Qt would iterate GLib's default context on its own thread and run NBIS matching there.
        qCCritical(lcFingerprint)
            << "Qt runs a GLib event dispatcher; start the program with QT_NO_GLIB=1";
    }
    m_loop = std::make_unique<GlibLoopThread>();
    m_backend = std::make_unique<LibfprintBackend>(this);
    m_fingerTimer.setSingleShot(true);
    connect(&m_fingerTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        cancel();
    });
}

LibfprintScanner::~LibfprintScanner() {
    m_loop->run([b = m_backend.get()] {
        b->cancel();
        b->op.reset();
        b->dropContext();
    });
    m_loop.reset();  // joins the loop thread before the backend goes
    m_backend.reset();
}

void LibfprintScanner::start() {
    m_loop->post([b = m_backend.get()] { b->createContext(); });
}

void LibfprintScanner::rescan() {
    m_loop->post([b = m_backend.get()] {
        if (!b->op)
            b->createContext();
    });
}

bool LibfprintScanner::begin(const QString& scannerId, int fingerTimeoutMs) {
    Q_UNUSED(scannerId);
    if (m_busy) {
        Q_EMIT failed({FingerprintErrorCode::Busy,
                       QStringLiteral("another fingerprint operation is running")});
        return false;
    }
    m_busy = true;
    m_timedOut = false;
    m_fingerTimer.setInterval(fingerTimeoutMs);
    return true;
}

void LibfprintScanner::finish() {
    m_busy = false;
    m_fingerTimer.stop();
}

void LibfprintScanner::onFingerAwaited() {
    m_fingerTimer.start();
    Q_EMIT waitingForFinger();
}

void LibfprintScanner::onFailed(FingerprintError error) {
    finish();
    if (error.code == FingerprintErrorCode::Cancelled && m_timedOut) {
        error = {FingerprintErrorCode::Timeout,
                 QStringLiteral("no finger within %1 ms").arg(m_fingerTimer.interval())};
    }
    qCInfo(lcFingerprint) << "fingerprint operation failed:" << fingerprintErrorId(error.code)
                          << error.detail;
    Q_EMIT failed(error);
}

void LibfprintScanner::enroll(const QString& scannerId, Finger finger, int fingerTimeoutMs) {
    if (!begin(scannerId, fingerTimeoutMs))
        return;
    m_loop->post([b = m_backend.get(), scannerId, finger] {
        b->enroll(scannerId, static_cast<int>(finger));
    });
}

void LibfprintScanner::verify(const QString& scannerId, const QByteArray& print,
                              MatchOptions options) {
    if (!begin(scannerId, options.fingerTimeoutMs))
        return;
    m_loop->post([b = m_backend.get(), scannerId, print, options] {
        b->match(OpKind::Verify, scannerId, {print}, options.maxAttempts);
    });
}

void LibfprintScanner::identify(const QString& scannerId, const QList<QByteArray>& prints,
                                MatchOptions options) {
    if (!begin(scannerId, options.fingerTimeoutMs))
        return;
    m_loop->post([b = m_backend.get(), scannerId, prints, options] {
        b->match(OpKind::Identify, scannerId, prints, options.maxAttempts);
    });
}

void LibfprintScanner::capture(const QString& scannerId, int fingerTimeoutMs) {
    if (!begin(scannerId, fingerTimeoutMs))
        return;
    m_loop->post([b = m_backend.get(), scannerId] { b->capture(scannerId); });
}

void LibfprintScanner::cancel() {
    m_loop->post([b = m_backend.get()] { b->cancel(); });
}

}  // namespace thaid::fingerprint
