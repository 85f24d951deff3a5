#include "protocol/exception_reason.h"

#include <array>

namespace thaid::protocol {

namespace {

constexpr std::array kReasons{ExceptionReason::FingersWorn, ExceptionReason::FingersMissing,
                              ExceptionReason::FingersInjured, ExceptionReason::ScannerCannotRead};
constexpr std::array kFingers{IndexFinger::Right, IndexFinger::Left};

template <typename E, std::size_t N>
std::optional<E> fromName(const std::array<E, N>& all, QString (*name)(E), QStringView text) {
    for (E e : all)
        if (text == name(e))
            return e;
    return std::nullopt;
}

}  // namespace

std::span<const ExceptionReason> allExceptionReasons() {
    return kReasons;
}

QString exceptionReasonName(ExceptionReason reason) {
    switch (reason) {
        case ExceptionReason::FingersWorn:
            return QStringLiteral("fingers_worn");
        case ExceptionReason::FingersMissing:
            return QStringLiteral("fingers_missing");
        case ExceptionReason::FingersInjured:
            return QStringLiteral("fingers_injured");
        case ExceptionReason::ScannerCannotRead:
            return QStringLiteral("scanner_cannot_read");
    }
    return {};
}

std::optional<ExceptionReason> exceptionReasonFromName(QStringView name) {
    return fromName(kReasons, exceptionReasonName, name);
}

std::span<const IndexFinger> allIndexFingers() {
    return kFingers;
}

QString indexFingerName(IndexFinger finger) {
    switch (finger) {
        case IndexFinger::Right:
            return QStringLiteral("right-index");
        case IndexFinger::Left:
            return QStringLiteral("left-index");
    }
    return {};
}

std::optional<IndexFinger> indexFingerFromName(QStringView name) {
    return fromName(kFingers, indexFingerName, name);
}

}  // namespace thaid::protocol
