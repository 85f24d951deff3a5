import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The signed session QR (verified by the kiosk before it is shown), large, with its countdown.
// Frames rotate every 20 s; the new image replaces the old in place, without a blank. With a
// second screen facing the citizen the QR shows there only: one code on view, where the
// citizen's phone is.
FocusScope {
    RowLayout {
        anchors.fill: parent
        spacing: 32
        Rectangle {
            Layout.preferredWidth: 560
            Layout.fillHeight: true
            color: "white"
            radius: 12
            Image {
                id: code
                anchors.centerIn: parent
                width: 490; height: 490
                sourceSize.width: 490; sourceSize.height: 490
                cache: false
                smooth: false
                visible: Kiosk.qrVisible && !Kiosk.citizenScreen
                source: visible ? "image://kiosk/qr/" + Kiosk.qrVersion : ""
                Accessible.name: qsTr("Registration QR code")
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: !Kiosk.qrVisible
                visible: running
                Accessible.name: qsTr("Waiting for the QR code")
            }
            Label {
                anchors.fill: parent
                anchors.margins: 32
                visible: Kiosk.qrVisible && Kiosk.citizenScreen
                text: "▣\n" + qsTr("The QR code is on the citizen's screen")
                font.pixelSize: Theme.headingSize
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 14
            Label {
                text: qsTr("Ask the citizen to scan this code")
                font.pixelSize: 30
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            PhoneSteps {
                textSize: 21
                spacing: 6
                Layout.fillWidth: true
            }
            Label {
                text: (Kiosk.qrVisible ? qsTr("Code valid %1 s more, then a new one follows by itself.").arg(Kiosk.qrSecondsLeft)
                                       : qsTr("Getting a signed code from the registry…"))
                      + " " + qsTr("Session: %1:%2 left.").arg(Math.floor(Kiosk.sessionSecondsLeft / 60)).arg(("0" + Kiosk.sessionSecondsLeft % 60).slice(-2))
                color: Theme.muted
                font.pixelSize: 21
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: Kiosk.message.length > 0
                text: "⚠ " + Kiosk.message
                color: Theme.warning
                font.pixelSize: 22
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            Label { text: qsTr("Esc: cancel"); color: Theme.muted }
        }
    }
}
