#pragma once

#include "smartcard/thai_id_record.h"

#include <QByteArray>
#include <QString>

namespace thaid::testing {

// A structurally valid JPEG of exactly `size` bytes (SOI, COM padding, SOS, entropy, EOI).
QByteArray makeJpeg(int size);
// A complete, valid citizen record with a photo of `photoSize` bytes.
card::ThaiIdRecord sampleRecord(int photoSize = 600);
QString profilesDir();
// The demo officer's own card (resources/demo/cards/kanya.json's ID and request number).
card::ThaiIdRecord officerRecord();

}  // namespace thaid::testing
