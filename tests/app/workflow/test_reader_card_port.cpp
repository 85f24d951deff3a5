// The workflow's card port over a card-reader backend, here a scripted one: a monitor the test
// drives and a connector that hands out the emulated Thai ID applet. What PC/SC does in the
// product is covered by the integration tests; this is what the port makes of it.
#include "adapters/reader_card_port.h"
#include "sim/virtual_card/card_image.h"
#include "sim/virtual_card/thai_id_applet.h"
#include "support/card_fixtures.h"

#include <atomic>
#include <thread>

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::card;
using namespace thaid::card::virtualcard;

namespace {

class ScriptedMonitor : public ReaderMonitor {
public:
    void start() override { ++starts; }
    void stop() override { ++stops; }
    int starts = 0;
    int stops = 0;
};

// The emulated applet as a transport, a little slow per exchange like a real card.
class AppletTransport : public CardTransport {
public:
    AppletTransport(QByteArray image, std::chrono::milliseconds perExchange)
        : m_applet(std::move(image), ThaiIdApplet::defaultAtr(), CardFault::None),
          m_delay(perExchange) {}
    QByteArray atr() const override { return m_applet.atr(); }
    Result<QByteArray, CardError> transmit(const QByteArray& command) override {
        std::this_thread::sleep_for(m_delay);
        return m_applet.process(command);
    }

private:
    ThaiIdApplet m_applet;
    std::chrono::milliseconds m_delay;
};

class AppletConnector : public CardConnector {
public:
    Result<std::unique_ptr<CardTransport>, CardError> connect(const QString& reader) override {
        lastReader = reader;
        if (refuse)
            return CardError{CardErrorCode::CardBusy, QStringLiteral("held by another program")};
        return std::unique_ptr<CardTransport>(std::make_unique<AppletTransport>(
            buildCardImage(thaid::testing::sampleRecord(600), CardFault::None).value(), delay));
    }
    std::atomic<bool> refuse = false;
    std::chrono::milliseconds delay{0};
    QString lastReader;
};

class CardPortTest : public ::testing::Test {
public:
    ScriptedMonitor* monitor = nullptr;
    AppletConnector* connector = nullptr;
    std::unique_ptr<app::ReaderCardPort> port;

    void make(const QString& preferred) {
        auto m = std::make_unique<ScriptedMonitor>();
        auto c = std::make_unique<AppletConnector>();
        monitor = m.get();
        connector = c.get();
        port = std::make_unique<app::ReaderCardPort>(CardReaderBackend{std::move(m), std::move(c)},
                                                     preferred);
        port->start();
    }
    void SetUp() override { make({}); }
};

}  // namespace

TEST_F(CardPortTest, ReportsTheServiceAndTheConfiguredReader) {
    EXPECT_EQ(monitor->starts, 1);
    QSignalSpy service(port.get(), &app::CardPort::serviceAvailable);
    Q_EMIT monitor->serviceStateChanged(ReaderMonitor::ServiceState::Starting);
    EXPECT_EQ(service.size(), 0);  // not known yet: no fault screen for a starting pcscd
    Q_EMIT monitor->serviceStateChanged(ReaderMonitor::ServiceState::Available);
    Q_EMIT monitor->serviceStateChanged(ReaderMonitor::ServiceState::Unavailable);
    ASSERT_EQ(service.size(), 2);
    EXPECT_TRUE(service.at(0).value(0).toBool());
    EXPECT_FALSE(service.at(1).value(0).toBool());

    make(QStringLiteral("Counter 2"));
    QSignalSpy reader(port.get(), &app::CardPort::readerAvailable);
    Q_EMIT monitor->readersChanged({QStringLiteral("ACS Counter 1")});
    Q_EMIT monitor->readersChanged(
        {QStringLiteral("ACS Counter 1"), QStringLiteral("ACS Counter 2")});
    Q_EMIT monitor->readersChanged({});
    ASSERT_EQ(reader.size(), 3);
    EXPECT_FALSE(reader.at(0).value(0).toBool());
    EXPECT_TRUE(reader.at(1).value(0).toBool());
    EXPECT_FALSE(reader.at(2).value(0).toBool());
}

