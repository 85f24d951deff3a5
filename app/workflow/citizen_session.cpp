#include "workflow/citizen_session.h"

#include "common/secure_wipe.h"

namespace thaid::app {

CitizenSession::CitizenSession(int codeAttempts, int qrSeconds, QObject* parent)
    : QObject(parent), codeAttemptsLeft(codeAttempts) {
    qrWait.setSingleShot(true);
    qrWait.setInterval(qrSeconds * 1000);
}

CitizenSession::~CitizenSession() {
    identity.wipe();
    secureWipe(photo);
    secureWipe(qrText);
    lastScan.wipe();
}

void CitizenSession::dropPreview() {
    identity.wipe();
    identity = {};
    secureWipe(photo);
    photo.clear();
    photoPercent = 0;
}

void CitizenSession::takeRecord(const card::ThaiIdRecord& record) {
    dropPreview();
    identity = record.identity;
    photo = record.photoJpeg;
    photoPercent = 100;
}

}  // namespace thaid::app
