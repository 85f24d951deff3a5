import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// A device or network fault: what happened, what to do, and the key that leads back.
FocusScope {
    Keys.onReturnPressed: kiosk.retry()
    Keys.onEnterPressed: kiosk.retry()
    Notice {
        anchors.fill: parent
        symbol: "⚠"
        tone: Theme.danger
        heading: {
            switch (kiosk.faultKind) {
            case FaultKind.CardService: return qsTr("The card service is not running")
            case FaultKind.CardReader: return qsTr("Card reader problem")
            case FaultKind.CardRead: return qsTr("The card could not be read")
            case FaultKind.Scanner: return qsTr("Fingerprint scanner problem")
            case FaultKind.Registry: return qsTr("Registry problem")
            case FaultKind.Storage: return qsTr("Storage problem")
            default: return qsTr("Problem")
            }
        }
        text: kiosk.message
        hint: kiosk.faultKind === FaultKind.CardService ? qsTr("The kiosk reconnects by itself when the service is back.")
              : kiosk.faultKind === FaultKind.CardReader ? qsTr("The kiosk carries on by itself when a reader is connected.")
              : qsTr("Enter: try again. Esc: end the registration.")
    }
}
