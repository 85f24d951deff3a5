#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace thaid::registry {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as the registry's routes see it, after framing and limits.
struct HttpRequest {
    QByteArray method;
    QUrl url;             // path and query
    HttpHeaders headers;  // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerName) const {
        for (const auto& h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
};

}  // namespace thaid::registry
