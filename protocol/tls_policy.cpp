#include "protocol/tls_policy.h"

#include <QSslCipher>

namespace thaid::protocol {

QSslConfiguration withProtocolTls(QSslConfiguration tls) {
    QList<QSslCipher> allowed;
    for (const QSslCipher& c : QSslConfiguration::supportedCiphers()) {
        const QString name = c.name();
        const bool aead =
            name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
        if (c.protocol() == QSsl::TlsV1_3 ||
            (c.protocol() == QSsl::TlsV1_2 && aead && name.startsWith(QLatin1String("ECDHE-"))))
            allowed.append(c);
    }
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(allowed);
    return tls;
}

}  // namespace thaid::protocol
