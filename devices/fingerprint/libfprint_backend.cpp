#include "fingerprint/libfprint_backend.h"

#include "common/secure_wipe.h"
#include "fingerprint/libfprint_mapping.h"
#include "fingerprint/libfprint_scanner.h"

#include <QMetaObject>

#include <fp-image-device.h>

namespace thaid::fingerprint {

namespace {
// Retries (poor scans) that do not count as failed matches, before the scanner is declared
// unusable for this operation.
constexpr int kMaxRetries = 10;
}  // namespace

void LibfprintBackend::toQt(std::function<void(LibfprintScanner&)> fn) {
    QMetaObject::invokeMethod(
        owner, [o = owner, fn = std::move(fn)] { fn(*o); }, Qt::QueuedConnection);
}

void LibfprintBackend::dropContext() {
    if (context) {
        // Close what is open first: libfprint warns, and real sensors stay powered, if an
        // open device is simply dropped. This thread owns the context, so _sync is safe here.
        GPtrArray* devices = fp_context_get_devices(context.get());
        for (guint i = 0; devices && i < devices->len; ++i) {
            auto* d = FP_DEVICE(g_ptr_array_index(devices, i));
            if (fp_device_is_open(d))
                fp_device_close_sync(d, nullptr, nullptr);
        }
        g_signal_handlers_disconnect_by_data(context.get(), this);
        context.reset();
    }
}

void LibfprintBackend::createContext() {
    dropContext();
    context.reset(fp_context_new());
    g_signal_connect(context.get(), "device-added",
                     G_CALLBACK(+[](FpContext*, FpDevice*, gpointer self) {
                         static_cast<LibfprintBackend*>(self)->publish();
                     }),
                     this);
    g_signal_connect(context.get(), "device-removed",
                     G_CALLBACK(+[](FpContext*, FpDevice*, gpointer self) {
                         static_cast<LibfprintBackend*>(self)->publish();
                     }),
                     this);
    fp_context_enumerate(context.get());
    publish();
}

void LibfprintBackend::publish() {
    QList<ScannerInfo> list;
    if (context) {
        GPtrArray* devices = fp_context_get_devices(context.get());
        for (guint i = 0; devices && i < devices->len; ++i) {
            auto* d = FP_DEVICE(g_ptr_array_index(devices, i));
            if (!isRemoved(d))
                list << describe(d);
        }
    }
    toQt([list](LibfprintScanner& s) {
        s.m_scanners = list;
        Q_EMIT s.scannersChanged(list);
    });
}

FpDevice* LibfprintBackend::find(const QString& id, bool preferImageDevice) {
    if (!context)
        return nullptr;
    // A named scanner, or else the first one, preferring an image device for matching because
    // it can match prints from anywhere (a match-on-chip sensor then refuses foreign prints).
    FpDevice* fallback = nullptr;
    GPtrArray* devices = fp_context_get_devices(context.get());
    for (guint i = 0; devices && i < devices->len; ++i) {
        auto* d = FP_DEVICE(g_ptr_array_index(devices, i));
        if (isRemoved(d) || (!id.isEmpty() && describe(d).id != id))
            continue;
        if (!preferImageDevice || describe(d).canVerifyExternalPrints)
            return d;
        if (!fallback)
            fallback = d;
    }
    return fallback;
}

void LibfprintBackend::fail(const FingerprintError& e) {
    if (e.code == FingerprintErrorCode::Unplugged && op && fp_device_is_open(op->device.get())) {
        // libfprint drops a removed device from its context only once it is closed.
        fp_device_close(
            op->device.get(), nullptr,
            +[](GObject* src, GAsyncResult* res, gpointer self) {
                fp_device_close_finish(FP_DEVICE(src), res, nullptr);
                static_cast<LibfprintBackend*>(self)->publish();
            },
            this);
    }
    op.reset();
    toQt([e](LibfprintScanner& s) { s.onFailed(e); });
}

void LibfprintBackend::succeed(std::function<void(LibfprintScanner&)> report) {
    op.reset();
    toQt([report = std::move(report)](LibfprintScanner& s) {
        s.finish();
        report(s);
    });
}

void LibfprintBackend::withOpenDevice(std::function<void()> next) {
    FpDevice* d = op->device.get();
    if (fp_device_is_open(d)) {
        next();
        return;
    }
    auto* pending = new std::function<void()>(std::move(next));
    auto* self = this;
    struct Ctx {
        LibfprintBackend* self;
        std::function<void()>* next;
    };
    fp_device_open(
        d, op->cancellable.get(),
        +[](GObject* src, GAsyncResult* res, gpointer data) {
            std::unique_ptr<Ctx> c(static_cast<Ctx*>(data));
            std::unique_ptr<std::function<void()>> n(c->next);
            GError* err = nullptr;
            if (!fp_device_open_finish(FP_DEVICE(src), res, &err)) {
                GErrorPtr e(err);
                c->self->fail(mapError(err));
                return;
            }
            (*n)();
        },
        new Ctx{self, pending});
}

void LibfprintBackend::watchFinger() {
    op->fingerHandler =
        g_signal_connect(op->device.get(), "notify::finger-status",
                         G_CALLBACK(+[](FpDevice* d, GParamSpec*, gpointer self) {
                             auto* b = static_cast<LibfprintBackend*>(self);
                             const FpFingerStatusFlags st = fp_device_get_finger_status(d);
                             // Ready for a finger: needed, and the last one has been lifted.
                             const bool awaiting =
                                 (st & FP_FINGER_STATUS_NEEDED) && !(st & FP_FINGER_STATUS_PRESENT);
                             if (awaiting && b->op && !b->op->awaitingFinger) {
                                 b->toQt([](LibfprintScanner& s) { s.onFingerAwaited(); });
                             }
                             if (b->op)
                                 b->op->awaitingFinger = awaiting;
                         }),
                         this);
}

void LibfprintBackend::enroll(const QString& id, int finger) {
    FpDevice* d = find(id, false);
    if (!d)
        return fail({FingerprintErrorCode::NoScanner, QStringLiteral("no fingerprint scanner")});
    op = std::make_unique<Operation>();
    op->kind = OpKind::Enroll;
    op->device.reset(FP_DEVICE(g_object_ref(d)));
    watchFinger();
    withOpenDevice([this, finger] { startEnroll(finger); });
}

void LibfprintBackend::startEnroll(int finger) {
    FpPrint* tmpl = fp_print_new(op->device.get());
    fp_print_set_finger(tmpl, static_cast<FpFinger>(finger));
    fp_device_enroll(
        op->device.get(), tmpl, op->cancellable.get(),
        +[](FpDevice* d, gint done, FpPrint*, gpointer self, GError* error) {
            auto* b = static_cast<LibfprintBackend*>(self);
            if (error) {
                const ScanRetry r = mapRetry(error);
                b->toQt([r](LibfprintScanner& s) { Q_EMIT s.retryNeeded(r); });
                return;
            }
            const int total = fp_device_get_nr_enroll_stages(d);
            b->toQt([done, total](LibfprintScanner& s) { Q_EMIT s.enrollProgress(done, total); });
        },
        this, nullptr,
        +[](GObject* src, GAsyncResult* res, gpointer self) {
            auto* b = static_cast<LibfprintBackend*>(self);
            GError* err = nullptr;
            GRef<FpPrint> print(fp_device_enroll_finish(FP_DEVICE(src), res, &err));
            if (!print) {
                GErrorPtr e(err);
                return b->fail(mapError(err));
            }
            QByteArray bytes = serialize(print.get(), &err);
            if (err) {
                GErrorPtr e(err);
                return b->fail(
                    {FingerprintErrorCode::DeviceError, QString::fromUtf8(err->message)});
            }
            b->succeed([bytes](LibfprintScanner& s) mutable {
                Q_EMIT s.enrolled(bytes);
                secureWipe(bytes);
            });
        },
        this);
}

GRef<FpPrint> LibfprintBackend::load(const QByteArray& bytes, FingerprintError* error) {
    GError* err = nullptr;
    GRef<FpPrint> p(fp_print_deserialize(reinterpret_cast<const guchar*>(bytes.constData()),
                                         static_cast<gsize>(bytes.size()), &err));
    if (!p) {
        GErrorPtr e(err);
        *error = {FingerprintErrorCode::CorruptPrint,
                  err ? QString::fromUtf8(err->message) : QString()};
    }
    return p;
}

bool LibfprintBackend::checkCompatible(FpPrint* p, FingerprintError* error) {
    // Image devices match any NBIS print; a match-on-chip sensor only its own templates.
    if (!G_TYPE_CHECK_INSTANCE_TYPE(op->device.get(), FP_TYPE_IMAGE_DEVICE) &&
        !fp_print_compatible(p, op->device.get())) {
        *error = {FingerprintErrorCode::IncompatiblePrint,
                  QStringLiteral("print was enrolled on another match-on-chip sensor")};
        return false;
    }
    return true;
}

void LibfprintBackend::match(OpKind kind, const QString& id, const QList<QByteArray>& prints,
                             int maxAttempts) {
    FpDevice* d = find(id, true);
    if (!d)
        return fail({FingerprintErrorCode::NoScanner, QStringLiteral("no scanner that can match")});
    op = std::make_unique<Operation>();
    op->kind = kind;
    op->maxAttempts = std::max(1, maxAttempts);
    op->device.reset(FP_DEVICE(g_object_ref(d)));
    FingerprintError error{};
    if (kind == OpKind::Verify) {
        op->reference = load(prints.value(0), &error);
        if (!op->reference || !checkCompatible(op->reference.get(), &error))
            return fail(error);
    } else {
        op->gallery = g_ptr_array_new_with_free_func(g_object_unref);
        for (const QByteArray& bytes : prints) {
            GRef<FpPrint> p = load(bytes, &error);
            if (!p || !checkCompatible(p.get(), &error))
                return fail(error);
            g_ptr_array_add(op->gallery, p.release());
        }
    }
    watchFinger();
    withOpenDevice([this] { startMatch(); });
}

void LibfprintBackend::startMatch() {
    ++op->attempt;
    if (op->kind == OpKind::Verify) {
        fp_device_verify(op->device.get(), op->reference.get(), op->cancellable.get(), nullptr,
                         nullptr, nullptr, &LibfprintBackend::matchDone, this);
    } else {
        fp_device_identify(op->device.get(), op->gallery, op->cancellable.get(), nullptr, nullptr,
                           nullptr, &LibfprintBackend::matchDone, this);
    }
}

void LibfprintBackend::matchDone(GObject* src, GAsyncResult* res, gpointer self) {
    auto* b = static_cast<LibfprintBackend*>(self);
    Operation& o = *b->op;
    GError* err = nullptr;
    gboolean matched = FALSE;
    FpPrint* scanned = nullptr;
    FpPrint* found = nullptr;
    if (o.kind == OpKind::Verify) {
        fp_device_verify_finish(FP_DEVICE(src), res, &matched, &scanned, &err);
    } else {
        fp_device_identify_finish(FP_DEVICE(src), res, &found, &scanned, &err);
        matched = found != nullptr;
    }
    if (scanned)
        g_object_unref(scanned);  // holds the captured image; not kept
    GErrorPtr e(err);
    if (err && err->domain == FP_DEVICE_RETRY) {
        const ScanRetry r = mapRetry(err);
        b->toQt([r](LibfprintScanner& s) { Q_EMIT s.retryNeeded(r); });
        --o.attempt;  // a poor scan is not a failed match
        if (++o.retries > kMaxRetries) {
            return b->fail(
                {FingerprintErrorCode::DeviceError, QStringLiteral("too many poor scans")});
        }
        return b->startMatch();
    }
    if (err) {
        if (found)
            g_object_unref(found);
        return b->fail(mapError(err));
    }
    if (matched) {
        int index = -1;
        if (o.gallery) {
            for (guint i = 0; i < o.gallery->len; ++i) {
                if (g_ptr_array_index(o.gallery, i) == found)
                    index = static_cast<int>(i);
            }
            g_object_unref(found);
        }
        return b->report(true, index);
    }
    if (found)
        g_object_unref(found);
    if (o.attempt < o.maxAttempts) {
        const int attempt = o.attempt;
        const int max = o.maxAttempts;
        b->toQt(
            [attempt, max](LibfprintScanner& s) { Q_EMIT s.verifyAttemptFailed(attempt, max); });
        return b->startMatch();
    }
    b->report(false, -1);
}

void LibfprintBackend::report(bool matched, int index) {
    const int attempts = op->attempt;
    const qint64 ms = op->elapsedMs();
    if (op->kind == OpKind::Verify) {
        succeed([=](LibfprintScanner& s) {
            Q_EMIT s.verified(VerifyResult{matched, std::nullopt, attempts, ms});
        });
    } else {
        succeed([=](LibfprintScanner& s) { Q_EMIT s.identified(index, attempts, ms); });
    }
}

void LibfprintBackend::capture(const QString& id) {
    FpDevice* d = find(id, true);
    if (!d)
        return fail(
            {FingerprintErrorCode::NoScanner, QStringLiteral("no scanner that gives an image")});
    op = std::make_unique<Operation>();
    op->kind = OpKind::Capture;
    op->device.reset(FP_DEVICE(g_object_ref(d)));
    watchFinger();
    withOpenDevice([this] { startCapture(); });
}

void LibfprintBackend::startCapture() {
    fp_device_capture(op->device.get(), TRUE, op->cancellable.get(), &LibfprintBackend::captureDone,
                      this);
}

void LibfprintBackend::captureDone(GObject* src, GAsyncResult* res, gpointer self) {
    auto* b = static_cast<LibfprintBackend*>(self);
    GError* err = nullptr;
    GRef<FpImage> image(fp_device_capture_finish(FP_DEVICE(src), res, &err));
    GErrorPtr e(err);
    if (err && err->domain == FP_DEVICE_RETRY) {
        const ScanRetry r = mapRetry(err);
        b->toQt([r](LibfprintScanner& s) { Q_EMIT s.retryNeeded(r); });
        if (++b->op->retries > kMaxRetries)
            return b->fail(
                {FingerprintErrorCode::DeviceError, QStringLiteral("too many poor scans")});
        return b->startCapture();
    }
    if (err || !image)
        return b->fail(
            err ? mapError(err)
                : FingerprintError{FingerprintErrorCode::DeviceError, QStringLiteral("no image")});
    gsize length = 0;
    const guchar* data = fp_image_get_data(image.get(), &length);
    FingerSample sample;
    sample.width = static_cast<int>(fp_image_get_width(image.get()));
    sample.height = static_cast<int>(fp_image_get_height(image.get()));
    sample.pixels = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    sample.captureMs = b->op->elapsedMs();
    b->succeed([sample](LibfprintScanner& s) mutable {
        Q_EMIT s.captured(sample);
        sample.wipe();
    });
}

void LibfprintBackend::cancel() {
    if (op)
        g_cancellable_cancel(op->cancellable.get());
}

}  // namespace thaid::fingerprint
