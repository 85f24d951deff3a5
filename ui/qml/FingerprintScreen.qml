import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// Live guidance while the citizen's finger is checked 1:1 against the registry's print: which
// index finger, which attempt, and beside it what the scanner saw last.
FocusScope {
    id: root
    readonly property bool refer: Kiosk.state === KioskState.FingerprintRefer
    // The fingers will not verify the citizen, or there is none to scan: a supervisor's exception.
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_F9) {
            SignOff.ask()
            event.accepted = true
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.margin
        Notice {
            Layout.fillWidth: true
            Layout.fillHeight: true
            icon: root.refer ? "pan_tool" : "fingerprint"
            tone: root.refer ? Theme.danger : Theme.brand
            heading: root.refer ? qsTr("Finger not verified")
                     : qsTr("%1: attempt %2 of %3").arg(Registration.fingerName).arg(Math.max(1, Registration.fingerAttempt)).arg(Registration.maxFingerAttempts)
            text: root.refer ? Kiosk.message : Registration.fingerGuidance
            hint: root.refer ? qsTr("F9: a supervisor's exception. Esc or remove the card to end.")
                             : qsTr("F9: no usable index finger, a supervisor's exception. Esc: cancel")
        }
        // The scanner's last capture, scaled to the panel; held in memory only.
        Rectangle {
            objectName: "lastScan"
            visible: Registration.scanVersion > 0
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round(root.width * 0.28)
            color: Theme.panel
            radius: Theme.px(12)
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.px(16)
                spacing: Theme.px(8)
                Label {
                    text: qsTr("What the scanner saw")
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Image {
                    objectName: "scanImage"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    fillMode: Image.PreserveAspectFit
                    cache: false
                    source: Registration.scanVersion > 0 ? "image://kiosk/scan/" + Registration.scanVersion : ""
                    Accessible.name: qsTr("The captured fingerprint")
                }
            }
        }
    }
}
