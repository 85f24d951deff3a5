#pragma once

// The libfprint side of LibfprintScanner. Everything here runs on the GLib loop thread; results
// reach the scanner on the Qt thread as queued calls. Internal to devices/fingerprint.
#include "fingerprint/fingerprint_types.h"
#include "fingerprint/gobject_ptr.h"

#include <functional>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QString>

#include <fprint.h>

namespace thaid::fingerprint {

class LibfprintScanner;

enum class OpKind { Enroll, Verify, Identify, Capture };

struct LibfprintBackend {
    struct Operation {
        OpKind kind;
        GRef<FpDevice> device;
        GRef<GCancellable> cancellable{g_cancellable_new()};
        GRef<FpPrint> reference;
        GPtrArray* gallery = nullptr;
        int attempt = 0;
        int maxAttempts = 1;
        int retries = 0;
        gint64 startedUs = g_get_monotonic_time();
        gulong fingerHandler = 0;
        bool awaitingFinger = false;

        ~Operation() {
            if (fingerHandler)
                g_signal_handler_disconnect(device.get(), fingerHandler);
            if (gallery)
                g_ptr_array_unref(gallery);
        }
        qint64 elapsedMs() const { return (g_get_monotonic_time() - startedUs) / 1000; }
    };

    explicit LibfprintBackend(LibfprintScanner* o) : owner(o) {}
    ~LibfprintBackend() { dropContext(); }

    LibfprintScanner* owner;
    GRef<FpContext> context;
    std::unique_ptr<Operation> op;

    void toQt(std::function<void(LibfprintScanner&)> fn);

    void dropContext();

    void createContext();

    void publish();

    FpDevice* find(const QString& id, bool preferImageDevice);

    void fail(const FingerprintError& e);

    void succeed(std::function<void(LibfprintScanner&)> report);

    // Opens the device if needed, then runs `next`.
    void withOpenDevice(std::function<void()> next);

    void watchFinger();

    // ---- enroll ----
    void enroll(const QString& id, int finger);

    void startEnroll(int finger);

    // ---- verify / identify ----
    GRef<FpPrint> load(const QByteArray& bytes, FingerprintError* error);

    bool checkCompatible(FpPrint* p, FingerprintError* error);

    void match(OpKind kind, const QString& id, const QList<QByteArray>& prints, int maxAttempts);

    void startMatch();

    static void matchDone(GObject* src, GAsyncResult* res, gpointer self);

    void report(bool matched, int index);

    // ---- capture ----
    void capture(const QString& id);

    void startCapture();

    static void captureDone(GObject* src, GAsyncResult* res, gpointer self);

    void cancel();
};

}  // namespace thaid::fingerprint
