#pragma once

#include "registry/registration/registry_service.h"
#include "registry/server/registry_http_server.h"
#include "registry_client/registry_client.h"
#include "scripted_matcher.h"
#include "sim/citizen/phone_api.h"
#include "sim/demo_pki/demo_pki.h"
#include "test_database.h"

#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>

namespace thaid::testing {

// A registry in this process on loopback with real TLS: demo PKI, its TestDatabase (SQLite in a
// temporary folder, or PostgreSQL),
// one citizen and one officer, kiosk and phone listeners. The registry's clock can be moved
// forward to test lifetimes.
class RegistryFixture {
public:
    static constexpr quint32 kStation = 10501;
    static constexpr quint32 kOtherStation = 10502;
    static inline const QString kCid = QStringLiteral("1101700230708");
    static inline const QString kRequestNumber = QStringLiteral("5001-02-01234567");
    static inline const QString kOfficerCid = QStringLiteral("3101700555018");
    static inline const QString kOfficerCard = QStringLiteral("1017-01-00555018");
    static inline const QByteArray kReferencePrint = QByteArrayLiteral("FP3-reference-print");
    static inline const QByteArray kOfficerPrint = QByteArrayLiteral("FP3-officer-print");
    // A second officer with the supervisor role, and a third without it.
    static inline const QString kSupervisorCid = QStringLiteral("1101700666026");
    static inline const QString kSupervisorCard = QStringLiteral("1017-01-00666026");
    static inline const QByteArray kSupervisorPrint = QByteArrayLiteral("FP3-supervisor-print");
    static inline const QString kClerkCid = QStringLiteral("3100400123456");
    static inline const QString kClerkCard = QStringLiteral("1017-01-00777777");
    static inline const QByteArray kClerkPrint = QByteArrayLiteral("FP3-clerk-print");
    static app::FingerCapture finger(const QByteArray& print = kReferencePrint) {
        const protocol::FingerImage image = ScriptedMatcher::sampleOf(print);
        return {QStringLiteral("right-index"),
                fingerprint::FingerSample{image.width, image.height, image.pixels}};
    }

    RegistryFixture();
    ~RegistryFixture();

    qint64 nowMs() const;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    void advance(qint64 ms) { m_offsetMs += ms; }

    app::RegistryEndpoint endpoint(quint32 station = kStation) const;
    // With a station certificate and key issued beforehand (the same key signs its audit).
    app::RegistryEndpoint endpoint(const sim::PemPair& station, quint32 id = kStation) const;
    std::unique_ptr<app::RegistryClient> kiosk(quint32 station = kStation) const;
    std::unique_ptr<sim::PhoneApi> phone() const;
    QUrl kioskUrl() const;
    QUrl phoneUrl() const;

    sim::DemoPki& pki() { return *m_pki; }
    protocol::Ed25519Key& signingKey() { return *m_signing; }
    registry::RegistryService& service() { return *m_service; }
    registry::RegistryStore& store() { return *m_store; }
    // The OpenID Connect provider on the phone listener; its issuer is phoneUrl().
    registry::OidcProvider& oidc() { return *m_oidc; }
    QString directory() const { return m_dir.path(); }
    const TestDatabase& database() const { return *m_database; }

    // Signs in the officer and creates a session for the citizen; fails the test otherwise.
    QString officerToken(app::RegistryClient& client);
    // The registry's verification of the citizen's finger; empty if it did not match.
    QString verification(app::RegistryClient& client, const QString& token,
                         const app::FingerCapture& finger = RegistryFixture::finger());
    app::SessionInfo createSession(app::RegistryClient& client);
    ScriptedMatcher& matcher() { return m_matcher; }
    app::QrFrameInfo frame(app::RegistryClient& client, const QString& sid);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    qint64 m_offsetMs = 0;
    std::unique_ptr<sim::DemoPki> m_pki;
    sim::PemPair m_server;
    std::optional<protocol::Ed25519Key> m_signing;
    std::unique_ptr<registry::RegistryStore> m_store;
    ScriptedMatcher m_matcher;
    std::unique_ptr<registry::RegistryService> m_service;
    std::unique_ptr<registry::OidcProvider> m_oidc;
    std::unique_ptr<registry::RegistryHttpServer> m_kiosk;
    std::unique_ptr<registry::RegistryHttpServer> m_phone;
    quint16 m_kioskPort = 0;
    quint16 m_phonePort = 0;
};

// The stable code of a refused call, or "(accepted)".
QString errorCode(const auto& result) {
    return result ? QStringLiteral("(accepted)") : result.error().code;
}

// Runs the event loop until `done` is set (or 20 s pass) and returns the result.
template <typename T>
Result<T, app::RegistryError> await(
    const std::function<void(std::function<void(const Result<T, app::RegistryError>&)>)>& call) {
    std::optional<Result<T, app::RegistryError>> out;
    call([&](const Result<T, app::RegistryError>& r) { out = r; });
    QDeadlineTimer deadline(20000);
    while (!out && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!out)
        return app::RegistryError{
            app::RegistryErrorKind::Timeout, 0, QStringLiteral("test_timeout"), {}};
    return *out;
}

}  // namespace thaid::testing
