#pragma once

#include "protocol/ed25519_key.h"
#include "protocol/wire/kiosk_answers.h"
#include "protocol/wire/kiosk_requests.h"
#include "protocol/wire/phone_messages.h"
#include "registry/api/api_error.h"
#include "registry/matching/sample_matcher.h"
#include "registry/store/finger_verdicts.h"
#include "registry/store/registry_store.h"
#include "registry/store/session_book.h"

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

namespace thaid::registry {

// The contract's wire types (protocol/wire), as the service decodes and answers them.
using protocol::AuditAck;
using protocol::AuditBatch;
using protocol::BoundPhone;
using protocol::CardCheckResult;
using protocol::CardStatus;
using protocol::ClaimResult;
using protocol::DeviceStatus;
using protocol::ExceptionGrant;
using protocol::ExceptionRequest;
using protocol::KioskStatus;
using protocol::OfficerSession;
using protocol::OfficerSignInRequest;
using protocol::PhoneSessionStatus;
using protocol::Session;
using protocol::SessionQr;
using protocol::SignOutResult;
using protocol::VerificationRequest;
using protocol::VerificationResult;

struct ApiAnswer {
    int status = 200;
    QJsonObject body;
    static ApiAnswer of(const ApiError& e) { return {e.httpStatus(), e.toJson()}; }
    static ApiAnswer of(const protocol::WireError& e) { return of(apiError(e)); }
};

// What a phone request proves about itself: the device key signs "<METHOD> <path>\n<body>".
struct DeviceProof {
    QByteArray signature;  // DER ECDSA, from the X-Device-Signature header (base64)
    QByteArray signedMessage;
};

// The registry's behaviour behind the HTTP layer: the endpoints of registry-api.yaml as plain
// calls, with the station ID taken from the client certificate. Every change of a session is
// stored with its transition and announced through sessionChanged, also when another registry
// process sharing the database made it.
class RegistryService : public QObject {
    Q_OBJECT
public:
    static constexpr int kFrameEverySeconds = 20;
    static constexpr int kFrameValidSeconds = 30;
    static constexpr qint64 kOfficerTokenMs = 12LL * 3600 * 1000;

    using Clock = SessionBook::Clock;
    // Calls that wait for the fingerprint matcher answer through this, later.
    using Reply = std::function<void(const ApiAnswer&)>;
    RegistryService(RegistryStore& store, SampleMatcher& matcher, protocol::Ed25519Key signingKey,
                    Clock clockMs, QObject* parent = nullptr);

    // The station as the registry sees it, and the registry's clock.
    // Whether `certificate` is the station's pinned one (or none is pinned, as in a registry
    // made before pinning).
    bool isCurrentCertificate(quint32 station, const QSslCertificate& certificate) const;
    ApiAnswer status(quint32 station) const;
    // The registry matches the officer's captured finger against the print it holds.
    void officerSignIn(quint32 station, const QByteArray& body, Reply reply);
    ApiAnswer officerSignOut(quint32 station, const QByteArray& body);
    ApiAnswer checkCard(quint32 station, const QByteArray& body);
    // The citizen's captured finger against the reference print; a match gives the
    // verification ID that createSession needs.
    void verifyFinger(quint32 station, const QByteArray& body, Reply reply);
    // A supervisor's sign-off for a citizen whose fingers cannot be verified: their card and
    // finger, checked as at sign-in, a reason from the fixed list, and a daily limit per
    // station. Gives a verification ID of lower assurance.
    void grantException(quint32 station, const QByteArray& body, Reply reply);
    void setExceptionsPerDay(int limit) { m_exceptionsPerDay = limit; }
    ApiAnswer createSession(quint32 station, const QByteArray& body);
    ApiAnswer session(quint32 station, QStringView sid);
    // The session's version, if the station may see it; for long polls.
    std::optional<int> sessionVersion(quint32 station, QStringView sid);
    ApiAnswer qrFrame(quint32 station, QStringView sid);
    ApiAnswer confirm(quint32 station, QStringView sid, const QByteArray& body);
    ApiAnswer cancel(quint32 station, QStringView sid, const QByteArray& body);
    // Rows are taken only as a verified continuation of the station's chain, each signed by
    // the key of the certificate the station connected with.
    ApiAnswer auditBatch(quint32 station, const QByteArray& body,
                         const QByteArray& stationCertificateDer);

    ApiAnswer claim(const QByteArray& body);
    ApiAnswer phoneStatus(QStringView sid, const DeviceProof& proof);
    std::optional<int> phoneSessionVersion(QStringView sid);
    ApiAnswer bind(QStringView sid, const DeviceProof& proof, const QByteArray& body);
    ApiAnswer complete(QStringView sid, const DeviceProof& proof, const QByteArray& body);
    // A bound phone asks whether its key is still the citizen's active binding.
    ApiAnswer device(const QByteArray& devicePublicKey, const DeviceProof& proof);

    // A binding made within this long at another station is worth the officer's notice.
    static constexpr qint64 kRecentBindingMs = 7LL * 24 * 3600 * 1000;

    const protocol::Ed25519Key& signingKey() const { return m_signingKey; }
    // Whether the database failed a statement since the last call: the answer then is the
    // database's unavailability, not what a failed lookup seemed to say.
    bool takeStorageFailure() { return m_store.takeFailure(); }

Q_SIGNALS:
    void sessionChanged(const QByteArray& sid);
    // Changes may have been missed (the database connection was replaced): look at everything.
    void resync();

private:
    Result<SessionRecord, ApiError> stationSession(quint32 station, QStringView sid);
    Result<SessionRecord, ApiError> provenSession(QStringView sid, const DeviceProof& proof);
    Result<OfficerToken, ApiError> officerFor(quint32 station, const QString& token);
    ApiAnswer stored(const Result<SessionRecord, ApiError>& result, int okStatus = 200);
    // Whom an officer's failed finger at `station` counts against (docs/protocol.md, lock-outs).
    QString officerFailureKey(const QString& officerCid, quint32 station) const;
    // An officer's finger against their reference print, as at sign-in; failures count as
    // officerFailureKey says. `onMatch` answers when it matches, `reply` otherwise.
    void matchOfficerFinger(const OfficerEntry& officer, const protocol::FingerImage& sample,
                            quint32 station, Reply reply,
                            std::function<void(const Reply&)> onMatch);
    // Logs the transitions the book stored since the last flush and tells of the sessions.
    void flush();
    void expireDue();
    QJsonObject sessionJson(const SessionRecord& s) const;
    QJsonObject phoneJson(const SessionRecord& s) const;
    // What the card check says about the citizen's phone: none, or the active binding.
    std::optional<BoundPhone> boundPhone(quint32 station, const QString& cid) const;
    // A key the registry once bound and has revoked is refused everywhere with its own code.
    std::optional<ApiError> refusedDevice(const QByteArray& devicePublicKey) const;
    // The binding the session's completion makes, written with it (SessionBook::complete).
    BindingEntry bindingFor(const SessionRecord& s) const;
    void logBinding(const BindingEntry& b, const QString& replaced) const;

    RegistryStore& m_store;
    SampleMatcher& m_matcher;
    protocol::Ed25519Key m_signingKey;
    Clock m_clock;
    SessionBook m_book;
    FingerVerdicts m_verdicts;
    QTimer m_expiry;
    int m_exceptionsPerDay = 5;
    bool m_databaseLost = false;
};

}  // namespace thaid::registry
