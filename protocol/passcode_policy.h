#pragma once

#include <optional>

#include <QString>

namespace thaid::protocol {

// The ThaiD passcode (docs/protocol.md): 8 digits, no 4 consecutive ascending or descending digits
// (1234, 8765), no digit 4 times in a row (1111).
enum class PasscodeProblem { NotEightDigits, AscendingRun, DescendingRun, RepeatedDigit };

std::optional<PasscodeProblem> checkPasscode(QStringView passcode);
QString passcodeProblemId(PasscodeProblem problem);

}  // namespace thaid::protocol
