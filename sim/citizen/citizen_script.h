#pragma once

#include "protocol/ed25519_key.h"
#include "sim/citizen/phone_api.h"

#include <functional>
#include <optional>

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QStringList>

namespace thaid::sim {

struct CitizenOptions {
    QString cid;
    QString termsVersion = QStringLiteral("2026.1");
    bool refuseTerms = false;
    QString qrImage;
    QString qrText;
    QList<protocol::Ed25519Key> trustedKeys;
    bool skipLocalQrCheck = false;  // send a QR the app would refuse, to test the registry
    int wrongCidClaims = 0;         // claims with a wrong (well-formed) ID before the right one
    bool replayQr = false;          // a second device claims the same QR after the first
    QStringList badPasscodes;       // tried first, each refused by the policy
    QString passcode = QStringLiteral("13572468");
    QString passcodeConfirmation;  // empty: the same as passcode
    QString keyFile;               // where the sealed device key goes (optional)
    int confirmTimeoutSeconds = 300;
};

enum SimExit {
    kCompleted = 0,
    kUsage = 2,
    kCitizenStopped = 3,
    kQrRefused = 4,
    kRegistryRefused = 5,
    kNetwork = 6,
    kSessionEnded = 7
};

// The citizen's steps in the ThaiD app (docs/protocol.md), in order. Each step is reported as an
// event: a name, fields, and a line for people.
class CitizenScript : public QObject {
    Q_OBJECT
public:
    using Report =
        std::function<void(const QString& event, const QJsonObject& fields, const QString& line)>;
    CitizenScript(PhoneApi& api, CitizenOptions options, Report report, QObject* parent = nullptr);
    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void scan();
    void claim(const QString& qrText, int attempt);
    void replayClaim(const QString& qrText);
    void awaitConfirmation(int since);
    void choosePasscode();
    void bindDevice();
    void consentAndUnlock();
    void end(int code, const QString& event, const QJsonObject& fields, const QString& line);
    void registryFailure(const protocol::RegistryError& e, const QString& during);

    PhoneApi& m_api;
    CitizenOptions m_o;
    Report m_report;
    std::optional<protocol::DeviceKey> m_key;
    QString m_sid;
    QDeadlineTimer m_confirmDeadline;
};

// A valid citizen ID that is not `cid`: what a citizen mistyping one digit might produce.
QString wrongCitizenId(const QString& cid);

}  // namespace thaid::sim
