#pragma once

#include "registry_api/registry_error.h"

#include <QDateTime>
#include <QObject>

namespace thaid::app {

// The citizen's identity as the registry vouches for it through their ThaiD phone: the claims of
// a verified ID token. Lives only while the officer looks at it.
struct VerifiedIdentity {
    QString citizenId;
    QString nameTh;
    QString nameEn;
    QString smartcardCode;  // the number under the card photo
    QString assurance;      // high | substantial
    QDateTime verifiedAt;
    // What the card prints, as the registry holds it (dates YYYY-MM-DD; empty if not given).
    QString address;
    QString birthDate;
    QString issueDate;
    QString expiryDate;
    QByteArray photoJpeg;  // the registry's copy of the card photo, for the face
};

}  // namespace thaid::app

Q_DECLARE_METATYPE(thaid::app::VerifiedIdentity)

namespace thaid::app {

// A ThaiD check at any agency's counter (docs/protocol.md, "The Digital ID in use"): the kiosk is
// an OpenID Connect client of the registry, shows the login QR on the citizen's screen, and hears
// what the phone did. Implemented over the network in adapters/ (ThaidCheckClient); tests
// script it.
class ThaidCheckPort : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Whether this kiosk is registered as a client (kiosk.conf [thaid_check]).
    virtual bool available() const = 0;
    // A new login request; `started` or `problem` follows.
    virtual void begin() = 0;
    // Stops following the request; nothing more is emitted for it.
    virtual void abandon() = 0;

Q_SIGNALS:
    void started(const QString& qrText, const QDateTime& expiresAt);
    void scanned(const QString& relayCode);  // the page's code, which the phone shows too
    void deviceRefused();                    // a phone that is not an active ThaiD scanned
    void verified(const thaid::app::VerifiedIdentity& identity);
    void denied();   // the citizen refused on the phone
    void expired();  // nobody approved in time
    void problem(const thaid::app::RegistryError& error);
};

}  // namespace thaid::app
