#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace thaid::registry {

// A citizen's finger as the registry verified it: who asked, where, and when.
struct FingerVerdict {
    QString cid;
    QString requestNumber;
    QString officerCid;
    QString finger;
    quint32 stationId = 0;
    qint64 atMs = 0;
    // How the registry verified the citizen: its own match, or a supervisor's exception.
    QString method = QStringLiteral("registry_fingerprint");
    QString exceptionReason;
    QString supervisorCid;
};

// The registry's fingerprint verdicts between the match and the session they allow, and the
// failed matches that stop guessing. A verdict is used once, within five minutes, by the same
// station and officer for the same card.
class FingerVerdicts {
public:
    static constexpr qint64 kValidMs = 5 * 60 * 1000;
    static constexpr int kMaxFailures = 6;
    static constexpr qint64 kFailureWindowMs = 15 * 60 * 1000;

    using Clock = std::function<qint64()>;
    using Random = std::function<QByteArray(int)>;
    FingerVerdicts(Clock clockMs, Random random);

    // A matched finger; returns the verification ID the session request names.
    QString record(FingerVerdict verdict);
    std::optional<FingerVerdict> take(const QString& verificationId);

    // Failed matches per person ("citizen:<cid>", "officer:<cid>") within the window.
    int failuresLeft(const QString& who);
    void failed(const QString& who);
    void matched(const QString& who);

private:
    void forgetOld();
    Clock m_clock;
    Random m_random;
    QHash<QString, FingerVerdict> m_verdicts;
    QHash<QString, QList<qint64>> m_failures;
};

}  // namespace thaid::registry
