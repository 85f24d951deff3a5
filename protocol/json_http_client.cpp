#include "protocol/json_http_client.h"

#include "protocol/protocol_logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace thaid::protocol {

namespace {

RegistryError networkError(QNetworkReply::NetworkError e, const QString& text, bool sslFailed) {
    if (sslFailed || e == QNetworkReply::SslHandshakeFailedError)
        return {RegistryErrorKind::Tls, 0, QStringLiteral("tls"), text};
    switch (e) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return {RegistryErrorKind::Timeout, 0, QStringLiteral("timeout"), text};
        default:
            return {RegistryErrorKind::Unreachable, 0, QStringLiteral("unreachable"), text};
    }
}

Result<QJsonObject, RegistryError> interpret(int status, const QByteArray& bytes) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    const bool isObject = pe.error == QJsonParseError::NoError && doc.isObject();
    if (status >= 500)
        return RegistryError{RegistryErrorKind::ServerError, status,
                             isObject ? doc.object().value(QStringLiteral("code")).toString()
                                      : QStringLiteral("http_%1").arg(status),
                             QStringLiteral("HTTP %1").arg(status)};
    if (status >= 400) {
        RegistryError e{RegistryErrorKind::Rejected, status, QStringLiteral("http_%1").arg(status),
                        QStringLiteral("HTTP %1").arg(status)};
        if (isObject && doc.object().value(QStringLiteral("code")).isString()) {
            e.code = doc.object().value(QStringLiteral("code")).toString();
            e.detail = doc.object().value(QStringLiteral("message")).toString().left(200);
            e.attemptsLeft = doc.object().value(QStringLiteral("attempts_left")).toInt(-1);
        }
        return e;
    }
    if (status < 200 || !isObject)
        return RegistryError{RegistryErrorKind::MalformedAnswer, status,
                             QStringLiteral("malformed"),
                             QStringLiteral("HTTP %1 without a JSON object").arg(status)};
    return doc.object();
}

}  // namespace

JsonHttpClient::JsonHttpClient(QUrl base, const QSslConfiguration& tls, QObject* parent)
    : QObject(parent), m_base(std::move(base)), m_tls(tls) {
    m_nam.setAutoDeleteReplies(false);
}

QByteArray JsonHttpClient::encode(const QJsonObject& body) {
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void JsonHttpClient::send(JsonCall call, QObject* context, Done done) {
    attempt(std::move(call), QPointer<QObject>(context), std::move(done), 0);
}

void JsonHttpClient::attempt(JsonCall call, const QPointer<QObject>& context, Done done,
                             int attemptNo) {
    QUrl url = m_base;
    const int q = call.path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (q < 0 ? call.path : call.path.left(q)));
    if (q >= 0)
        url.setQuery(call.path.mid(q + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& h : call.headers)
        request.setRawHeader(h.first, h.second);
    const QByteArray body = call.body ? encode(*call.body) : QByteArray();
    QNetworkReply* reply = m_nam.sendCustomRequest(request, call.method, body);

    auto sslFailed = std::make_shared<bool>(false);
    auto timedOut = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::sslErrors, reply,
            [sslFailed](const QList<QSslError>&) { *sslFailed = true; });
    // Qt would accept a registry named only in the certificate's CN; the protocol wants the
    // name in the subjectAltName.
    connect(reply, &QNetworkReply::encrypted, reply, [reply, sslFailed, host = m_base.host()] {
        const auto names = reply->sslConfiguration().peerCertificate().subjectAlternativeNames();
        if (!names.values(QSsl::DnsEntry).contains(host) &&
            !names.values(QSsl::IpAddressEntry).contains(host)) {
            *sslFailed = true;
            reply->abort();
        }
    });
    // Our own clock rather than transferTimeout: it bounds the whole exchange, handshake included.
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(call.timeoutMs);
    QElapsedTimer clock;
    clock.start();

    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, call = std::move(call), context, done = std::move(done), attemptNo, sslFailed,
         timedOut, clock]() mutable {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            Result<QJsonObject, RegistryError> result = QJsonObject();
            if (*timedOut) {
                result = RegistryError{RegistryErrorKind::Timeout, 0, QStringLiteral("timeout"),
                                       QStringLiteral("no answer in %1 ms").arg(call.timeoutMs)};
            } else if (status == 0) {
                result = networkError(reply->error(), reply->errorString(), *sslFailed);
            } else {
                result = interpret(status, reply->readAll());
            }
            Q_EMIT exchanged(call.label, clock.elapsed(), result.ok());
            if (!result) {
                const RegistryError& e = result.error();
                const bool neverArrived = e.kind == RegistryErrorKind::Unreachable &&
                                          reply->error() == QNetworkReply::ConnectionRefusedError;
                const bool repeatable = call.method == "GET" || neverArrived;
                if (e.transient() && repeatable && attemptNo < call.retries) {
                    const int delay =
                        std::min(backoffMaxMs, backoffBaseMs << std::min(attemptNo, 8));
                    qCInfo(lcApiClient).noquote() << call.label << registryErrorKindId(e.kind)
                                                  << "- retry in" << delay << "ms";
                    QTimer::singleShot(delay, this, [=, this]() mutable {
                        attempt(std::move(call), context, std::move(done), attemptNo + 1);
                    });
                    return;
                }
                qCWarning(lcApiClient).noquote()
                    << call.label << registryErrorKindId(e.kind) << e.code << e.detail;
            }
            if (context)
                done(result);
        });
}

}  // namespace thaid::protocol
