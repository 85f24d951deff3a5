#include "support/pcsc_stack.h"

#include "support/card_fixtures.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

#include <PCSC/winscard.h>

namespace thaid::testing {

namespace {

bool pcscdAnswers() {
    SCARDCONTEXT ctx = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx) != SCARD_S_SUCCESS) {
        return false;
    }
    SCardReleaseContext(ctx);
    return true;
}

bool vpcdReadersListed() {
    SCARDCONTEXT ctx = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx) != SCARD_S_SUCCESS) {
        return false;
    }
    DWORD len = 0;
    const LONG rv = SCardListReaders(ctx, nullptr, nullptr, &len);
    SCardReleaseContext(ctx);
    return rv == SCARD_S_SUCCESS && len > 1;
}

// A person takes longer than pcscd's 400 ms poll to put the next card in; tests do too, unless
// they are about exactly that race.
void waitUntilEmpty(const QString& reader) {
    SCARDCONTEXT ctx = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx) != SCARD_S_SUCCESS) {
        return;
    }
    const QByteArray name = reader.toUtf8();
    SCARD_READERSTATE st{};
    st.szReader = name.constData();
    st.dwCurrentState = SCARD_STATE_UNAWARE;
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (SCardGetStatusChange(ctx, 0, &st, 1) != SCARD_S_SUCCESS ||
            (st.dwEventState & SCARD_STATE_EMPTY)) {
            break;
        }
        QThread::msleep(50);
    }
    SCardReleaseContext(ctx);
}

}  // namespace

PcscdProcess::~PcscdProcess() {
    stop();
}

bool PcscdProcess::start(QString* error) {
    if (running()) {
        return true;
    }
    if (pcscdAnswers()) {
        *error = QStringLiteral(
            "another pcscd already serves /run/pcscd/pcscd.comm; run the tests through "
            "scripts/test.sh, which gives them a private one");
        return false;
    }
    QDir().mkpath(QStringLiteral("/run/pcscd"));
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral("/usr/sbin/pcscd"));
    m_process->setArguments({QStringLiteral("--foreground")});
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        *error = QStringLiteral("pcscd did not start: ") + m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (vpcdReadersListed()) {
            return true;
        }
        QThread::msleep(50);
    }
    *error =
        QStringLiteral("pcscd started but lists no vpcd reader (is vsmartcard-vpcd installed?)");
    return false;
}

void PcscdProcess::kill() {
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }
}

void PcscdProcess::stop() {
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }
}

bool PcscdProcess::running() const {
    return m_process && m_process->state() == QProcess::Running;
}

QString VirtualCard::reader(int port) {
    return port == kSlot0 ? QStringLiteral("Virtual PCD 00 00")
                          : QStringLiteral("Virtual PCD 00 01");
}

VirtualCard::~VirtualCard() {
    remove();
}

bool VirtualCard::insert(const QString& profile, const QStringList& extraArgs, int port) {
    remove();
    m_port = port;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(THAID_VIRTUAL_CARD_BIN));
    m_process->setArguments(QStringList{QStringLiteral("--profile"), profile,
                                        QStringLiteral("--port"), QString::number(port),
                                        QStringLiteral("--connect-timeout"), QStringLiteral("10")} +
                            extraArgs);
    m_process->start();
    QDeadlineTimer deadline(15000);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        seen += m_process->readAllStandardOutput();
        if (seen.contains("card inserted")) {
            return true;
        }
        if (m_process->state() != QProcess::Running) {
            return false;
        }
    }
    return false;
}

void VirtualCard::remove(Settle settle) {
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
        m_process.reset();
        if (settle == Settle::UntilPcscdSawIt) {
            waitUntilEmpty(reader(m_port));
        }
    }
}

bool VirtualCard::waitForExit(int ms) {
    const bool exited = !m_process || m_process->waitForFinished(ms);
    if (exited && m_process) {
        m_process.reset();
        waitUntilEmpty(reader(m_port));
    }
    return exited;
}

QString VirtualCard::output() {
    return m_process ? QString::fromUtf8(m_process->readAllStandardOutput()) : QString();
}

CommandResult runKioskctl(const QStringList& args, int timeoutMs) {
    QProcess p;
    p.start(QStringLiteral(THAID_KIOSKCTL_BIN), args);
    CommandResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString profilePath(const QString& name) {
    return profilesDir() + QLatin1Char('/') + name + QStringLiteral(".json");
}

QStringList shippedProfiles() {
    QStringList names;
    for (const QString& f :
         QDir(profilesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        names << f.chopped(5);
    }
    return names;
}

}  // namespace thaid::testing
