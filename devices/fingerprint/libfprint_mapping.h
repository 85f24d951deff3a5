#pragma once

// Conversions between libfprint's types and ours. Internal to devices/fingerprint.
#include "fingerprint/fingerprint_types.h"

#include <QByteArray>

#include <fprint.h>

namespace thaid::fingerprint {

ScannerInfo describe(FpDevice* device);
FingerprintError mapError(const GError* error);
ScanRetry mapRetry(const GError* error);
// Serialized template; the intermediate GLib buffer is zeroed before it is freed.
QByteArray serialize(FpPrint* print, GError** error);
// A device that reported its removal stays in the context until closed; it is gone for us.
bool isRemoved(FpDevice* device);

}  // namespace thaid::fingerprint
