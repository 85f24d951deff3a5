#include "sim/citizen/citizen_script.h"

#include "common/citizen_id.h"
#include "protocol/confirmation_code.h"
#include "protocol/passcode_policy.h"
#include "protocol/qr_code.h"
#include "protocol/qr_frame.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QTimer>

namespace thaid::sim {

using protocol::SessionState;

QString wrongCitizenId(const QString& cid) {
    QString first12 = cid.left(12);
    first12[11] = QChar(u'0' + (first12[11].digitValue() + 1) % 10);
    return first12 + QString::number(card::citizenIdCheckDigit(first12));
}

CitizenScript::CitizenScript(PhoneApi& api, CitizenOptions options, Report report, QObject* parent)
    : QObject(parent), m_api(api), m_o(std::move(options)), m_report(std::move(report)) {}

void CitizenScript::end(int code, const QString& event, const QJsonObject& fields,
                        const QString& line) {
    m_report(event, fields, line);
    Q_EMIT finished(code);
}

void CitizenScript::registryFailure(const protocol::RegistryError& e, const QString& during) {
    const bool network = e.kind != protocol::RegistryErrorKind::Rejected;
    QJsonObject f{{QStringLiteral("during"), during},
                  {QStringLiteral("kind"), protocol::registryErrorKindId(e.kind)},
                  {QStringLiteral("code"), e.code}};
    if (e.attemptsLeft >= 0)
        f.insert(QStringLiteral("attempts_left"), e.attemptsLeft);
    end(network ? kNetwork : kRegistryRefused, QStringLiteral("registry_error"), f,
        QStringLiteral("The registry refused %1: %2 (%3)").arg(during, e.code, e.detail));
}

void CitizenScript::run() {
    m_report(QStringLiteral("channel"), {{QStringLiteral("channel"), QStringLiteral("officer")}},
             QStringLiteral("1. Chose \"register through an officer\""));
    if (m_o.refuseTerms)
        return end(kCitizenStopped, QStringLiteral("terms_refused"),
                   {{QStringLiteral("version"), m_o.termsVersion}},
                   QStringLiteral("2. Refused the terms of service; the app stops here"));
    m_report(QStringLiteral("terms_accepted"), {{QStringLiteral("version"), m_o.termsVersion}},
             QStringLiteral("2. Accepted the terms of service, version %1").arg(m_o.termsVersion));
    if (!card::isValidCitizenId(m_o.cid))
        return end(kUsage, QStringLiteral("cid_invalid"), {},
                   QStringLiteral("3. The typed citizen ID is not 13 digits with a valid check "
                                  "digit; the app asks again"));
    m_report(QStringLiteral("cid_typed"), {},
             QStringLiteral("3. Typed the 13-digit citizen ID (check digit valid)"));
    scan();
}

void CitizenScript::scan() {
    QString text = m_o.qrText;
    if (!m_o.qrImage.isEmpty()) {
        const QImage image(m_o.qrImage);
        if (image.isNull())
            return end(kUsage, QStringLiteral("qr_unreadable"), {},
                       QStringLiteral("4. Cannot open %1").arg(m_o.qrImage));
        for (const QString& found : protocol::decodeQrCodes(image)) {
            if (found.startsWith(QLatin1String("KQ1:")))
                text = found;
        }
        if (text.isEmpty())
            return end(kQrRefused, QStringLiteral("qr_not_found"), {},
                       QStringLiteral("4. No ThaiD session QR code in the image"));
    }
    if (!m_o.skipLocalQrCheck) {
        // The app checks the registry's signature and freshness before sending anything.
        const auto frame = protocol::verifyQrFrame(
            text, m_o.trustedKeys, static_cast<quint32>(QDateTime::currentSecsSinceEpoch()));
        if (!frame)
            return end(kQrRefused, QStringLiteral("qr_refused"),
                       {{QStringLiteral("code"), protocol::qrFrameErrorId(frame.error())}},
                       QStringLiteral("4. The app refused the QR code: %1")
                           .arg(protocol::qrFrameErrorId(frame.error())));
    }
    m_report(QStringLiteral("qr_scanned"), {{QStringLiteral("length"), text.size()}},
             QStringLiteral("4. Scanned the officer's QR code"));
    m_key = protocol::DeviceKey::generate();
    claim(text, 1);
}

void CitizenScript::claim(const QString& qrText, int attempt) {
    const bool wrong = attempt <= m_o.wrongCidClaims;
    const QString typed = wrong ? wrongCitizenId(m_o.cid) : m_o.cid;
    m_api.claim(
        qrText, typed, m_o.termsVersion, m_key->publicKeyDer(),
        [this, qrText, attempt, wrong](const Result<ClaimResult, protocol::RegistryError>& r) {
            if (!r && wrong && r.error().code == QLatin1String("cid_mismatch")) {
                m_report(QStringLiteral("cid_mismatch"),
                         {{QStringLiteral("attempts_left"), r.error().attemptsLeft}},
                         QStringLiteral("   The registry says the typed ID is not the "
                                        "card's (%1 tries left)")
                             .arg(r.error().attemptsLeft));
                if (r.error().attemptsLeft > 0)
                    return claim(qrText, attempt + 1);
            }
            if (!r)
                return registryFailure(r.error(), QStringLiteral("the claim"));
            m_sid = r.value().sid;
            const QString code =
                protocol::confirmationCode(QByteArray::fromHex(m_sid.toLatin1()),
                                           m_key->publicKeyDer(), r.value().serverNonce);
            m_report(
                QStringLiteral("confirmation_code"), {{QStringLiteral("code"), code}},
                QStringLiteral("5. The app shows the code %1: tell it to the officer").arg(code));
            if (m_o.replayQr)
                return replayClaim(qrText);
            m_confirmDeadline.setRemainingTime(m_o.confirmTimeoutSeconds * 1000);
            awaitConfirmation(1);
        });
}

void CitizenScript::replayClaim(const QString& qrText) {
    const auto other = protocol::DeviceKey::generate();
    m_api.claim(qrText, m_o.cid, m_o.termsVersion, other->publicKeyDer(),
                [this](const Result<ClaimResult, protocol::RegistryError>& r) {
                    if (r)
                        return end(kCompleted, QStringLiteral("replay_accepted"), {},
                                   QStringLiteral("   A second phone claimed the same QR, and the "
                                                  "registry ACCEPTED it (this is a defect)"));
                    end(kRegistryRefused, QStringLiteral("replay_refused"),
                        {{QStringLiteral("code"), r.error().code}},
                        QStringLiteral("   A second phone claimed the same QR; the registry "
                                       "refused it: %1")
                            .arg(r.error().code));
                });
}

void CitizenScript::awaitConfirmation(int since) {
    const int wait = std::clamp(static_cast<int>(m_confirmDeadline.remainingTime() / 1000), 1, 25);
    m_api.status(
        m_sid, since, wait, *m_key, [this](const Result<PhoneStatus, protocol::RegistryError>& r) {
            if (!r)
                return registryFailure(r.error(), QStringLiteral("the status"));
            if (r.value().state == SessionState::Confirmed) {
                m_report(QStringLiteral("confirmed"), {},
                         QStringLiteral("   The officer typed the code: confirmed"));
                return choosePasscode();
            }
            if (r.value().state != SessionState::Claimed)
                return end(kSessionEnded, QStringLiteral("session_ended"),
                           {{QStringLiteral("state"), protocol::sessionStateName(r.value().state)}},
                           QStringLiteral("   The session ended: %1")
                               .arg(protocol::sessionStateName(r.value().state)));
            if (m_confirmDeadline.hasExpired())
                return end(kSessionEnded, QStringLiteral("confirmation_timeout"), {},
                           QStringLiteral("   Nobody confirmed the code in time"));
            awaitConfirmation(r.value().version);
        });
}

void CitizenScript::choosePasscode() {
    for (const QString& bad : m_o.badPasscodes) {
        const auto problem = protocol::checkPasscode(bad);
        if (!problem) {
            m_report(QStringLiteral("passcode_accepted_unexpectedly"), {},
                     QStringLiteral("6. A passcode given as bad was acceptable to the policy"));
            continue;
        }
        m_report(QStringLiteral("passcode_rejected"),
                 {{QStringLiteral("reason"), protocol::passcodeProblemId(*problem)}},
                 QStringLiteral("6. The app refused a passcode: %1")
                     .arg(protocol::passcodeProblemId(*problem)));
    }
    if (const auto problem = protocol::checkPasscode(m_o.passcode))
        return end(kUsage, QStringLiteral("passcode_rejected"),
                   {{QStringLiteral("reason"), protocol::passcodeProblemId(*problem)}},
                   QStringLiteral("6. The passcode breaks the policy: %1")
                       .arg(protocol::passcodeProblemId(*problem)));
    const QString confirmation =
        m_o.passcodeConfirmation.isEmpty() ? m_o.passcode : m_o.passcodeConfirmation;
    if (confirmation != m_o.passcode)
        m_report(QStringLiteral("passcode_mismatch"), {},
                 QStringLiteral("6. The second entry differed; the app asks for both again"));
    m_report(QStringLiteral("passcode_set"), {},
             QStringLiteral("6. Created the 8-digit passcode and entered it twice"));
    bindDevice();
}

void CitizenScript::bindDevice() {
    const QByteArray sealed = m_key->seal(m_o.passcode);
    if (sealed.isEmpty())
        return end(kUsage, QStringLiteral("key_error"), {},
                   QStringLiteral("7. Cannot seal the key"));
    if (!m_o.keyFile.isEmpty()) {
        QFile f(m_o.keyFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(sealed) != sealed.size())
            return end(kUsage, QStringLiteral("key_error"), {},
                       QStringLiteral("7. Cannot write %1").arg(m_o.keyFile));
    }
    m_report(QStringLiteral("device_key"), {{QStringLiteral("sealed_bytes"), sealed.size()}},
             QStringLiteral("7. Generated a P-256 device key, sealed under the passcode "
                            "(PBKDF2 + AES-256-GCM)"));
    m_api.bind(m_sid, *m_key,
               [this, sealed](const Result<PhoneStatus, protocol::RegistryError>& r) {
                   if (!r)
                       return registryFailure(r.error(), QStringLiteral("the device binding"));
                   m_report(QStringLiteral("bound"), {},
                            QStringLiteral("   Device key registered: BOUND"));
                   // First unlock: the passcode must open the sealed key before the app reports it.
                   const auto unlocked = protocol::DeviceKey::unseal(sealed, m_o.passcode);
                   if (!unlocked || unlocked->publicKeyDer() != m_key->publicKeyDer())
                       return end(kUsage, QStringLiteral("unlock_failed"), {},
                                  QStringLiteral("8. The passcode did not open the device key"));
                   consentAndUnlock();
               });
}

void CitizenScript::consentAndUnlock() {
    m_api.complete(m_sid, *m_key, [this](const Result<PhoneStatus, protocol::RegistryError>& r) {
        if (!r)
            return registryFailure(r.error(), QStringLiteral("the completion"));
        end(kCompleted, QStringLiteral("completed"),
            {{QStringLiteral("state"), protocol::sessionStateName(r.value().state)}},
            QStringLiteral("8. Gave consent and unlocked with the passcode: %1")
                .arg(protocol::sessionStateName(r.value().state)));
    });
}

}  // namespace thaid::sim
