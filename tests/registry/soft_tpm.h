#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace thaid::testing {

// A software TPM 2.0 (Debian's swtpm) on free loopback ports, with its own state folder: a
// machine's TPM as far as the TSS and OpenSSL's tpm2 provider can tell. Each one has its own
// seeds, so a key made in one does not exist in another. Stopped by the destructor.
class SoftTpm {
public:
    SoftTpm();
    ~SoftTpm();
    SoftTpm(const SoftTpm&) = delete;
    SoftTpm& operator=(const SoftTpm&) = delete;

    bool running() const { return m_process.state() == QProcess::Running && m_port != 0; }
    QString tcti() const;  // for tpm/tcti
    QString stateDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

}  // namespace thaid::testing
