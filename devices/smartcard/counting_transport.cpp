#include "smartcard/counting_transport.h"

namespace thaid::card {

Result<QByteArray, CardError> CountingTransport::transmit(const QByteArray& command) {
    auto r = m_inner.transmit(command);
    m_exchanges.append(
        {static_cast<int>(command.size()), r ? static_cast<int>(r.value().size()) : 0});
    return r;
}

qint64 CountingTransport::bytesReceived() const {
    qint64 n = 0;
    for (const Exchange& e : m_exchanges) {
        n += e.responseBytes;
    }
    return n;
}

}  // namespace thaid::card
