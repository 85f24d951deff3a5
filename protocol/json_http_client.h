#pragma once

#include "common/result.h"
#include "protocol/registry_error.h"

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

namespace thaid::protocol {

struct JsonCall {
    QByteArray method = "GET";
    QString path;   // with query
    QString label;  // for logs: paths can hold a citizen ID, labels never do
    std::optional<QJsonObject> body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = 10000;
    // Extra attempts after a transient failure, with exponential backoff. A POST is repeated
    // only when the connection failed before the request could reach the registry.
    int retries = 0;
};

// JSON over HTTPS with bounded time for every call: the transport of the registry client and
// of the citizen-app simulator. Every failure becomes a RegistryError of a distinct kind.
class JsonHttpClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<QJsonObject, RegistryError>&)>;

    JsonHttpClient(QUrl base, const QSslConfiguration& tls, QObject* parent = nullptr);

    // `done` runs on this thread, unless `context` is gone by then.
    void send(JsonCall call, QObject* context, Done done);
    // Body bytes as they will be sent: what a device signature covers.
    static QByteArray encode(const QJsonObject& body);

    int backoffBaseMs = 250;
    int backoffMaxMs = 4000;

Q_SIGNALS:
    // Every exchange with the registry, retries counted separately (for the metrics).
    void exchanged(const QString& label, qint64 ms, bool ok);

private:
    void attempt(JsonCall call, const QPointer<QObject>& context, Done done, int attemptNo);

    QUrl m_base;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_nam;
};

}  // namespace thaid::protocol
