// PcscReaderMonitor against the real pcscd: insertion, removal, two readers, pcscd dying.
#include "pcsc_environment.h"
#include "smartcard/pcsc/pcsc_reader_monitor.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace thaid::testing;
using thaid::card::pcsc::PcscReaderMonitor;

namespace {

// Waits until the spy holds at least n signals whose first argument equals `arg`.
bool waitFor(QSignalSpy& spy, int n, const QVariant& arg, int ms = 10000) {
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        int matching = 0;
        for (const QList<QVariant>& s : spy) {
            if (!arg.isValid() || s.value(0) == arg)
                ++matching;
        }
        if (matching >= n)
            return true;
        spy.wait(100);
    }
    return false;
}

using State = PcscReaderMonitor::ServiceState;

}  // namespace

TEST(ReaderMonitor, CardMovedBetweenTheTwoVpcdReaders) {
    PcscReaderMonitor monitor;
    QSignalSpy readers(&monitor, &PcscReaderMonitor::readersChanged);
    QSignalSpy inserted(&monitor, &PcscReaderMonitor::cardInserted);
    QSignalSpy removed(&monitor, &PcscReaderMonitor::cardRemoved);
    monitor.start();
    ASSERT_TRUE(waitFor(readers, 1, {}));
    EXPECT_TRUE(
        readers.last().value(0).toStringList().contains(VirtualCard::reader(VirtualCard::kSlot0)));
    EXPECT_TRUE(
        readers.last().value(0).toStringList().contains(VirtualCard::reader(VirtualCard::kSlot1)));

    const QString slot0 = VirtualCard::reader(VirtualCard::kSlot0);
    const QString slot1 = VirtualCard::reader(VirtualCard::kSlot1);
    VirtualCard card;
    ASSERT_TRUE(card.insert(profilePath(QStringLiteral("malee")), {}, VirtualCard::kSlot0));
    ASSERT_TRUE(waitFor(inserted, 1, slot0));
    EXPECT_EQ(inserted.last().value(1).toByteArray(),
              QByteArray::fromHex("3B799600005448204E4944203138"));

    card.remove();
    ASSERT_TRUE(waitFor(removed, 1, slot0));
    ASSERT_TRUE(card.insert(profilePath(QStringLiteral("malee")), {}, VirtualCard::kSlot1));
    ASSERT_TRUE(waitFor(inserted, 1, slot1));

    const CommandResult r = runKioskctl({QStringLiteral("read-card"), QStringLiteral("--json"),
                                         QStringLiteral("--reader"), slot1,
                                         QStringLiteral("--wait"), QStringLiteral("5")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("\"3100400123456\""));
    const CommandResult empty = runKioskctl({QStringLiteral("read-card"), QStringLiteral("--json"),
                                             QStringLiteral("--reader"), slot0,
                                             QStringLiteral("--wait"), QStringLiteral("1")});
    EXPECT_EQ(empty.exitCode, 2);
}

TEST(ReaderMonitor, RecoversByItselfWhenPcscdIsKilledAndRestarted) {
    PcscReaderMonitor monitor;
    QSignalSpy service(&monitor, &PcscReaderMonitor::serviceStateChanged);
    QSignalSpy inserted(&monitor, &PcscReaderMonitor::cardInserted);
    QSignalSpy removed(&monitor, &PcscReaderMonitor::cardRemoved);
    QSignalSpy readers(&monitor, &PcscReaderMonitor::readersChanged);
    monitor.start();
    ASSERT_TRUE(waitFor(service, 1, QVariant::fromValue(State::Available)));
    const QString slot0 = VirtualCard::reader(VirtualCard::kSlot0);
    VirtualCard card;  // stays in the reader; it reconnects when vpcd comes back
    ASSERT_TRUE(card.insert(profilePath(QStringLiteral("siriporn"))));
    ASSERT_TRUE(waitFor(inserted, 1, slot0));

    pcscd().kill();
    ASSERT_TRUE(waitFor(service, 1, QVariant::fromValue(State::Unavailable)));
    ASSERT_TRUE(waitFor(removed, 1, slot0));
    ASSERT_TRUE(waitFor(readers, 1, QStringList{}));  // the readers went with the daemon

    QString error;
    ASSERT_TRUE(pcscd().start(&error)) << error.toStdString();
    ASSERT_TRUE(waitFor(service, 2, QVariant::fromValue(State::Available), 15000));
    ASSERT_TRUE(waitFor(inserted, 2, slot0, 15000));
    EXPECT_TRUE(readers.last().value(0).toStringList().contains(slot0));

    // And the whole stack works again, without restarting anything of ours.
    const CommandResult r = runKioskctl({QStringLiteral("read-card"), QStringLiteral("--json"),
                                         QStringLiteral("--wait"), QStringLiteral("5")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST(ReaderMonitor, StartsBeforePcscdAndStopsPromptly) {
    pcscd().stop();
    PcscReaderMonitor monitor;
    QSignalSpy service(&monitor, &PcscReaderMonitor::serviceStateChanged);
    monitor.start();
    ASSERT_TRUE(waitFor(service, 1, QVariant::fromValue(State::Unavailable)));
    QString error;
    ASSERT_TRUE(pcscd().start(&error)) << error.toStdString();
    ASSERT_TRUE(waitFor(service, 1, QVariant::fromValue(State::Available), 15000));
    QElapsedTimer t;
    t.start();
    monitor.stop();
    EXPECT_LT(t.elapsed(), 3000);
}
