import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The signed session QR (verified by the kiosk before it is shown), large, with its countdown.
// Frames rotate every 20 s; the new image replaces the old in place, without a blank. With a
// second screen facing the citizen the QR shows there only: one code on view, where the
// citizen's phone is.
FocusScope {
    id: root
    RowLayout {
        anchors.fill: parent
        spacing: Theme.margin
        Rectangle {
            id: panel
            // Square, as large as the screen allows: the phone reads it from across the counter.
            Layout.preferredWidth: Math.min(root.height, root.width * 0.5)
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignVCenter
            color: "white"
            radius: Theme.px(12)
            Image {
                id: code
                objectName: "qrCode"
                anchors.centerIn: parent
                // Whole device pixels per module: the provider picks the largest that fits
                // and the image is shown at its own size, never resampled.
                sourceSize.width: panel.width - Theme.px(24)
                sourceSize.height: panel.width - Theme.px(24)
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
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.margin
                visible: Kiosk.qrVisible && Kiosk.citizenScreen
                spacing: Theme.spacing
                Item { Layout.fillHeight: true }
                Icon {
                    name: "qr_code_2"
                    color: Theme.brand
                    size: Theme.px(96)
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: qsTr("The QR code is on the citizen's screen")
                    font.pixelSize: Theme.headingSize
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.px(14)
            Label {
                text: qsTr("Ask the citizen to scan this code")
                font.pixelSize: Theme.px(30)
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            PhoneSteps {
                textSize: Theme.px(21)
                spacing: Theme.px(6)
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.px(16)
                Layout.fillWidth: true
                CountdownRing {
                    objectName: "countdownRing"
                    visible: Kiosk.qrVisible
                    seconds: Kiosk.qrSecondsLeft
                    total: Kiosk.qrLifetime
                    size: Theme.px(80)
                }
                Label {
                    text: (Kiosk.qrVisible ? qsTr("Code valid %1 s more, then a new one follows by itself.").arg(Kiosk.qrSecondsLeft)
                           : Kiosk.state === KioskState.CreatingSession ? qsTr("Opening a registration session at the registry…")
                           : qsTr("Getting a signed code from the registry…"))
                          + (Registration.sessionSecondsLeft <= 0 ? "" : " " + qsTr("Session: %1:%2 left.").arg(Math.floor(Registration.sessionSecondsLeft / 60)).arg(("0" + Registration.sessionSecondsLeft % 60).slice(-2)))
                    color: Theme.muted
                    font.pixelSize: Theme.px(21)
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            IconText {
                visible: Kiosk.message.length > 0
                icon: "warning"
                text: Kiosk.message
                color: Theme.warning
                textSize: Theme.px(22)
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            Label { objectName: "keyHint"; text: qsTr("Esc: cancel"); color: Theme.muted }
        }
    }
}
