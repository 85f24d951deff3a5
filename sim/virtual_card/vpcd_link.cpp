#include "sim/virtual_card/vpcd_link.h"

#include <cerrno>
#include <cstring>
#include <thread>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace thaid::card::virtualcard {

VpcdLink::~VpcdLink() {
    close();
}

bool VpcdLink::connect(const QString& host, quint16 port, std::chrono::milliseconds timeout,
                       QString* error) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* res = nullptr;
    const QByteArray service = QByteArray::number(port);
    if (getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &res) != 0) {
        *error = QStringLiteral("cannot resolve %1").arg(host);
        return false;
    }
    while (true) {
        for (addrinfo* ai = res; ai; ai = ai->ai_next) {
            const int fd = ::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
            if (fd < 0) {
                continue;
            }
            if (::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
                const int one = 1;
                setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                m_fd = fd;
                freeaddrinfo(res);
                return true;
            }
            *error = QString::fromLocal8Bit(strerror(errno));
            ::close(fd);
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            freeaddrinfo(res);
            *error =
                QStringLiteral("vpcd at %1:%2 not reachable: %3").arg(host).arg(port).arg(*error);
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

bool VpcdLink::readExact(char* buf, size_t n) {
    while (n > 0) {
        // vpcd writes the length and the payload in two segments; without a quick ACK, Nagle on
        // its side and delayed ACK on ours add 40 ms to every exchange.
        const int one = 1;
        setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
        const ssize_t got = ::recv(m_fd, buf, n, 0);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return false;
        }
        buf += got;
        n -= static_cast<size_t>(got);
    }
    return true;
}

std::optional<QByteArray> VpcdLink::receive() {
    if (m_fd < 0) {
        return std::nullopt;
    }
    unsigned char len[2];
    if (!readExact(reinterpret_cast<char*>(len), 2)) {
        return std::nullopt;
    }
    QByteArray payload((len[0] << 8) | len[1], '\0');
    if (!payload.isEmpty() && !readExact(payload.data(), static_cast<size_t>(payload.size()))) {
        return std::nullopt;
    }
    return payload;
}

bool VpcdLink::send(const QByteArray& payload) {
    QByteArray frame(2, '\0');
    frame[0] = static_cast<char>((payload.size() >> 8) & 0xFF);
    frame[1] = static_cast<char>(payload.size() & 0xFF);
    frame += payload;
    // One segment per message, so the reader side's delayed ACK never stalls us.
    const char* p = frame.constData();
    size_t left = static_cast<size_t>(frame.size());
    while (left > 0) {
        const ssize_t n = ::send(m_fd, p, left, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
    return true;
}

void VpcdLink::close() {
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

}  // namespace thaid::card::virtualcard
