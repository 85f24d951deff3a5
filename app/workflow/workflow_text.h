#pragma once

#include "i18n/local_text.h"
#include "registry_api/registry_error.h"

#include <QCoreApplication>
#include <QString>

namespace thaid::app {

// What the officer's workflow says, translated (Thai and English). One function per message, so
// the workflow keeps the way to make a message (LocalText) and it reads in the language chosen
// after it was made.
class WorkflowText {
    Q_DECLARE_TR_FUNCTIONS(WorkflowText)
public:
    // Signing in and out
    static QString insertOwnCard();
    static QString readingOwnCard();
    static QString ownCardRemovedDuringSignIn();
    static QString notEnrolledHere();
    static QString placeOwnFinger();
    static QString signedInRemoveCard();
    static QString lockedAfterIdle(int minutes);
    static QString maintenanceNeedsSignIn();

    // The citizen's card
    static QString removeAndReinsert();
    static QString cardExpired();
    static QString cardSuperseded();
    static QString cardRevoked();
    static QString cardUnknown();

    // A supervisor's exception
    static QString supervisorCardRemoved();
    static QString notTheCitizensCard();
    static QString supervisorCardNeeded();
    static QString supervisorNotEnrolled();
    static QString notASupervisor();
    static QString supervisorIsAnotherOfficer();
    static QString supervisorPlaceFinger();
    static QString checkingSupervisor();
    static QString exceptionGranted();

    // Finger, session, code
    static QString checkingFinger();
    static QString fingerNotMatched(int attempts);
    static QString typeSixDigits();
    static QString checkingCode();

    // How a session ended
    static QString cardRemovedMidSession();
    static QString stoppedRemoveCard();
    static QString stopped();
    static QString completed();
    static QString sessionExpired();
    static QString cancelledByRegistry();
    static QString bindingChangedMeanwhile();
    static QString phoneKeyInUse();
    static QString conflict();
    static QString rejected();
    static QString qrNotScanned(int seconds);

    // A ThaiD check (F6)
    static QString thaidCheckUnavailable();
    static QString thaidCheckDenied();
    static QString thaidCheckExpired();
    static QString thaidCheckPhoneNotActive();
    static QString thaidCheckCleared();
};

// What the officer should do about a registry error, read in the language chosen later.
LocalText registryText(const RegistryError& error);

}  // namespace thaid::app
