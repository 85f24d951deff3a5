#include "registry/matching/libfprint_sample_matcher.h"

#include "common/secure_wipe.h"
#include "fingerprint/finger_feed.h"
#include "fingerprint/libfprint_scanner.h"
#include "registry/base/registry_logging.h"

#include <QTimer>

namespace thaid::registry {

using fingerprint::FingerprintError;
using fingerprint::FingerprintErrorCode;
using fingerprint::LibfprintScanner;

QString verdictName(SampleMatcher::Verdict verdict) {
    switch (verdict) {
        case SampleMatcher::Verdict::Match:
            return QStringLiteral("match");
        case SampleMatcher::Verdict::NoMatch:
            return QStringLiteral("no_match");
        case SampleMatcher::Verdict::Unusable:
            return QStringLiteral("unusable");
    }
    return {};
}

LibfprintSampleMatcher::LibfprintSampleMatcher(QObject* parent)
    : QObject(parent), m_scanner(std::make_unique<LibfprintScanner>()) {
    connect(m_scanner.get(), &LibfprintScanner::waitingForFinger, this, [this] {
        if (!m_jobs.empty() && !m_jobs.front().frame.isEmpty())
            m_feeder.feed(std::exchange(m_jobs.front().frame, {}));
    });
    connect(m_scanner.get(), &LibfprintScanner::retryNeeded, this, [this] {
        // NBIS found too little to match: that is the sample's fault, not a "no match". The
        // driver would wait for another placement that will never come.
        if (m_jobs.empty())
            return;
        m_jobs.front().poorScan = true;
        m_scanner->cancel();
    });
    connect(m_scanner.get(), &LibfprintScanner::verified, this,
            [this](const fingerprint::VerifyResult& r) {
                finish(r.match ? Verdict::Match : Verdict::NoMatch);
            });
    connect(m_scanner.get(), &LibfprintScanner::failed, this, [this](const FingerprintError& e) {
        if (!m_jobs.empty() && m_jobs.front().poorScan && e.code == FingerprintErrorCode::Cancelled)
            finish(Verdict::Unusable);
        else
            finish(QStringLiteral("matcher: %1 %2")
                       .arg(fingerprint::fingerprintErrorId(e.code), e.detail));
    });
    connect(m_scanner.get(), &LibfprintScanner::scannersChanged, this, [this] {
        if (!m_running)
            next();
    });
    m_scanner->start();
}

LibfprintSampleMatcher::~LibfprintSampleMatcher() {
    m_scanner->cancel();
    m_scanner.reset();
    m_feeder.drain();
}

void LibfprintSampleMatcher::match(const QByteArray& referencePrint,
                                   const protocol::FingerImage& sample, Done done) {
    if (!m_feeder.ready()) {
        done(QStringLiteral("matcher: FP_VIRTUAL_IMAGE is not set"));
        return;
    }
    m_jobs.push_back(
        {referencePrint,
         fingerprint::finger_feed::pixelFrame(sample.width, sample.height, sample.pixels),
         std::move(done)});
    if (!m_running)
        next();
}

void LibfprintSampleMatcher::next() {
    if (m_jobs.empty() || m_running)
        return;
    // Only the device this process feeds; a sensor plugged into the server is not ours.
    QString device;
    for (const fingerprint::ScannerInfo& s : m_scanner->scanners()) {
        if (s.driver == QLatin1String("virtual_image"))
            device = s.id;
    }
    if (device.isEmpty())
        return;  // scannersChanged starts it
    m_running = true;
    // One attempt; the frame is fed as soon as the device asks for a finger.
    m_scanner->verify(device, m_jobs.front().reference, {1, 15000});
}

void LibfprintSampleMatcher::finish(const Result<Verdict, QString>& result) {
    if (m_jobs.empty())
        return;
    Job job = std::move(m_jobs.front());
    m_jobs.pop_front();
    m_running = false;
    secureWipe(job.reference);
    secureWipe(job.frame);
    if (!result)
        qCWarning(lcRegistry).noquote() << result.error();
    job.done(result);
    // A reply handler may have queued more; let it return first.
    QTimer::singleShot(0, this, [this] { next(); });
}

}  // namespace thaid::registry
