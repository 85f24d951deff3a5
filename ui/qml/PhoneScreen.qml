import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The citizen finishes on the phone (passcode, consent); the officer sees which step.
FocusScope {
    Rectangle {
        anchors.fill: parent
        color: Theme.panel
        radius: Theme.px(12)
        border.color: Theme.brand
        border.width: Theme.px(3)
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.px(96), Theme.px(900))
            spacing: Theme.spacing
            Icon {
                name: "smartphone"
                size: Theme.px(88)
                color: Theme.brand
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                text: qsTr("Waiting for the citizen's phone")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.brand
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            PhoneSteps {
                textSize: Theme.valueSize
                Layout.fillWidth: true
            }
            IconText {
                visible: Kiosk.message.length > 0
                icon: "warning"
                text: Kiosk.message
                color: Theme.warning
                Layout.fillWidth: true
            }
            Label {
                objectName: "keyHint"
                text: qsTr("Time left: %1 s. Esc: cancel").arg(Registration.sessionSecondsLeft)
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }
    }
}
