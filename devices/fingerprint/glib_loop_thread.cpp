#include "fingerprint/glib_loop_thread.h"

#include <future>
#include <thread>

#include <glib.h>

namespace thaid::fingerprint {

struct GlibLoopThread::Impl {
    GMainLoop* loop = nullptr;
    std::thread thread;
};

namespace {
gboolean runPosted(gpointer data) {
    (*static_cast<std::function<void()>*>(data))();
    return G_SOURCE_REMOVE;
}
void deletePosted(gpointer data) {
    delete static_cast<std::function<void()>*>(data);
}
}  // namespace

GlibLoopThread::GlibLoopThread() : d(std::make_unique<Impl>()) {
    d->loop = g_main_loop_new(g_main_context_default(), FALSE);
    std::promise<void> started;
    auto ready = started.get_future();
    d->thread = std::thread([this, &started] {
        g_main_context_acquire(g_main_context_default());
        started.set_value();
        g_main_loop_run(d->loop);
        g_main_context_release(g_main_context_default());
    });
    ready.wait();
}

GlibLoopThread::~GlibLoopThread() {
    post([loop = d->loop] { g_main_loop_quit(loop); });
    d->thread.join();
    g_main_loop_unref(d->loop);
}

void GlibLoopThread::post(std::function<void()> fn) {
    g_main_context_invoke_full(g_main_context_default(), G_PRIORITY_DEFAULT, runPosted,
                               new std::function<void()>(std::move(fn)), deletePosted);
}

void GlibLoopThread::run(std::function<void()> fn) {
    std::promise<void> done;
    auto finished = done.get_future();
    post([&] {
        fn();
        done.set_value();
    });
    finished.wait();
}

}  // namespace thaid::fingerprint
