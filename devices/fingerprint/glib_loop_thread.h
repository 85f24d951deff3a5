#pragma once

#include <functional>
#include <memory>

namespace thaid::fingerprint {

// A plain thread that owns GLib's default main context and runs its main loop. libfprint's
// async API lives there, so NBIS matching never stalls the Qt thread (docs/devices.md). Qt must run
// with QT_NO_GLIB=1 so that its own event dispatcher leaves the default context alone.
class GlibLoopThread {
public:
    GlibLoopThread();
    ~GlibLoopThread();
    GlibLoopThread(const GlibLoopThread&) = delete;
    GlibLoopThread& operator=(const GlibLoopThread&) = delete;

    // Runs fn on the loop thread, in order.
    void post(std::function<void()> fn);
    // Posts fn and waits for it to finish; never call from the loop thread.
    void run(std::function<void()> fn);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace thaid::fingerprint
