import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// A full-screen message: an icon, a heading, the details and the keys to press.
FocusScope {
    id: root
    property string icon
    property string heading
    property string text
    property string hint
    // A line of standing (the officer's day), between the details and the keys.
    property string status
    property string statusIcon: "check_circle"
    property color tone: Theme.brand

    Rectangle {
        anchors.fill: parent
        color: Theme.panel
        radius: Theme.px(12)
        border.color: root.tone
        border.width: 3
        ColumnLayout {
            anchors.centerIn: parent
            width: parent.width - Theme.px(96)
            spacing: Theme.spacing
            Icon {
                name: root.icon
                size: Theme.px(112)
                color: root.tone
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                text: root.heading
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: root.tone
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: root.text
                visible: text.length > 0
                font.pixelSize: Theme.valueSize
                color: Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            IconText {
                objectName: "noticeStatus"
                visible: root.status.length > 0
                icon: root.statusIcon
                text: root.status
                color: Theme.brand
                bold: true
                Layout.alignment: Qt.AlignHCenter
                Layout.fillWidth: false
                Layout.maximumWidth: parent.width
            }
            Label {
                objectName: "keyHint"
                text: root.hint
                visible: text.length > 0
                color: Theme.muted
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }
    }
}
