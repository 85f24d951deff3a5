#pragma once

#include <optional>

#include <QString>

namespace thaid::card::virtualcard {

// Misbehaviour the virtual card can show, for tests of every fault path.
enum class CardFault {
    None,
    NotThai,        // SELECT of the Thai applet is refused (6A 82)
    StatusWord,     // the third READ answers 6F 00
    T0WrongLength,  // READ answers 61 00, and GET RESPONSE with Le 00 answers 6C xx
    CheckDigit,     // the citizen ID's check digit is wrong
    Date,           // the birth date is impossible
    Tis620,         // the Thai first name holds a byte with no TIS-620 meaning
    JpegTruncated,  // the photo stops before its end marker
    JpegCorrupt,    // the photo does not start with a JPEG header
};

std::optional<CardFault> parseCardFault(const QString& name);
QString cardFaultNames();

}  // namespace thaid::card::virtualcard
