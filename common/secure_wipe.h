#pragma once

#include <QByteArray>
#include <QString>

namespace thaid {

// Overwrites the buffer in place (OPENSSL_cleanse, which the optimiser may not elide), then
// empties it. Citizen data must not linger in freed heap blocks after a session ends.
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

}  // namespace thaid
