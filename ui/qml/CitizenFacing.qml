import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The second screen, facing the citizen (display/citizen_screen): what to do now, the session
// QR with its countdown when it is time to scan, and the phone steps. It never shows the
// citizen's data: people queueing behind can see it.
ApplicationWindow {
    id: facing
    width: 1024
    height: 768
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    title: qsTr("ThaiD registration, citizen's screen")

    readonly property int state: Kiosk.state
    readonly property bool scanning: state === KioskState.CreatingSession || state === KioskState.ShowingQr
    readonly property bool onPhone: Kiosk.citizenStep >= 0

    header: Rectangle {
        height: 72
        color: Theme.brand
        Label {
            anchors.centerIn: parent
            text: qsTr("ThaiD registration")
            color: "white"
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
    }

    RowLayout {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 32 }
        spacing: 32
        visible: facing.scanning

        Rectangle {
            color: "white"
            radius: 12
            Layout.fillHeight: true
            // From the window, not from this item's own height: a layout loop otherwise.
            Layout.preferredWidth: Math.min(facing.contentItem.height - 64, facing.width * 0.5)
            Image {
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height) - 40
                height: width
                sourceSize.width: width; sourceSize.height: height
                cache: false
                smooth: false
                visible: Kiosk.qrVisible && facing.scanning
                source: Kiosk.qrVisible && facing.scanning ? "image://kiosk/qr/" + Kiosk.qrVersion : ""
                Accessible.name: qsTr("Registration QR code")
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: !Kiosk.qrVisible && facing.scanning
                visible: running
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16
            Label {
                text: qsTr("Scan this code with the ThaiD app")
                font.pixelSize: 32
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: Kiosk.qrVisible ? qsTr("A new code follows in %1 s").arg(Kiosk.qrSecondsLeft) : qsTr("Preparing the code…")
                font.pixelSize: Theme.bodySize
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            PhoneSteps {
                textSize: 22
                spacing: 8
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
        }
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 48 }
        spacing: 28
        visible: !facing.scanning
        Item { Layout.fillHeight: true }
        Label {
            text: facing.state === KioskState.Completed ? "✔"
                : facing.state === KioskState.Fingerprint ? "☝"
                : facing.onPhone ? "✆" : "▤"
            font.pixelSize: 96
            color: facing.state === KioskState.Completed ? Theme.success : Theme.brand
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        }
        Label {
            text: {
                switch (facing.state) {
                case KioskState.Reading:
                case KioskState.Review: return qsTr("The officer is checking your card")
                case KioskState.Fingerprint: return qsTr("Place your index finger on the scanner")
                case KioskState.EnteringCode: return qsTr("Read the 6-digit code on your phone to the officer")
                case KioskState.WaitingForPhone: return qsTr("Continue on your phone")
                case KioskState.Completed: return qsTr("ThaiD is ready on your phone")
                default: return qsTr("Welcome. Please give your ID card to the officer.")
                }
            }
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: facing.state === KioskState.Completed ? Theme.success : Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: facing.state === KioskState.Fingerprint && Kiosk.fingerGuidance.length > 0
            text: Kiosk.fingerGuidance
            font.pixelSize: Theme.valueSize
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        PhoneSteps {
            visible: facing.onPhone && facing.state !== KioskState.Completed
            textSize: Theme.valueSize
            Layout.fillWidth: true
            Layout.maximumWidth: 820
            Layout.alignment: Qt.AlignHCenter
        }
        Item { Layout.fillHeight: true }
    }
}
