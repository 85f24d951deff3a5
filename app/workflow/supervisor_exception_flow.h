#pragma once

#include "fingerprint/fingerprint_types.h"
#include "officers/officer_store.h"
#include "smartcard/thai_id_record.h"
#include "workflow/card_port.h"
#include "workflow/citizen_host.h"
#include "workflow/finger_port.h"
#include "workflow/registry_port.h"

#include <QObject>

namespace thaid::app {

// A supervisor's exception: when neither index finger can be verified, a second enrolled officer
// with the supervisor role signs off with their own card and finger, checked by the registry as
// at sign-in, for a reason from a fixed list. The kiosk has one reader, so the citizen's card
// leaves for the supervisor's and comes back; it must be the same card. The registry's grant is
// a verification of lower assurance, and it limits exceptions per station per day. One use case
// of the officer's workflow: it owns the SupervisorSignOff state's device events (the rules
// table routes them here) and keeps its steps in the citizen's session, so that they are wiped
// with it.
class SupervisorExceptionFlow : public QObject {
    Q_OBJECT
public:
    SupervisorExceptionFlow(CitizenHost& host, CardPort& card, FingerPort& finger,
                            RegistryPort& registry, OfficerStore& officers,
                            const int& fingerprintSeconds, QObject* parent = nullptr);

    // The fixed list of reasons, as the registry API names them, in the order of keys 1 to 4.
    static const QStringList& reasons();

    void ask();                     // F9 on Fingerprint or FingerprintRefer
    void chooseReason(int number);  // 1 to 4 on ExceptionReason

    // The SupervisorSignOff state's device events.
    void cardInserted();
    void cardRemoved();
    void recordRead(const card::ThaiIdRecord& record);
    void fingerCaptured(fingerprint::FingerSample sample);
    void fingerFailed(LocalText why);

Q_SIGNALS:
    void changed();  // the sign-off moved on a step

private:
    void setStep(SignOffStep step);
    void captureSupervisorFinger();
    void onAnswer(const Result<ExceptionGrant, RegistryError>& r);
    void audit(AuditKind kind, const QString& detail);

    CitizenHost& m_host;
    CardPort& m_card;
    FingerPort& m_finger;
    RegistryPort& m_registry;
    OfficerStore& m_officers;
    const int& m_fingerprintSeconds;
};

}  // namespace thaid::app
