import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// A device or network fault: what happened, what to do, and the key that leads back.
FocusScope {
    Keys.onReturnPressed: Kiosk.retry()
    Keys.onEnterPressed: Kiosk.retry()
    Notice {
        anchors.fill: parent
        icon: "warning"
        tone: Theme.danger
        heading: ({
            [FaultKind.CardService]: qsTr("The card service is not running"),
            [FaultKind.CardReader]: qsTr("Card reader problem"),
            [FaultKind.CardRead]: qsTr("The card could not be read"),
            [FaultKind.Scanner]: qsTr("Fingerprint scanner problem"),
            [FaultKind.Registry]: qsTr("Registry problem"),
            [FaultKind.Storage]: qsTr("Storage problem")
        })[Kiosk.faultKind] ?? qsTr("Problem")
        text: Kiosk.message
        hint: Kiosk.faultKind === FaultKind.CardService ? qsTr("The kiosk reconnects by itself when the service is back.")
              : Kiosk.faultKind === FaultKind.CardReader ? qsTr("The kiosk carries on by itself when a reader is connected.")
              : qsTr("Enter: try again. Esc: end the registration.")
    }
}
