#include "common/citizen_id.h"

namespace thaid::card {

int citizenIdCheckDigit(QStringView first12) {
    if (first12.size() != 12) {
        return -1;
    }
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const QChar c = first12[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return -1;
        }
        sum += (c.unicode() - u'0') * (13 - i);
    }
    return (11 - sum % 11) % 10;
}

bool isValidCitizenId(QStringView id) {
    if (id.size() != 13) {
        return false;
    }
    const int check = citizenIdCheckDigit(id.first(12));
    return check >= 0 && id[12].unicode() == u'0' + check;
}

QString formatCitizenId(QStringView id) {
    if (id.size() != 13) {
        return id.toString();
    }
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(id.mid(0, 1), id.mid(1, 4), id.mid(5, 5), id.mid(10, 2), id.mid(12, 1));
}

}  // namespace thaid::card
