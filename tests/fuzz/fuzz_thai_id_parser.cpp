// libFuzzer target: card file bytes, as a hostile or broken card could return them, through every
// parser that sees them.
#include "smartcard/jpeg_extent.h"
#include "smartcard/thai_address.h"
#include "smartcard/thai_id_parser.h"
#include "smartcard/tis620.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    thaid::card::ThaiIdRecord record = thaid::card::parseThaiIdFile(bytes);
    record.wipe();
    (void)thaid::card::findJpegExtent(bytes);
    const thaid::card::DecodedText text = thaid::card::decodeTis620(bytes);
    (void)thaid::card::parseThaiAddress(text.text);
    return 0;
}
