#include "registry_client/qr_frame_feed.h"

#include "logging/app_logging.h"
#include "protocol/qr_frame.h"

namespace thaid::app {

QrFrameFeed::QrFrameFeed(RegistryClient& client, Clock now, QObject* parent)
    : QObject(parent), m_client(client), m_now(std::move(now)) {
    m_next.setSingleShot(true);
    m_expiry.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &QrFrameFeed::fetch);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        m_current.clear();
        Q_EMIT frameWithdrawn();
    });
}

void QrFrameFeed::start(const QString& sid) {
    stop();
    m_sid = sid;
    fetch();
}

void QrFrameFeed::stop() {
    ++m_generation;  // answers to earlier requests are dropped
    m_next.stop();
    m_expiry.stop();
    m_sid.clear();
    m_failures = 0;
    if (!m_current.isEmpty()) {
        m_current.clear();
        Q_EMIT frameWithdrawn();
    }
}

void QrFrameFeed::scheduleFetch(int ms) {
    m_next.start(std::clamp(ms, 200, 20000));
}

void QrFrameFeed::fetch() {
    if (m_sid.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_client.qrFrame(m_sid, this, [this, generation](const Result<QrFrameInfo, RegistryError>& r) {
        if (generation == m_generation)
            onFrame(r);
    });
}

void QrFrameFeed::onFrame(const Result<QrFrameInfo, RegistryError>& r) {
    if (!r) {
        ++m_failures;
        Q_EMIT problem(r.error());
        if (r.error().transient())
            scheduleFetch(std::min(500 << std::min(m_failures, 4), 5000));
        return;
    }
    const QDateTime now = m_now();
    const auto frame =
        protocol::verifyQrFrame(r.value().text, m_client.endpoint().trustedSigningKeys,
                                static_cast<quint32>(now.toSecsSinceEpoch()));
    const bool ours = frame && QString::fromLatin1(frame.value().sid.toHex()) == m_sid &&
                      frame.value().stationId == m_client.endpoint().stationId;
    if (!ours) {
        ++m_failures;
        const QString why = frame ? QStringLiteral("frame for another session or station")
                                  : protocol::qrFrameErrorId(frame.error());
        qCWarning(lcRegistryClient).noquote() << "QR frame refused:" << why;
        Q_EMIT problem({RegistryErrorKind::UntrustedQr, 200, QStringLiteral("untrusted_qr"), why});
        // A frame that fails verification is never shown; try again in a moment in case a key
        // rotation or clock step caused it.
        scheduleFetch(std::min(1000 << std::min(m_failures, 3), 8000));
        return;
    }
    m_failures = 0;
    const QDateTime expires = QDateTime::fromSecsSinceEpoch(frame.value().expiresAt(), Qt::UTC);
    if (r.value().text != m_current) {
        m_current = r.value().text;
        m_currentExpires = expires;
        Q_EMIT frameReady(m_current, expires);
    }
    m_expiry.start(std::max<qint64>(0, now.msecsTo(expires)));
    // Fetch half a second after next_at, so the registry has moved to the next slot.
    scheduleFetch(static_cast<int>(now.msecsTo(r.value().nextAt)) + 500);
}

}  // namespace thaid::app
