#pragma once

#include "common/result.h"
#include "protocol/wire/kiosk_requests.h"

#include <functional>

#include <QByteArray>
#include <QObject>

namespace thaid::registry {

// The registry's 1:1 fingerprint decision (docs/protocol.md): a captured sample against a reference
// print the registry holds. Answers on the caller's thread, later.
class SampleMatcher {
public:
    enum class Verdict { Match, NoMatch, Unusable };
    using Done = std::function<void(const Result<Verdict, QString>&)>;

    virtual ~SampleMatcher() = default;
    virtual void match(const QByteArray& referencePrint, const protocol::FingerImage& sample,
                       Done done) = 0;
};

QString verdictName(SampleMatcher::Verdict verdict);

}  // namespace thaid::registry
