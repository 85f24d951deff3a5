#include "registry/store/finger_verdicts.h"

namespace thaid::registry {

FingerVerdicts::FingerVerdicts(VerdictStore& store, Clock clockMs, Random random)
    : m_store(store), m_clock(std::move(clockMs)), m_random(std::move(random)) {}

QString FingerVerdicts::record(FingerVerdict verdict) {
    const qint64 now = m_clock();
    m_store.forgetVerdictsBefore(now - kValidMs);
    QString id = QString::fromLatin1(m_random(16).toHex());
    verdict.atMs = now;
    return m_store.putVerdict(id, verdict) ? id : QString();
}

std::optional<FingerVerdict> FingerVerdicts::take(const QString& verificationId) {
    auto v = m_store.takeVerdict(verificationId);
    if (!v || m_clock() - v->atMs > kValidMs)
        return std::nullopt;
    return v;
}

int FingerVerdicts::failuresLeft(const QString& who) {
    const int failures = m_store.failuresSince(who, m_clock() - kFailureWindowMs);
    return std::max(0, kMaxFailures - failures);
}

void FingerVerdicts::failed(const QString& who) {
    m_store.addFailure(who, m_clock());
}

void FingerVerdicts::matched(const QString& who) {
    m_store.clearFailures(who);
}

}  // namespace thaid::registry
