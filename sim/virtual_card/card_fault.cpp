#include "sim/virtual_card/card_fault.h"

#include <array>
#include <utility>

namespace thaid::card::virtualcard {

namespace {
constexpr std::array<std::pair<const char*, CardFault>, 8> kFaults{{
    {"not-thai", CardFault::NotThai},
    {"status-word", CardFault::StatusWord},
    {"t0-wrong-length", CardFault::T0WrongLength},
    {"check-digit", CardFault::CheckDigit},
    {"date", CardFault::Date},
    {"tis620", CardFault::Tis620},
    {"jpeg-truncated", CardFault::JpegTruncated},
    {"jpeg-corrupt", CardFault::JpegCorrupt},
}};
}  // namespace

std::optional<CardFault> parseCardFault(const QString& name) {
    if (name.isEmpty() || name == QLatin1String("none")) {
        return CardFault::None;
    }
    for (const auto& [n, f] : kFaults) {
        if (name == QLatin1String(n)) {
            return f;
        }
    }
    return std::nullopt;
}

QString cardFaultNames() {
    QString names;
    for (const auto& [n, f] : kFaults) {
        names += (names.isEmpty() ? QString() : QStringLiteral(", ")) + QLatin1String(n);
    }
    return names;
}

}  // namespace thaid::card::virtualcard
