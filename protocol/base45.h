#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace thaid::protocol {

// RFC 9285: two bytes become three characters of the QR alphanumeric set, so a QR code holds
// binary data in its densest text mode.
QString base45Encode(const QByteArray& bytes);
// Empty optional for a character outside the alphabet, a dangling single character, or a
// triplet whose value exceeds 65535.
std::optional<QByteArray> base45Decode(QStringView text);

}  // namespace thaid::protocol
