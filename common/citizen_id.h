#pragma once

#include <QString>

namespace thaid::card {

// d13 = (11 - (sum_{i=1..12} d_i * (14 - i)) mod 11) mod 10
int citizenIdCheckDigit(QStringView first12);
bool isValidCitizenId(QStringView id);
// "X-XXXX-XXXXX-XX-X", the form printed on the card.
QString formatCitizenId(QStringView id);

}  // namespace thaid::card
