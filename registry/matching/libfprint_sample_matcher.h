#pragma once

#include "registry/matching/sample_matcher.h"
#include "registry/matching/virtual_image_feeder.h"

#include <deque>
#include <memory>

#include <QObject>

namespace thaid::fingerprint {
class LibfprintScanner;
}

namespace thaid::registry {

// SampleMatcher with libfprint's own matcher: the registry opens its virtual_image device,
// verifies the reference print and feeds the sample as the image the sensor saw, so NBIS
// minutiae detection and bozorth3 decide exactly as on an image scanner. One device, so one
// match at a time; the rest wait in order. The process must start with QT_NO_GLIB=1 and
// FP_VIRTUAL_IMAGE set to a socket of its own (thaid-registryd does both).
class LibfprintSampleMatcher : public QObject, public SampleMatcher {
    Q_OBJECT
public:
    explicit LibfprintSampleMatcher(QObject* parent = nullptr);
    ~LibfprintSampleMatcher() override;

    void match(const QByteArray& referencePrint, const protocol::FingerImage& sample,
               Done done) override;
    int queued() const { return static_cast<int>(m_jobs.size()); }

private:
    struct Job {
        QByteArray reference;
        QByteArray frame;
        Done done;
        bool poorScan = false;
    };
    void next();
    void finish(const Result<Verdict, QString>& result);

    std::unique_ptr<fingerprint::LibfprintScanner> m_scanner;
    VirtualImageFeeder m_feeder;
    std::deque<Job> m_jobs;
    bool m_running = false;
};

}  // namespace thaid::registry
