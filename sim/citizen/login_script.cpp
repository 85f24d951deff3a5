#include "sim/citizen/login_script.h"

#include "protocol/confirmation_code.h"
#include "protocol/qr_code.h"

#include <cstdio>

#include <QFile>
#include <QImage>
#include <QJsonArray>

namespace thaid::sim {

namespace {

const QString kLoginPrefix = QStringLiteral("KL1:");

// The request ID in an authorization page's QR: "KL1:" and 32 hex digits.
QString requestIdOf(const QString& text) {
    if (!text.startsWith(kLoginPrefix) || text.size() != kLoginPrefix.size() + 32)
        return {};
    const QString hex = text.mid(kLoginPrefix.size()).toLower();
    return QByteArray::fromHex(hex.toLatin1()).toHex() == hex.toLatin1() ? hex : QString();
}

}  // namespace

LoginScript::LoginScript(PhoneApi& api, LoginOptions options, CitizenScript::Report report,
                         QObject* parent)
    : QObject(parent), m_api(api), m_o(std::move(options)), m_report(std::move(report)) {}

void LoginScript::end(int code, const QString& event, const QJsonObject& fields,
                      const QString& line) {
    m_report(event, fields, line);
    Q_EMIT finished(code);
}

void LoginScript::run() {
    QFile f(m_o.keyFile);
    if (!f.open(QIODevice::ReadOnly))
        return end(kUsage, QStringLiteral("key_error"), {},
                   QStringLiteral("Cannot read %1: %2").arg(m_o.keyFile, f.errorString()));
    m_key = protocol::DeviceKey::unseal(f.readAll(), m_o.passcode);
    if (!m_key)
        return end(kCitizenStopped, QStringLiteral("unlock_failed"), {},
                   QStringLiteral("The passcode does not open the device key"));
    m_report(QStringLiteral("unlocked"), {},
             QStringLiteral("1. Opened ThaiD: the passcode unsealed the device key"));
    QString requestId = requestIdOf(m_o.qrText);
    if (!m_o.qrImage.isEmpty()) {
        const QImage image(m_o.qrImage);
        for (const QString& found : protocol::decodeQrCodes(image)) {
            if (requestId.isEmpty())
                requestId = requestIdOf(found);
        }
    }
    if (requestId.isEmpty())
        return end(kQrRefused, QStringLiteral("login_qr_unreadable"), {},
                   QStringLiteral("2. No ThaiD login QR found"));
    m_report(QStringLiteral("login_qr_scanned"), {{QStringLiteral("request_id"), requestId}},
             QStringLiteral("2. Scanned the agency's login QR"));
    m_api.scanLogin(
        requestId, *m_key, [this](const Result<LoginOffer, protocol::RegistryError>& r) {
            if (!r) {
                const bool network = r.error().kind != protocol::RegistryErrorKind::Rejected;
                return end(
                    network ? kNetwork : kRegistryRefused, QStringLiteral("login_refused"),
                    {{QStringLiteral("code"), r.error().code}},
                    QStringLiteral("3. The registry refused this phone: %1").arg(r.error().code));
            }
            decide(r.value());
        });
}

void LoginScript::decide(const LoginOffer& offer) {
    // The phone works the code out itself: a registry, or a relay, cannot make it show another.
    const QString mine = protocol::confirmationCode(QByteArray::fromHex(offer.requestId.toLatin1()),
                                                    m_key->publicKeyDer(), offer.nonce);
    m_report(
        QStringLiteral("login_offer"),
        {{QStringLiteral("client_id"), offer.clientId},
         {QStringLiteral("client_name_th"), offer.clientNameTh},
         {QStringLiteral("client_name_en"), offer.clientNameEn},
         {QStringLiteral("scopes"), QJsonArray::fromStringList(offer.scopes)},
         {QStringLiteral("relay_code"), mine},
         {QStringLiteral("opened_at"), offer.openedAt.toString(Qt::ISODate)},
         {QStringLiteral("seconds_left"),
          std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(offer.expiresAt))}},
        QStringLiteral("3. %1 (%2) asks for %3, since %4, %5 s left; the phone shows %6")
            .arg(offer.clientNameEn, offer.clientNameTh, offer.scopes.join(QStringLiteral(", ")),
                 offer.openedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
            .arg(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(offer.expiresAt)))
            .arg(mine));
    if (mine != offer.relayCode)
        return end(kRegistryRefused, QStringLiteral("login_code_differs"), {},
                   QStringLiteral("4. The registry's code is not the phone's: refused"));
    if (m_o.scanOnly)
        return end(kCompleted, QStringLiteral("login_scanned_only"), {},
                   QStringLiteral("4. Left undecided"));
    if (m_o.codeFromStdin) {
        char line[64] = {};
        // Nothing else runs in the phone while the citizen looks from one screen to the other.
        if (std::fgets(line, sizeof line, stdin))
            m_o.expectCode = QString::fromLatin1(line).remove(QLatin1Char(' ')).trimmed();
        if (m_o.expectCode.isEmpty())
            return end(kCitizenStopped, QStringLiteral("login_abandoned"), {},
                       QStringLiteral("4. The citizen saw no code on the page"));
    }
    bool approve = !m_o.refuse;
    QString why = m_o.refuse ? QStringLiteral("the citizen refuses") : QString();
    if (!m_o.expectCode.isEmpty() && m_o.expectCode != mine) {
        approve = false;
        why = QStringLiteral("the page shows %1, not the phone's code").arg(m_o.expectCode);
    } else if (!m_o.expectClient.isEmpty() && m_o.expectClient != offer.clientId) {
        approve = false;
        why = QStringLiteral("it is not the agency the citizen expected");
    }
    m_api.decideLogin(
        offer, approve, *m_key,
        [this, approve, why](const Result<QString, protocol::RegistryError>& r) {
            if (!r)
                return end(
                    kRegistryRefused, QStringLiteral("login_refused"),
                    {{QStringLiteral("code"), r.error().code}},
                    QStringLiteral("4. The registry refused the decision: %1").arg(r.error().code));
            if (approve)
                return end(kCompleted, QStringLiteral("login_approved"), {},
                           QStringLiteral("4. Approved with the device key"));
            end(kCitizenStopped, QStringLiteral("login_denied"), {{QStringLiteral("why"), why}},
                QStringLiteral("4. Refused: %1").arg(why));
        });
}

}  // namespace thaid::sim
