#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace thaid::registry {

// What the registry's libraries share: OpenSSL randomness (fatal if it fails: no token,
// nonce or ID may be predictable) and the API's time format.
QByteArray randomBytes(int n);
QString isoTime(qint64 ms);
QDateTime utcTime(qint64 ms);

}  // namespace thaid::registry
