#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QString>

namespace thaid::card::virtualcard {

// The card side of vsmartcard's vpcd protocol: a TCP client; every message is a 2-byte
// big-endian length and a payload. Connecting is inserting the card, closing is removing it.
class VpcdLink {
public:
    VpcdLink() = default;
    ~VpcdLink();
    VpcdLink(const VpcdLink&) = delete;
    VpcdLink& operator=(const VpcdLink&) = delete;

    // Retries until pcscd's vpcd driver accepts, or the timeout passes.
    bool connect(const QString& host, quint16 port, std::chrono::milliseconds timeout,
                 QString* error);
    // Empty optional when pcscd closed the link.
    std::optional<QByteArray> receive();
    bool send(const QByteArray& payload);
    void close();

private:
    bool readExact(char* buf, size_t n);
    int m_fd = -1;
};

}  // namespace thaid::card::virtualcard
