#pragma once

#include <QByteArray>
#include <QString>

namespace thaid::card {

struct DecodedText {
    QString text;
    bool valid = true;  // false when a byte had no TIS-620/cp874 meaning (it became U+FFFD)
};

// Complete TIS-620 table with the Windows cp874 extensions in 0x80-0xA0 that Thai cards and
// systems use. Control bytes other than NUL padding are treated as invalid.
DecodedText decodeTis620(const QByteArray& bytes);
// Inverse, for the virtual card. Returns false if a character has no TIS-620 byte.
bool encodeTis620(const QString& text, QByteArray* out);
// Code point for a single byte, or 0 for a byte with no meaning.
char16_t tis620ToUnicode(quint8 byte);

}  // namespace thaid::card
