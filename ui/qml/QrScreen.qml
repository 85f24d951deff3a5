import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The signed session QR (verified by the kiosk before it is shown), large, with its countdown.
// Frames rotate every 20 s; the new image replaces the old in place, without a blank.
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
                sourceSize: Qt.size(490, 490)
                cache: false
                smooth: false
                visible: kiosk.qrVisible
                source: kiosk.qrVisible ? "image://kiosk/qr/" + kiosk.qrVersion : ""
                Accessible.name: qsTr("Registration QR code")
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: !kiosk.qrVisible
                visible: running
                Accessible.name: qsTr("Waiting for the QR code")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 24
            Label {
                text: qsTr("Ask the citizen to scan this code")
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("In the ThaiD app: \"register through an officer\", accept the terms, type the ID, then scan.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: kiosk.qrVisible ? qsTr("This code is valid for %1 s more; a new one follows by itself.").arg(kiosk.qrSecondsLeft)
                                      : qsTr("Getting a signed code from the registry…")
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Session time left: %1:%2").arg(Math.floor(kiosk.sessionSecondsLeft / 60)).arg(("0" + kiosk.sessionSecondsLeft % 60).slice(-2))
                color: Theme.muted
            }
            Label {
                visible: kiosk.message.length > 0
                text: "⚠ " + kiosk.message
                color: Theme.warning
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            Label { text: qsTr("Esc: cancel"); color: Theme.muted }
        }
    }
}
