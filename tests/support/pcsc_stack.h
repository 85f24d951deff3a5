#pragma once

#include <memory>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace thaid::testing {

// The real pcscd, started and stopped by this process id. Tests share the system socket
// /run/pcscd/pcscd.comm, so scripts/test.sh runs them in a private mount and network namespace;
// if another pcscd already answers there, start() fails rather than touch it.
class PcscdProcess {
public:
    ~PcscdProcess();
    bool start(QString* error);
    void kill();  // SIGKILL, as a crash would
    void stop();  // SIGTERM
    bool running() const;

private:
    std::unique_ptr<QProcess> m_process;
};

// thaid-virtual-card: starting it inserts the card into the vpcd reader on `port`.
class VirtualCard {
public:
    static constexpr int kSlot0 = 35963;
    static constexpr int kSlot1 = 35964;
    static QString reader(int port);

    ~VirtualCard();
    // Waits until the card has connected to vpcd.
    bool insert(const QString& profile, const QStringList& extraArgs = {}, int port = kSlot0);
    enum class Settle { UntilPcscdSawIt, No };
    // By default waits until pcscd reports the reader empty, as it would for a person.
    void remove(Settle settle = Settle::UntilPcscdSawIt);
    bool waitForExit(int ms);
    QString output();

private:
    std::unique_ptr<QProcess> m_process;
    int m_port = kSlot0;
};

struct CommandResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CommandResult runKioskctl(const QStringList& args, int timeoutMs = 60000);
QString profilePath(const QString& name);
QStringList shippedProfiles();

}  // namespace thaid::testing
