#include "registry/oidc/oidc_requests.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace thaid::registry {

QUrlQuery parseForm(const QByteArray& body) {
    QByteArray spaced = body;
    spaced.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(spaced));
}

std::optional<ClientCredentials> parseBasicAuthorization(const QByteArray& header) {
    if (!header.startsWith("Basic ") || header.size() > 1024)
        return std::nullopt;
    const auto pair = QByteArray::fromBase64Encoding(header.mid(6).trimmed(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!pair)
        return std::nullopt;
    const qsizetype colon = pair.decoded.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    return ClientCredentials{QUrl::fromPercentEncoding(pair.decoded.left(colon)),
                             QUrl::fromPercentEncoding(pair.decoded.mid(colon + 1)).toUtf8()};
}

QByteArray cookieValue(const QByteArray& header, const QByteArray& name) {
    for (const QByteArray& part : header.split(';')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith(name + '='))
            return p.mid(name.size() + 1);
    }
    return {};
}

}  // namespace thaid::registry
