#pragma once

#include "i18n/local_text.h"
#include "protocol/exception_reason.h"
#include "registry_api/registry_types.h"
#include "smartcard/thai_id_record.h"
#include "workflow/kiosk_state.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace thaid::app {

// Everything the kiosk knows about the citizen in front of it, from the moment their card is
// inserted to the moment the session ends: one object, so ending a session is destroying it.
// The destructor wipes the card data and photo; a captured finger is wiped once sent. Replies from
// the registry or the scanner hold a QPointer to the session they belong to, so a reply for a
// session that has ended finds it gone and never reaches the screen.
class CitizenSession : public QObject {
public:
    CitizenSession(int codeAttempts, int qrSeconds, QObject* parent = nullptr);
    ~CitizenSession() override;
    CitizenSession(const CitizenSession&) = delete;
    CitizenSession& operator=(const CitizenSession&) = delete;

    // The card layer reset the card and reads it again: what it previewed may be another card's.
    void dropPreview();
    void takeRecord(const card::ThaiIdRecord& record);

    card::ThaiIdIdentity identity;
    QByteArray photo;
    int photoPercent = 0;
    bool cardReadAudited = false;  // one card_read row per card, whatever is retried
    QElapsedTimer sinceCardIn;     // the card_read row says how long the read took
    bool recordComplete = false;   // the whole record is read and passed the kiosk's own checks

    // The registry's card check, started from the card's text before the photo is read.
    bool checkStarted = false;
    int checkGeneration = 0;  // a restarted read makes earlier answers stale
    QString checkedCid;
    QString checkedRequestNumber;
    std::optional<Result<CardCheck, RegistryError>> checkAnswer;

    // The citizen's phone already bound, from the card check; registering replaces it only once
    // the officer has confirmed that with F8.
    std::optional<ExistingBinding> existingBinding;
    bool replacementConfirmed = false;

    // The index finger being tried: the right first, then the left when the right fails.
    QString finger = protocol::indexFingerName(protocol::IndexFinger::Right);
    int fingerAttempt = 0;
    bool fingerInFlight = false;  // a capture is with the registry
    LocalText fingerGuidance;
    // What the scanner saw last, for the officer to look at; never stored, wiped with the session
    // or at the next capture.
    fingerprint::FingerSample lastScan;
    int scanVersion = 0;

    // A supervisor's exception: why, who signed off (their card and enrolled finger), where the
    // sign-off is, and the registry's grant until the session is created with it.
    QString exceptionReason;
    SignOffStep signOffStep = SignOffStep::None;
    QString supervisorCid;
    QString supervisorCard;
    QString supervisorFinger;
    QString exceptionGrant;

    SessionInfo registry;  // empty sid until the registry opened the session
    QString qrText;
    QDateTime qrExpiresAt;
    int codeAttemptsLeft;
    bool codeInFlight = false;  // one confirmation at a time

    QTimer qrWait;  // a QR nobody scans ends the session
};

}  // namespace thaid::app
