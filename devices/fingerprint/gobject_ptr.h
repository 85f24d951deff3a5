#pragma once

// RAII for the GLib objects libfprint hands out. Internal to devices/fingerprint.
#include <memory>

#include <glib-object.h>

namespace thaid::fingerprint {

template <typename T>
struct GObjectDeleter {
    void operator()(T* p) const {
        if (p)
            g_object_unref(p);
    }
};
template <typename T>
using GRef = std::unique_ptr<T, GObjectDeleter<T>>;

struct GErrorDeleter {
    void operator()(GError* e) const { g_error_free(e); }
};
using GErrorPtr = std::unique_ptr<GError, GErrorDeleter>;

}  // namespace thaid::fingerprint
