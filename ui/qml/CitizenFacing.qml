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
    font.pixelSize: Theme.cpx(24)
    title: qsTr("ThaiD registration, citizen's screen")

    readonly property int state: Kiosk.state
    readonly property bool checking: state === KioskState.ThaidCheck
    readonly property bool scanning: state === KioskState.CreatingSession || state === KioskState.ShowingQr
                                     || (checking && ThaidCheck.relayCode.length === 0)
    readonly property bool onPhone: Registration.citizenStep >= 0
    // A display turned on its side: the QR above the steps instead of beside them.
    readonly property bool portrait: height > width

    Binding {
        target: Theme
        property: "citizenScale"
        value: facing.portrait ? Theme.fit(facing.width, facing.height, 900, 1200)
                               : Theme.fit(facing.width, facing.height, 1200, 900)
    }

    header: Rectangle {
        height: Theme.cpx(72)
        color: Theme.brand
        Label {
            anchors.centerIn: parent
            text: facing.checking || facing.state === KioskState.ThaidCheckResult ? "ThaiD" : qsTr("ThaiD registration")
            color: Theme.brandText
            font.pixelSize: Theme.cpx(28)
            font.bold: true
        }
    }

    GridLayout {
        anchors { fill: parent; margins: Theme.cpx(32) }
        flow: facing.portrait ? GridLayout.TopToBottom : GridLayout.LeftToRight
        columnSpacing: Theme.cpx(32)
        rowSpacing: Theme.cpx(24)
        visible: facing.scanning

        Rectangle {
            id: qrPanel
            color: "white"
            radius: Theme.cpx(12)
            // From the window, not from this item's own size: a layout loop otherwise.
            readonly property real side: facing.portrait
                ? Math.min(facing.width - Theme.cpx(64), facing.contentItem.height * 0.55)
                : Math.min(facing.contentItem.height - Theme.cpx(64), facing.width * 0.5)
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            Layout.alignment: Qt.AlignCenter
            Image {
                objectName: "qrCode"
                anchors.centerIn: parent
                // Whole device pixels per module, shown at its own size (see QrScreen).
                sourceSize.width: qrPanel.side - Theme.cpx(24)
                sourceSize.height: qrPanel.side - Theme.cpx(24)
                cache: false
                smooth: false
                visible: Kiosk.qrVisible && facing.scanning
                source: Kiosk.qrVisible && facing.scanning ? "image://kiosk/qr/" + Kiosk.qrVersion : ""
                Accessible.name: facing.checking ? qsTr("ThaiD login QR code") : qsTr("Registration QR code")
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
            spacing: Theme.cpx(16)
            Label {
                text: facing.checking ? qsTr("Scan this code with the ThaiD app to show who you are")
                                      : qsTr("Scan this code with the ThaiD app")
                font.pixelSize: Theme.cpx(32)
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.cpx(16)
                Layout.fillWidth: true
                CountdownRing {
                    objectName: "countdownRing"
                    visible: Kiosk.qrVisible
                    seconds: Kiosk.qrSecondsLeft
                    total: Kiosk.qrLifetime
                    size: Theme.cpx(80)
                }
                Label {
                    text: !Kiosk.qrVisible ? qsTr("Preparing the code…")
                          : facing.checking ? qsTr("Valid %1:%2 more").arg(Math.floor(Kiosk.qrSecondsLeft / 60)).arg(("0" + Kiosk.qrSecondsLeft % 60).slice(-2))
                          : qsTr("A new code follows in %1 s").arg(Kiosk.qrSecondsLeft)
                    font.pixelSize: Theme.cpx(24)
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            PhoneSteps {
                visible: !facing.checking
                textSize: Theme.cpx(22)
                spacing: Theme.cpx(8)
                Layout.fillWidth: true
            }
            Label {
                visible: facing.checking
                text: qsTr("Your phone shows which counter asks, and a code. This screen shows the same code once you have scanned: approve only if they match.")
                font.pixelSize: Theme.cpx(24)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            IconText {
                objectName: "citizenPhoneNotice"
                visible: Registration.citizenPhoneNotice.length > 0
                icon: "smartphone"
                text: Registration.citizenPhoneNotice
                color: Theme.warning
                textSize: Theme.cpx(22)
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
        }
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.cpx(48) }
        spacing: Theme.cpx(28)
        visible: !facing.scanning
        Item { Layout.fillHeight: true }
        Icon {
            name: facing.state === KioskState.Completed || facing.state === KioskState.ThaidCheckResult ? "check_circle"
                : facing.state === KioskState.Fingerprint ? "fingerprint"
                : facing.checking ? "smartphone"
                : facing.onPhone ? "smartphone" : "badge"
            size: Theme.cpx(112)
            color: facing.state === KioskState.Completed || facing.state === KioskState.ThaidCheckResult ? Theme.success : Theme.brand
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            // What the citizen should do now; any other state is the welcome.
            readonly property var guidance: ({
                [KioskState.Reading]: qsTr("The officer is checking your card"),
                [KioskState.Review]: qsTr("The officer is checking your card"),
                [KioskState.ReplacingPhone]: qsTr("The officer is checking your card"),
                [KioskState.Fingerprint]: Registration.leftFinger ? qsTr("Place your LEFT index finger on the scanner")
                                                           : qsTr("Place your RIGHT index finger on the scanner"),
                [KioskState.ExceptionReason]: qsTr("A supervisor is confirming who you are"),
                [KioskState.SupervisorSignOff]: qsTr("A supervisor is confirming who you are"),
                [KioskState.EnteringCode]: qsTr("Read the 6-digit code on your phone to the officer"),
                [KioskState.WaitingForPhone]: qsTr("Continue on your phone"),
                [KioskState.Completed]: qsTr("ThaiD is ready on your phone"),
                [KioskState.ThaidCheck]: qsTr("Check that your phone shows this code, then approve"),
                [KioskState.ThaidCheckResult]: qsTr("Thank you. The officer can see who you are.")
            })
            text: guidance[facing.state] ?? qsTr("Welcome. Please give your ID card to the officer.")
            font.pixelSize: Theme.cpx(36)
            font.bold: true
            color: facing.state === KioskState.Completed ? Theme.success : Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "citizenRelayCode"
            visible: facing.checking && ThaidCheck.relayCode.length > 0
            text: ThaidCheck.relayCode
            font.pixelSize: Theme.cpx(96)
            font.bold: true
            font.letterSpacing: Theme.cpx(8)
            color: Theme.brand
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            visible: facing.state === KioskState.Fingerprint && Registration.fingerGuidance.length > 0
            text: Registration.fingerGuidance
            font.pixelSize: Theme.cpx(28)
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        IconText {
            objectName: "citizenPhoneNotice"
            visible: Registration.citizenPhoneNotice.length > 0 && facing.state !== KioskState.Completed
            icon: "smartphone"
            text: Registration.citizenPhoneNotice
            color: Theme.warning
            textSize: Theme.cpx(28)
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.cpx(820)
            Layout.alignment: Qt.AlignHCenter
        }
        PhoneSteps {
            visible: facing.onPhone && facing.state !== KioskState.Completed
            textSize: Theme.cpx(28)
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.cpx(820)
            Layout.alignment: Qt.AlignHCenter
        }
        Item { Layout.fillHeight: true }
    }
}
