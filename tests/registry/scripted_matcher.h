#pragma once

#include "registry/matching/sample_matcher.h"

#include <QTimer>

namespace thaid::testing {

// The registry's matcher for in-process tests, where reference prints are made-up bytes: a
// sample matches when its pixels begin with the reference, an all-zero image is unusable.
// Answers later, from the event loop, as libfprint does. The libfprint matcher itself is
// tested through a running thaid-registryd (test_registry_decides.cpp, test_binding_flow.cpp).
class ScriptedMatcher : public registry::SampleMatcher {
public:
    void match(const QByteArray& referencePrint, const protocol::FingerImage& sample,
               Done done) override {
        ++calls;
        Verdict v = sample.pixels.startsWith(referencePrint) ? Verdict::Match : Verdict::NoMatch;
        if (sample.pixels.count('\0') == sample.pixels.size())
            v = Verdict::Unusable;
        QTimer::singleShot(delayMs, [v, done = std::move(done)] { done(v); });
    }

    // A 16×16 image that matches `reference`.
    static protocol::FingerImage sampleOf(const QByteArray& reference) {
        QByteArray pixels = reference.left(256);
        pixels.append(QByteArray(256 - pixels.size(), '\x01'));
        return {16, 16, pixels};
    }
    int calls = 0;
    // How long a match takes: long enough, requests racing each other all arrive during it.
    int delayMs = 0;
};

}  // namespace thaid::testing
