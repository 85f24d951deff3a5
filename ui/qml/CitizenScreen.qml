import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// Reading, Review and Blocked: the card's data as it arrives, a large photo for the face check.
FocusScope {
    id: root
    readonly property bool reading: Kiosk.state === KioskState.Reading
    readonly property bool blocked: Kiosk.state === KioskState.Blocked

    Keys.onReturnPressed: Registration.confirmFace()
    Keys.onEnterPressed: Registration.confirmFace()

    RowLayout {
        anchors.fill: parent
        spacing: Theme.margin
        Rectangle {
            // The card photo is 3:4; as wide as the height allows, for the face check.
            Layout.preferredWidth: Math.min(root.height * 0.75, root.width * 0.4)
            Layout.fillHeight: true
            color: Theme.panel
            radius: Theme.px(12)
            Image {
                id: photo
                anchors.fill: parent
                anchors.margins: Theme.px(16)
                fillMode: Image.PreserveAspectFit
                cache: false
                source: Registration.photoVersion > 0 && Registration.photoPercent >= 100 ? "image://kiosk/photo/" + Registration.photoVersion : ""
                Accessible.name: qsTr("Photo on the card")
            }
            ColumnLayout {
                anchors.centerIn: parent
                visible: photo.status !== Image.Ready
                width: parent.width - Theme.px(64)
                Label {
                    text: qsTr("Reading the photo… %1%").arg(Registration.photoPercent)
                    Layout.alignment: Qt.AlignHCenter
                }
                ProgressBar {
                    from: 0; to: 100
                    value: Registration.photoPercent
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Photo progress")
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.px(6)
            Field { label: qsTr("Citizen ID"); value: Registration.citizenId; large: true }
            Field { label: qsTr("Name (Thai)"); value: Registration.nameTh; large: true }
            Field { label: qsTr("Name (English)"); value: Registration.nameEn }
            // Side by side: two short values, and the height goes to the photo and the message.
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Field { label: qsTr("Date of birth"); value: Registration.birthDate.length > 0 ? qsTr("%1 (age %2)").arg(Registration.birthDate).arg(Registration.age) : "" }
                Field { label: qsTr("Card expires"); value: Registration.expiryDate }
            }
            IconText {
                objectName: "photoNotice"
                visible: Registration.photoNotice.length > 0 && Kiosk.state === KioskState.Review
                icon: "warning"
                text: Registration.photoNotice
                color: Theme.warning
                textSize: Theme.px(22)
                Layout.fillWidth: true
                Layout.topMargin: Theme.px(8)
            }
            IconText {
                objectName: "phoneStatus"
                // One short line, left out beside an old-photo notice so the keys stay on screen;
                // a phone to replace has its own screen after the face in any case.
                visible: Registration.phoneStatus.length > 0 && Registration.photoNotice.length === 0
                icon: "smartphone"
                text: Registration.phoneStatus
                color: Registration.existingPhone.length > 0 ? Theme.warning : Theme.muted
                textSize: Theme.smallSize
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: next.implicitHeight + 2 * Theme.px(20)
                radius: Theme.px(12)
                color: root.blocked ? Theme.dangerTint : Theme.brandTint
                border.color: root.blocked ? Theme.danger : Theme.brand
                border.width: Theme.px(3)
                IconText {
                    id: next
                    anchors.fill: parent
                    anchors.margins: Theme.px(20)
                    label.objectName: "keyHint"
                    icon: root.blocked ? "block" : root.reading ? "badge" : "face"
                    color: root.blocked ? Theme.danger : Theme.text
                    textSize: Theme.valueSize
                    text: root.blocked ? qsTr("Cannot register: %1").arg(Kiosk.message) + "\n" + qsTr("Esc or remove the card to end.")
                          : root.reading ? qsTr("Reading the card… keep it in the reader.")
                          : qsTr("Compare the photo with the citizen's face. Enter: the face matches. Esc: it does not.")
                }
            }
        }
    }
}
