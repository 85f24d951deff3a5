import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// Live guidance while the citizen's finger is checked 1:1 against the registry's print.
FocusScope {
    readonly property bool refer: Kiosk.state === KioskState.FingerprintRefer
    Notice {
        anchors.fill: parent
        icon: parent.refer ? "pan_tool" : "fingerprint"
        tone: parent.refer ? Theme.danger : Theme.brand
        heading: parent.refer ? qsTr("Finger not verified") : qsTr("Fingerprint: attempt %1 of %2").arg(Math.max(1, Kiosk.fingerAttempt)).arg(Kiosk.maxFingerAttempts)
        text: parent.refer ? Kiosk.message : Kiosk.fingerGuidance
        hint: parent.refer ? qsTr("Esc or remove the card to end.") : qsTr("Esc: cancel")
    }
}
