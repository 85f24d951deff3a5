#include "smartcard/thai_id_record.h"

#include "common/secure_wipe.h"

#include <QStringList>

namespace thaid::card {

QString PersonName::fullName() const {
    QStringList parts;
    for (const QString* s : {&title, &first, &middle, &last}) {
        if (!s->isEmpty()) {
            parts << *s;
        }
    }
    return parts.join(QLatin1Char(' '));
}

void PersonName::wipe() {
    for (QString* s : {&title, &first, &middle, &last}) {
        secureWipe(*s);
    }
}

void ThaiIdIdentity::wipe() {
    for (QString* s : {&cardVersion, &citizenId, &requestNumber, &issuer, &issuerCode}) {
        secureWipe(*s);
    }
    nameTh.wipe();
    nameEn.wipe();
    birthDate.reset();
    issueDate.reset();
    expiryDate.reset();
    sex = Sex::Unknown;
    lifelong = false;
}

bool ThaiIdRecord::hasFatalIssue() const {
    for (const DataIssue& i : issues) {
        if (i.fatal) {
            return true;
        }
    }
    return false;
}

bool ThaiIdRecord::isExpiredOn(const QDate& today) const {
    if (identity.lifelong || !identity.expiryDate) {
        return false;
    }
    return identity.expiryDate->latestDay() < today;
}

void ThaiIdRecord::wipe() {
    identity.wipe();
    address.wipe();
    secureWipe(photoNumber);
    secureWipe(photoJpeg);
    issues.clear();
}

}  // namespace thaid::card
