#pragma once

#include "registry_client/registry_client.h"

#include <QTimer>

namespace thaid::app {

// Keeps the citizen-facing QR current: fetches the session's frame, verifies its signature,
// session, station and freshness against the registry keys the kiosk trusts, and hands over
// only frames that pass. It fetches again shortly before each frame's `next_at` and withdraws
// the QR when the shown frame expires without a verified successor.
class QrFrameFeed : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    QrFrameFeed(RegistryClient& client, Clock now, QObject* parent = nullptr);

    void start(const QString& sid);
    void stop();
    bool showing() const { return !m_current.isEmpty(); }

Q_SIGNALS:
    void frameReady(const QString& text, const QDateTime& expiresAt);
    void frameWithdrawn();
    // Untrusted frames are never shown; network trouble is retried while the frame lasts.
    void problem(const thaid::app::RegistryError& error);

private:
    void fetch();
    void onFrame(const Result<QrFrameInfo, RegistryError>& r);
    void scheduleFetch(int ms);

    RegistryClient& m_client;
    Clock m_now;
    QString m_sid;
    QString m_current;
    QDateTime m_currentExpires;
    QTimer m_next;
    QTimer m_expiry;
    int m_failures = 0;
    quint64 m_generation = 0;
};

}  // namespace thaid::app
