#pragma once

#include <future>
#include <list>

#include <QByteArray>
#include <QString>

namespace thaid::registry {

// Puts images on the registry's own virtual_image socket, so that libfprint's NBIS and bozorth3
// see them as if placed on a sensor. The driver reads a frame only when it waits for a finger,
// and the sender blocks until then, so each frame goes from its own thread.
class VirtualImageFeeder {
public:
    // The socket libfprint's virtual_image driver listens on (FP_VIRTUAL_IMAGE of this process).
    VirtualImageFeeder();
    ~VirtualImageFeeder();
    VirtualImageFeeder(const VirtualImageFeeder&) = delete;
    VirtualImageFeeder& operator=(const VirtualImageFeeder&) = delete;

    bool ready() const { return !m_socket.isEmpty(); }
    void feed(QByteArray frame);
    // Waits for the frames already handed over.
    void drain();

private:
    QString m_socket;
    std::list<std::future<bool>> m_sends;
};

}  // namespace thaid::registry
