#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
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

// Where verdicts and failed fingers are kept: the registry's database, shared by its processes
// (a finger matched through one process opens a session through another).
class VerdictStore {
public:
    virtual ~VerdictStore() = default;
    virtual bool putVerdict(const QString& verificationId, const FingerVerdict& v) = 0;
    // Removes and returns the verdict, at most once however many processes ask.
    virtual std::optional<FingerVerdict> takeVerdict(const QString& verificationId) = 0;
    virtual bool forgetVerdictsBefore(qint64 atMs) = 0;
    virtual int failuresSince(const QString& who, qint64 sinceMs) = 0;
    virtual bool addFailure(const QString& who, qint64 atMs) = 0;
    virtual bool clearFailures(const QString& who) = 0;
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
    FingerVerdicts(VerdictStore& store, Clock clockMs, Random random);

    // A matched finger; returns the verification ID the session request names (empty if it
    // could not be stored).
    QString record(FingerVerdict verdict);
    std::optional<FingerVerdict> take(const QString& verificationId);

    // Failed matches per person ("citizen:<cid>", "officer:<cid>") within the window.
    int failuresLeft(const QString& who);
    void failed(const QString& who);
    void matched(const QString& who);

private:
    VerdictStore& m_store;
    Clock m_clock;
    Random m_random;
};

}  // namespace thaid::registry
