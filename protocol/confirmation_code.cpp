#include "protocol/confirmation_code.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace thaid::protocol {

QString confirmationCode(const QByteArray& sid, const QByteArray& devicePublicKey,
                         const QByteArray& serverNonce) {
    const QByteArray digest =
        QCryptographicHash::hash(sid + devicePublicKey + serverNonce, QCryptographicHash::Sha256);
    const quint32 n = qFromBigEndian<quint32>(digest.constData()) % 1000000u;
    return QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

}  // namespace thaid::protocol