TEST_F(CardPortTest, ReadsAnInsertedCardTextFirstThenTheRecord) {
    QSignalSpy inserted(port.get(), &app::CardPort::cardInserted);
    QSignalSpy identity(port.get(), &app::CardPort::identityRead);
    QSignalSpy photo(port.get(), &app::CardPort::photoProgress);
    QSignalSpy record(port.get(), &app::CardPort::recordRead);
    Q_EMIT monitor->cardInserted(QStringLiteral("Reader A"), ThaiIdApplet::defaultAtr());
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_TRUE(port->cardPresent());
    ASSERT_TRUE(record.wait(5000));
    EXPECT_EQ(connector->lastReader, QStringLiteral("Reader A"));
    ASSERT_EQ(identity.size(), 1);
    EXPECT_EQ(identity.first().value(0).value<ThaiIdIdentity>().citizenId,
              thaid::testing::sampleRecord().identity.citizenId);
    EXPECT_GE(photo.size(), 1);
    const ThaiIdRecord read = record.first().value(0).value<ThaiIdRecord>();
    EXPECT_EQ(read.identity.citizenId, thaid::testing::sampleRecord().identity.citizenId);
    EXPECT_EQ(read.photoJpeg, thaid::testing::sampleRecord(600).photoJpeg);

    // A second card elsewhere is not served while this one is in; its removal is not ours.
    Q_EMIT monitor->cardInserted(QStringLiteral("Reader B"), ThaiIdApplet::defaultAtr());
    Q_EMIT monitor->cardRemoved(QStringLiteral("Reader B"));
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_TRUE(port->cardPresent());
    QSignalSpy removed(port.get(), &app::CardPort::cardRemoved);
    Q_EMIT monitor->cardRemoved(QStringLiteral("Reader A"));
    EXPECT_EQ(removed.size(), 1);
    EXPECT_FALSE(port->cardPresent());
}

TEST_F(CardPortTest, OnlyTheConfiguredReadersCardsAreRead) {
    make(QStringLiteral("Counter 2"));
    QSignalSpy inserted(port.get(), &app::CardPort::cardInserted);
    Q_EMIT monitor->cardInserted(QStringLiteral("ACS Counter 1"), ThaiIdApplet::defaultAtr());
    EXPECT_EQ(inserted.size(), 0);
    EXPECT_FALSE(port->cardPresent());
    Q_EMIT monitor->cardInserted(QStringLiteral("ACS Counter 2"), ThaiIdApplet::defaultAtr());
    EXPECT_EQ(inserted.size(), 1);
}

TEST_F(CardPortTest, ACardThatCannotBeOpenedIsAReadFailure) {
    connector->refuse = true;
    QSignalSpy failed(port.get(), &app::CardPort::readFailed);
    Q_EMIT monitor->cardInserted(QStringLiteral("Reader A"), ThaiIdApplet::defaultAtr());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().value(0).value<CardError>().code, CardErrorCode::CardBusy);
}

TEST_F(CardPortTest, NothingOfARemovedCardArrivesAfterItsRemoval) {
    connector->delay = std::chrono::milliseconds(30);  // a read of about a second
    QSignalSpy identity(port.get(), &app::CardPort::identityRead);
    QSignalSpy record(port.get(), &app::CardPort::recordRead);
    QSignalSpy failed(port.get(), &app::CardPort::readFailed);
    Q_EMIT monitor->cardInserted(QStringLiteral("Reader A"), ThaiIdApplet::defaultAtr());
    Q_EMIT monitor->cardRemoved(QStringLiteral("Reader A"));
    QTest::qWait(2000);
    EXPECT_EQ(identity.size(), 0);
    EXPECT_EQ(record.size(), 0);
    EXPECT_EQ(failed.size(), 0);
    EXPECT_FALSE(port->cardPresent());
    port.reset();  // stops the monitor and joins the read without waiting for it to finish
}
