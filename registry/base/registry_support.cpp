#include "registry/base/registry_support.h"

#include <QDateTime>

#include <openssl/rand.h>

namespace thaid::registry {

QByteArray randomBytes(int n) {
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), n) != 1)
        qFatal("OpenSSL RAND_bytes failed");
    return out;
}

QDateTime utcTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

}  // namespace thaid::registry
