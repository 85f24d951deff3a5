import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// A supervisor's exception, second step: one reader, so the citizen's card leaves for the
// supervisor's, their finger goes on the scanner, and the citizen's card comes back.
Notice {
    readonly property int step: SignOff.step
    icon: step === SignOffStep.SupervisorFinger || step === SignOffStep.Checking ? "fingerprint"
        : step === SignOffStep.SupervisorCardOut ? "check_circle"
        : step === SignOffStep.InsertCitizenCard || step === SignOffStep.ReadingCitizenCard ? "badge"
        : "supervisor_account"
    tone: Theme.warning
    heading: {
        switch (step) {
        case SignOffStep.TakeCardOut: return qsTr("Remove the card from the reader")
        case SignOffStep.InsertSupervisorCard: return qsTr("Supervisor: insert your own ID card")
        case SignOffStep.ReadingSupervisorCard: return qsTr("Reading the supervisor's card…")
        case SignOffStep.SupervisorFinger: return qsTr("Supervisor: your finger on the scanner")
        case SignOffStep.Checking: return qsTr("The registry is checking the supervisor…")
        case SignOffStep.SupervisorCardOut: return qsTr("Supervisor: take your card back")
        case SignOffStep.InsertCitizenCard: return qsTr("Insert the citizen's card again")
        case SignOffStep.ReadingCitizenCard: return qsTr("Reading the citizen's card…")
        }
        return ""
    }
    text: {
        if (Kiosk.message.length > 0)
            return Kiosk.message
        switch (step) {
        case SignOffStep.TakeCardOut: return qsTr("Take the citizen's card out of the reader; the supervisor then inserts their own card.")
        case SignOffStep.InsertSupervisorCard: return qsTr("An officer with the supervisor role, not the one serving the citizen.")
        case SignOffStep.SupervisorFinger:
        case SignOffStep.Checking: return Registration.fingerGuidance
        case SignOffStep.SupervisorCardOut: return qsTr("Then insert the citizen's card again.")
        case SignOffStep.InsertCitizenCard: return qsTr("The same card that was checked: the QR follows.")
        }
        return ""
    }
    status: qsTr("Reason: %1").arg(SignOff.reason)
    statusIcon: "supervisor_account"
    hint: qsTr("The citizen's card may leave the reader for the supervisor's. Esc: stop and refer the citizen.")
}
