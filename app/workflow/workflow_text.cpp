#include "workflow/workflow_text.h"

namespace thaid::app {

QString WorkflowText::insertOwnCard() {
    return tr("Insert your own ID card to sign in.");
}

QString WorkflowText::readingOwnCard() {
    return tr("Reading your card…");
}

QString WorkflowText::ownCardRemovedDuringSignIn() {
    return tr("Your card was removed before sign-in finished. Insert it again.");
}

QString WorkflowText::notEnrolledHere() {
    return tr(
        "This card is not enrolled as an officer on this kiosk. Ask IT to enrol you "
        "(thaid-kioskctl officer enroll).");
}

QString WorkflowText::placeOwnFinger() {
    return tr("Place your index finger on the scanner.");
}

QString WorkflowText::signedInRemoveCard() {
    return tr("Signed in. Remove your card, then insert the citizen's card.");
}

QString WorkflowText::lockedAfterIdle(int minutes) {
    return tr("Locked after %n minute(s) without use. Insert your own ID card to sign in again.",
              nullptr, minutes);
}

QString WorkflowText::maintenanceNeedsSignIn() {
    return tr("Maintenance opens for a signed-in officer between citizens: sign in first.");
}

QString WorkflowText::supervisorCardRemoved() {
    return tr("The supervisor's card was removed before the registry answered. Insert it again.");
}

QString WorkflowText::notTheCitizensCard() {
    return tr(
        "This is not the card that was checked for this citizen. Remove it and insert the "
        "citizen's card.");
}

QString WorkflowText::supervisorCardNeeded() {
    return tr("That is the citizen's card. Remove it; the supervisor inserts their own card.");
}

QString WorkflowText::supervisorNotEnrolled() {
    return tr(
        "This card is not enrolled on this kiosk. Remove it; a supervisor enrolled here inserts "
        "their own card.");
}

QString WorkflowText::notASupervisor() {
    return tr(
        "This officer does not have the supervisor role. Remove the card; a supervisor inserts "
        "their own card.");
}

QString WorkflowText::supervisorIsAnotherOfficer() {
    return tr(
        "The officer serving the citizen cannot sign off for them. Remove the card; another "
        "officer with the supervisor role inserts their own card.");
}

QString WorkflowText::supervisorPlaceFinger() {
    return tr("Supervisor: place your enrolled index finger on the scanner.");
}

QString WorkflowText::checkingSupervisor() {
    return tr("The registry is checking the supervisor…");
}

QString WorkflowText::exceptionGranted() {
    return tr("The registry accepted the supervisor's sign-off.");
}

QString WorkflowText::removeAndReinsert() {
    return tr("Remove the card and insert it again.");
}

QString WorkflowText::cardExpired() {
    return tr("This card has expired. The citizen needs a new card before registering.");
}

QString WorkflowText::cardSuperseded() {
    return tr(
        "This is not the citizen's latest card: a newer one was issued. Ask for the newest "
        "card.");
}

QString WorkflowText::cardRevoked() {
    return tr("The registry reports this card as revoked. Send the citizen to card services.");
}

QString WorkflowText::cardUnknown() {
    return tr("The registry does not know this card. Send the citizen to card services.");
}

QString WorkflowText::checkingFinger() {
    return tr("The registry is checking the finger…");
}

QString WorkflowText::fingerNotMatched(int attempts) {
    return tr(
        "The finger did not match after %n attempt(s). Refer the citizen to the manual process "
        "at the registration desk.",
        nullptr, attempts);
}

QString WorkflowText::typeSixDigits() {
    return tr("Type the 6 digits shown on the citizen's phone.");
}

QString WorkflowText::checkingCode() {
    return tr("Checking the code with the registry…");
}

QString WorkflowText::cardRemovedMidSession() {
    return tr(
        "The card was removed, so the registration was stopped and its data erased. Insert a "
        "card to start again.");
}

QString WorkflowText::stoppedRemoveCard() {
    return tr("Registration stopped and its data erased. Remove the card.");
}

QString WorkflowText::stopped() {
    return tr("Registration stopped and its data erased.");
}

QString WorkflowText::completed() {
    return tr("Registration complete. Hand the card back to the citizen.");
}

QString WorkflowText::sessionExpired() {
    return tr("The session expired before the phone finished. Start again from the card.");
}

QString WorkflowText::cancelledByRegistry() {
    return tr(
        "The registry cancelled the session (for example after three wrong codes). Start again "
        "from the card.");
}

QString WorkflowText::bindingChangedMeanwhile() {
    return tr(
        "Nothing was bound: the citizen's ThaiD changed at another counter while this phone was "
        "being set up. Start again from the card to see the phone now on record.");
}

QString WorkflowText::phoneKeyInUse() {
    return tr(
        "Nothing was bound: this phone's ThaiD is already in use for another citizen. Ask the "
        "citizen to use their own phone, then start again from the card.");
}

QString WorkflowText::conflict() {
    return tr(
        "ALERT: the QR code was scanned by a second phone, so the session was stopped. Make sure "
        "only the citizen's phone scans the code, then start again from the card.");
}

QString WorkflowText::rejected() {
    return tr(
        "The citizen typed a different ID three times, so the registry rejected the session. "
        "Check the ID with the citizen and start again from the card.");
}

QString WorkflowText::qrNotScanned(int seconds) {
    return tr(
        "No phone scanned the QR code within %n second(s). Start again from the card when the "
        "citizen is ready.",
        nullptr, seconds);
}

LocalText registryText(const RegistryError& error) {
    return [error] { return RegistryErrorText::forError(error); };
}

QString WorkflowText::thaidCheckUnavailable() {
    return tr(
        "This kiosk is not registered for ThaiD checks. Ask office IT to set [thaid_check] in "
        "kiosk.conf.");
}

QString WorkflowText::thaidCheckDenied() {
    return tr("The citizen refused on the phone. Nothing was shared. F6: check again.");
}

QString WorkflowText::thaidCheckExpired() {
    return tr("No phone approved in time. F6: show a new QR.");
}

QString WorkflowText::thaidCheckPhoneNotActive() {
    return tr(
        "The phone that scanned is not an active ThaiD (replaced or never registered). Ask the "
        "citizen to use their current phone, or to register again.");
}

QString WorkflowText::thaidCheckCleared() {
    return tr("The ThaiD check was cleared.");
}

}  // namespace thaid::app
