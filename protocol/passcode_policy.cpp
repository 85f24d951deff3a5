#include "protocol/passcode_policy.h"

namespace thaid::protocol {

std::optional<PasscodeProblem> checkPasscode(QStringView p) {
    if (p.size() != 8)
        return PasscodeProblem::NotEightDigits;
    for (QChar c : p) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return PasscodeProblem::NotEightDigits;
    }
    int up = 1, down = 1, same = 1;
    for (qsizetype i = 1; i < p.size(); ++i) {
        const int step = p[i].unicode() - p[i - 1].unicode();
        up = step == 1 ? up + 1 : 1;
        down = step == -1 ? down + 1 : 1;
        same = step == 0 ? same + 1 : 1;
        if (same >= 4)
            return PasscodeProblem::RepeatedDigit;
        if (up >= 4)
            return PasscodeProblem::AscendingRun;
        if (down >= 4)
            return PasscodeProblem::DescendingRun;
    }
    return std::nullopt;
}

QString passcodeProblemId(PasscodeProblem problem) {
    switch (problem) {
        case PasscodeProblem::NotEightDigits:
            return QStringLiteral("not_eight_digits");
        case PasscodeProblem::AscendingRun:
            return QStringLiteral("ascending_run");
        case PasscodeProblem::DescendingRun:
            return QStringLiteral("descending_run");
        case PasscodeProblem::RepeatedDigit:
            return QStringLiteral("repeated_digit");
    }
    return {};
}

}  // namespace thaid::protocol
