#include "fingerprint/libfprint_mapping.h"

#include <cstring>

#include <fp-image-device.h>

namespace thaid::fingerprint {

ScannerInfo describe(FpDevice* d) {
    ScannerInfo s;
    s.id = QString::fromUtf8(fp_device_get_device_id(d));
    s.name = QString::fromUtf8(fp_device_get_name(d));
    s.driver = QString::fromUtf8(fp_device_get_driver(d));
    s.canCapture = fp_device_has_feature(d, FP_DEVICE_FEATURE_CAPTURE);
    s.canVerify = fp_device_has_feature(d, FP_DEVICE_FEATURE_VERIFY);
    s.canIdentify = fp_device_has_feature(d, FP_DEVICE_FEATURE_IDENTIFY);
    s.hasStorage = fp_device_has_feature(d, FP_DEVICE_FEATURE_STORAGE);
    s.canVerifyExternalPrints = G_TYPE_CHECK_INSTANCE_TYPE(d, FP_TYPE_IMAGE_DEVICE);
    s.enrollStages = fp_device_get_nr_enroll_stages(d);
    return s;
}

FingerprintError mapError(const GError* e) {
    const QString detail = QString::fromUtf8(e->message);
    if (g_error_matches(e, G_IO_ERROR, G_IO_ERROR_CANCELLED)) {
        return {FingerprintErrorCode::Cancelled, detail};
    }
    if (e->domain == FP_DEVICE_ERROR) {
        switch (e->code) {
            case FP_DEVICE_ERROR_REMOVED:
                return {FingerprintErrorCode::Unplugged, detail};
            case FP_DEVICE_ERROR_BUSY:
                return {FingerprintErrorCode::Busy, detail};
            case FP_DEVICE_ERROR_DATA_INVALID:
            case FP_DEVICE_ERROR_DATA_NOT_FOUND:
                return {FingerprintErrorCode::IncompatiblePrint, detail};
            default:
                break;
        }
    }
    return {FingerprintErrorCode::DeviceError, detail};
}

ScanRetry mapRetry(const GError* e) {
    switch (e->code) {
        case FP_DEVICE_RETRY_TOO_SHORT:
            return ScanRetry::TooShort;
        case FP_DEVICE_RETRY_CENTER_FINGER:
            return ScanRetry::CenterFinger;
        case FP_DEVICE_RETRY_REMOVE_FINGER:
            return ScanRetry::RemoveFinger;
        default:
            return ScanRetry::General;
    }
}

QByteArray serialize(FpPrint* print, GError** error) {
    guchar* data = nullptr;
    gsize len = 0;
    if (!fp_print_serialize(print, &data, &len, error)) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char*>(data), static_cast<qsizetype>(len));
    memset(data, 0, len);  // the serialized template is biometric data
    g_free(data);
    return out;
}

bool isRemoved(FpDevice* d) {
    gboolean removed = FALSE;
    g_object_get(d, "removed", &removed, nullptr);
    return removed;
}

}  // namespace thaid::fingerprint
