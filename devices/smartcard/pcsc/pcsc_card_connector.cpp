#include "smartcard/pcsc/pcsc_card_connector.h"

#include "smartcard/pcsc/pcsc_card_access.h"
#include "smartcard/pcsc/pcsc_reader_monitor.h"

namespace thaid::card::pcsc {

namespace {

// Keeps the access (and its PC/SC context) alive as long as the connection made through it.
class OwnedConnection : public CardTransport {
public:
    OwnedConnection(std::unique_ptr<PcscCardAccess> access,
                    std::unique_ptr<PcscCardConnection> connection)
        : m_access(std::move(access)), m_connection(std::move(connection)) {}
    ~OwnedConnection() override {
        m_connection.reset();  // disconnect before the context goes
    }
    QByteArray atr() const override { return m_connection->atr(); }
    Result<QByteArray, CardError> transmit(const QByteArray& command) override {
        return m_connection->transmit(command);
    }
    Result<QByteArray, CardError> reset() override { return m_connection->reset(); }

private:
    std::unique_ptr<PcscCardAccess> m_access;
    std::unique_ptr<PcscCardConnection> m_connection;
};

}  // namespace

Result<std::unique_ptr<CardTransport>, CardError> PcscCardConnector::connect(
    const QString& reader) {
    auto access = std::make_unique<PcscCardAccess>();
    auto connection = access->connect(reader);
    if (!connection)
        return connection.error();
    return std::unique_ptr<CardTransport>(
        std::make_unique<OwnedConnection>(std::move(access), std::move(connection).value()));
}

CardReaderBackend makePcscBackend() {
    return {std::make_unique<PcscReaderMonitor>(), std::make_unique<PcscCardConnector>()};
}

}  // namespace thaid::card::pcsc
