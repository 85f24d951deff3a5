// Another process holding the card exclusively: read-card waits for it, then gives up clearly.
#include "pcsc_environment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <PCSC/winscard.h>
#include <gtest/gtest.h>

using namespace thaid::testing;

namespace {

class ExclusiveHolder {
public:
    bool grab(const QString& reader) {
        if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_ctx) !=
            SCARD_S_SUCCESS) {
            return false;
        }
        DWORD proto = 0;
        const QByteArray name = reader.toUtf8();
        for (int i = 0; i < 50; ++i) {
            if (SCardConnect(m_ctx, name.constData(), SCARD_SHARE_EXCLUSIVE,
                             SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card,
                             &proto) == SCARD_S_SUCCESS) {
                m_held = true;
                return true;
            }
            QThread::msleep(100);
        }
        return false;
    }
    void release() {
        if (m_held) {
            SCardDisconnect(m_card, SCARD_LEAVE_CARD);
            m_held = false;
        }
    }
    ~ExclusiveHolder() {
        release();
        if (m_ctx)
            SCardReleaseContext(m_ctx);
    }

private:
    SCARDCONTEXT m_ctx = 0;
    SCARDHANDLE m_card = 0;
    bool m_held = false;
};

QProcess* startRead() {
    auto* p = new QProcess;
    p->start(QStringLiteral(THAID_KIOSKCTL_BIN),
             {QStringLiteral("read-card"), QStringLiteral("--json"), QStringLiteral("--wait"),
              QStringLiteral("5")});
    return p;
}

}  // namespace

TEST(Sharing, ViolationIsRetriedUntilTheOtherProgramLetsGo) {
    VirtualCard card;
    ASSERT_TRUE(card.insert(profilePath(QStringLiteral("pranee"))));
    ExclusiveHolder other;
    ASSERT_TRUE(other.grab(VirtualCard::reader(VirtualCard::kSlot0)));
    std::unique_ptr<QProcess> read(startRead());
    ASSERT_TRUE(read->waitForStarted());
    QThread::msleep(1000);
    EXPECT_EQ(read->state(), QProcess::Running);  // still waiting for the card
    other.release();
    ASSERT_TRUE(read->waitForFinished(15000));
    EXPECT_EQ(read->exitCode(), 0) << read->readAllStandardError().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(read->readAllStandardOutput())
                  .object()
                  .value(QStringLiteral("cid"))
                  .toString(),
              QStringLiteral("8410100987658"));
}

TEST(Sharing, CardHeldThroughoutIsReportedBusy) {
    VirtualCard card;
    ASSERT_TRUE(card.insert(profilePath(QStringLiteral("pranee"))));
    ExclusiveHolder other;
    ASSERT_TRUE(other.grab(VirtualCard::reader(VirtualCard::kSlot0)));
    std::unique_ptr<QProcess> read(startRead());
    ASSERT_TRUE(read->waitForFinished(20000));
    EXPECT_EQ(read->exitCode(), 7);
    EXPECT_EQ(QJsonDocument::fromJson(read->readAllStandardOutput())
                  .object()
                  .value(QStringLiteral("error"))
                  .toString(),
              QStringLiteral("card_busy"));
}
