#include "registry/finger_verdicts.h"

namespace thaid::registry {

FingerVerdicts::FingerVerdicts(Clock clockMs, Random random)
    : m_clock(std::move(clockMs)), m_random(std::move(random)) {}

void FingerVerdicts::forgetOld() {
    const qint64 now = m_clock();
    for (auto it = m_verdicts.begin(); it != m_verdicts.end();)
        it = now - it->atMs > kValidMs ? m_verdicts.erase(it) : std::next(it);
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        it->removeIf([now](qint64 at) { return now - at > kFailureWindowMs; });
        it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
    }
}

QString FingerVerdicts::record(FingerVerdict verdict) {
    forgetOld();
    QString id = QString::fromLatin1(m_random(16).toHex());
    verdict.atMs = m_clock();
    m_verdicts.insert(id, verdict);
    return id;
}

std::optional<FingerVerdict> FingerVerdicts::take(const QString& verificationId) {
    forgetOld();
    auto it = m_verdicts.find(verificationId);
    if (it == m_verdicts.end())
        return std::nullopt;
    FingerVerdict v = *it;
    m_verdicts.erase(it);
    return v;
}

int FingerVerdicts::failuresLeft(const QString& who) {
    forgetOld();
    return std::max(0, kMaxFailures - static_cast<int>(m_failures.value(who).size()));
}

void FingerVerdicts::failed(const QString& who) {
    m_failures[who].append(m_clock());
}

void FingerVerdicts::matched(const QString& who) {
    m_failures.remove(who);
}

}  // namespace thaid::registry
