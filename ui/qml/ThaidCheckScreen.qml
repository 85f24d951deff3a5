import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The ThaiD check (F6): a citizen identifies with ThaiD instead of the card. While the login is
// open, the QR (on the citizen's screen when there is one) and, once their phone has scanned,
// the code both show; then the identity the registry vouched for, until the next citizen.
FocusScope {
    id: root
    readonly property bool result: Kiosk.state === KioskState.ThaidCheckResult

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_F6) {
            ThaidCheck.start()
            event.accepted = true
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.margin
        visible: !root.result
        Rectangle {
            id: panel
            Layout.preferredWidth: Math.min(root.height, root.width * 0.45)
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignVCenter
            color: "white"
            radius: Theme.px(12)
            Image {
                objectName: "qrCode"
                anchors.centerIn: parent
                sourceSize.width: panel.width - Theme.px(24)
                sourceSize.height: panel.width - Theme.px(24)
                cache: false
                smooth: false
                visible: Kiosk.qrVisible && !Kiosk.citizenScreen && ThaidCheck.relayCode.length === 0
                source: visible ? "image://kiosk/qr/" + Kiosk.qrVersion : ""
                Accessible.name: qsTr("ThaiD login QR code")
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
                visible: Kiosk.qrVisible && (Kiosk.citizenScreen || ThaidCheck.relayCode.length > 0)
                spacing: Theme.spacing
                Item { Layout.fillHeight: true }
                Icon {
                    name: ThaidCheck.relayCode.length > 0 ? "smartphone" : "qr_code_2"
                    color: Theme.brand
                    size: Theme.px(96)
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: ThaidCheck.relayCode.length > 0 ? qsTr("The citizen's phone has scanned the code")
                                                          : qsTr("The QR code is on the citizen's screen")
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
                text: qsTr("ThaiD check")
                font.pixelSize: Theme.px(30)
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: ThaidCheck.relayCode.length > 0
                      ? qsTr("The citizen's phone and screen both show this code. Ask the citizen to check they match, then approve on the phone.")
                      : qsTr("Ask the citizen to open the ThaiD app and scan the QR code. Their phone asks them to approve showing who they are to this counter.")
                font.pixelSize: Theme.px(22)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "checkRelayCode"
                visible: ThaidCheck.relayCode.length > 0
                text: ThaidCheck.relayCode
                font.pixelSize: Theme.px(64)
                font.bold: true
                font.letterSpacing: Theme.px(6)
                color: Theme.brand
                Layout.alignment: Qt.AlignHCenter
                Accessible.name: qsTr("Code on the citizen's phone: %1").arg(ThaidCheck.relayCode)
            }
            RowLayout {
                spacing: Theme.px(16)
                visible: Kiosk.qrVisible
                Layout.fillWidth: true
                CountdownRing {
                    seconds: Kiosk.qrSecondsLeft
                    total: Kiosk.qrLifetime
                    size: Theme.px(64)
                }
                Label {
                    text: qsTr("The login ends in %1:%2 if the phone does not approve.")
                          .arg(Math.floor(Kiosk.qrSecondsLeft / 60)).arg(("0" + Kiosk.qrSecondsLeft % 60).slice(-2))
                    color: Theme.muted
                    font.pixelSize: Theme.px(21)
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            IconText {
                objectName: "checkNotice"
                visible: Kiosk.message.length > 0
                icon: "warning"
                text: Kiosk.message
                color: Theme.warning
                textSize: Theme.px(22)
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            Label { objectName: "keyHint"; text: qsTr("Esc: stop the check"); color: Theme.muted }
        }
    }

    Rectangle {
        anchors.fill: parent
        visible: root.result
        color: Theme.panel
        radius: Theme.px(12)
        border.color: ThaidCheck.high ? Theme.success : Theme.warning
        border.width: 3
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.px(8)
            IconText {
                objectName: "checkVerified"
                icon: "check_circle"
                text: qsTr("Verified with ThaiD at %1: the registry vouches for this identity").arg(ThaidCheck.verifiedAt)
                color: Theme.success
                textSize: Theme.px(26)
                Layout.fillWidth: true
            }
            Label {
                objectName: "checkAssurance"
                text: qsTr("Identity assurance: %1").arg(ThaidCheck.assurance)
                color: ThaidCheck.high ? Theme.text : Theme.warning
                font.pixelSize: Theme.px(21)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.margin
                Layout.fillWidth: true
                Layout.fillHeight: true
                Rectangle {
                    // The registry's copy of the card photo, for the face: 3:4, as at the review.
                    visible: ThaidCheck.photoVersion > 0
                    Layout.preferredWidth: Math.min(root.height * 0.36, root.width * 0.24)
                    Layout.preferredHeight: Layout.preferredWidth * 4 / 3
                    Layout.alignment: Qt.AlignTop
                    color: Theme.background
                    radius: Theme.px(8)
                    Image {
                        objectName: "checkPhoto"
                        anchors.fill: parent
                        anchors.margins: Theme.px(8)
                        fillMode: Image.PreserveAspectFit
                        cache: false
                        source: ThaidCheck.photoVersion > 0 ? "image://kiosk/checkphoto/" + ThaidCheck.photoVersion : ""
                        Accessible.name: qsTr("Photo the registry holds for this card")
                    }
                }
                ColumnLayout {
                    spacing: Theme.px(4)
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Field { label: qsTr("Citizen ID"); value: ThaidCheck.citizenId; large: true }
                    Field { label: qsTr("Name (Thai)"); value: ThaidCheck.nameTh; large: true }
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        Field { label: qsTr("Name (English)"); value: ThaidCheck.nameEn; small: true }
                        Field { label: qsTr("Number under the card photo"); value: ThaidCheck.cardNumber; small: true }
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        visible: ThaidCheck.birthDate.length > 0 || ThaidCheck.cardDates.length > 0
                        Field { label: qsTr("Date of birth"); value: ThaidCheck.birthDate; small: true }
                        Field { label: qsTr("Card"); value: ThaidCheck.cardDates; small: true }
                    }
                    Field {
                        visible: ThaidCheck.address.length > 0
                        label: qsTr("Address on the card")
                        value: ThaidCheck.address
                        small: true
                    }
                    Label {
                        visible: ThaidCheck.photoVersion === 0
                        text: qsTr("The registry gave no photo: compare the citizen with their card or another document if your service needs it.")
                        color: Theme.muted
                        font.pixelSize: Theme.px(20)
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                objectName: "keyHint"
                text: qsTr("Esc: clear. F6: check the next citizen. A card inserted starts a registration.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
