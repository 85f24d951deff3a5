#include "protocol/trusted_keys.h"

#include <QFile>

namespace thaid::protocol {

Result<QList<Ed25519Key>, QString> readTrustedKeys(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, f.errorString());
    QList<Ed25519Key> keys;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QByteArray hex = line.trimmed();
        if (hex.isEmpty() || hex.startsWith('#'))
            continue;
        auto k = Ed25519Key::fromRawPublic(QByteArray::fromHex(hex));
        if (!k || hex.size() != 64)
            return QStringLiteral("%1: not an Ed25519 public key in hex").arg(path);
        keys.append(*k);
    }
    if (keys.isEmpty())
        return QStringLiteral("%1 holds no signing key").arg(path);
    return keys;
}

}  // namespace thaid::protocol
