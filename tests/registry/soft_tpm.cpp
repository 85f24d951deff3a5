#include "soft_tpm.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace thaid::testing {

namespace {
// The TSS's swtpm TCTI takes the control port to be the TPM port + 1.
quint16 twoFreePorts() {
    for (int tries = 0; tries < 50; ++tries) {
        QTcpServer first;
        QTcpServer second;
        if (first.listen(QHostAddress::LocalHost, 0) && first.serverPort() < 65535 &&
            second.listen(QHostAddress::LocalHost, first.serverPort() + 1))
            return first.serverPort();
    }
    return 0;
}
}  // namespace

SoftTpm::SoftTpm() {
    const quint16 port = twoFreePorts();
    const quint16 control = port + 1;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(
        QStringLiteral("swtpm"),
        {QStringLiteral("socket"), QStringLiteral("--tpm2"), QStringLiteral("--tpmstate"),
         QStringLiteral("dir=") + m_dir.path(), QStringLiteral("--server"),
         QStringLiteral("type=tcp,bindaddr=127.0.0.1,port=%1").arg(port), QStringLiteral("--ctrl"),
         QStringLiteral("type=tcp,bindaddr=127.0.0.1,port=%1").arg(control),
         QStringLiteral("--flags"), QStringLiteral("not-need-init,startup-clear")});
    if (!m_process.waitForStarted(5000))
        return;
    // Ready once the control port accepts: probing the TPM port would take swtpm's only
    // connection slot.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000 && m_process.state() == QProcess::Running) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, control);
        if (s.waitForConnected(200)) {
            m_port = port;
            return;
        }
        QThread::msleep(50);
    }
}

SoftTpm::~SoftTpm() {
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

QString SoftTpm::tcti() const {
    return QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(m_port);
}

}  // namespace thaid::testing
