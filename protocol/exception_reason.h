#pragma once

#include <optional>
#include <span>

#include <QString>
#include <QStringView>

namespace thaid::protocol {

// Why a supervisor may stand in for a citizen's fingers (the API's ExceptionRequest.reason),
// in the order the officer chooses them with keys 1 to 4.
enum class ExceptionReason { FingersWorn, FingersMissing, FingersInjured, ScannerCannotRead };

std::span<const ExceptionReason> allExceptionReasons();
QString exceptionReasonName(ExceptionReason reason);
std::optional<ExceptionReason> exceptionReasonFromName(QStringView name);

// The two fingers the registry holds reference prints of (the API's FingerSample.finger): the
// right index first, the left when it does not match.
enum class IndexFinger { Right, Left };

std::span<const IndexFinger> allIndexFingers();
QString indexFingerName(IndexFinger finger);
std::optional<IndexFinger> indexFingerFromName(QStringView name);

}  // namespace thaid::protocol
