#include "registry/matching/virtual_image_feeder.h"

#include "common/secure_wipe.h"
#include "fingerprint/finger_feed.h"

namespace thaid::registry {

VirtualImageFeeder::VirtualImageFeeder() : m_socket(qEnvironmentVariable("FP_VIRTUAL_IMAGE")) {}

VirtualImageFeeder::~VirtualImageFeeder() {
    drain();
}

void VirtualImageFeeder::feed(QByteArray frame) {
    // Finished sends are collected here, so the list stays as long as the frames in flight.
    m_sends.remove_if([](std::future<bool>& f) {
        return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
    m_sends.push_back(std::async(std::launch::async, [socket = m_socket, frame]() mutable {
        QString error;
        const bool sent =
            fingerprint::finger_feed::send(socket, frame, std::chrono::seconds(10), &error);
        secureWipe(frame);
        return sent;
    }));
}

void VirtualImageFeeder::drain() {
    for (auto& f : m_sends)
        f.wait();
    m_sends.clear();
}

}  // namespace thaid::registry
