import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// A supervisor's exception, first step: why the citizen's fingers cannot verify them. The list
// is fixed (the registry refuses anything else); keys 1 to 4 choose.
FocusScope {
    id: root
    Keys.onPressed: (event) => {
        const n = event.key - Qt.Key_0
        if (n >= 1 && n <= SignOff.reasons.length) {
            SignOff.choose(n)
            event.accepted = true
        }
    }
    Rectangle {
        anchors.fill: parent
        color: Theme.panel
        radius: Theme.px(12)
        border.color: Theme.warning
        border.width: 3
        ColumnLayout {
            anchors.centerIn: parent
            width: parent.width - Theme.px(96)
            spacing: Theme.spacing
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Icon {
                    name: "supervisor_account"
                    color: Theme.warning
                    size: Math.round(Theme.headingSize * 1.25)
                    Layout.alignment: Qt.AlignTop
                }
                Label {
                    text: qsTr("Supervisor exception: why can the fingers not verify the citizen?")
                    color: Theme.warning
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    wrapMode: Text.WordWrap
                    // The row's width, not the text's own: a long heading wraps instead of
                    // widening the row.
                    Layout.preferredWidth: 0
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
            }
            Label {
                text: qsTr("A second officer with the supervisor role signs off with their own card and finger. The registration gets a lower assurance level, and each counter has a daily limit.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Repeater {
                model: SignOff.reasons
                delegate: RowLayout {
                    id: reasonRow
                    required property int index
                    required property string modelData
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Rectangle {
                        implicitWidth: Theme.px(44)
                        implicitHeight: Theme.px(44)
                        radius: Theme.px(8)
                        color: Theme.brand
                        Label {
                            anchors.centerIn: parent
                            text: reasonRow.index + 1
                            color: Theme.brandText
                            font.bold: true
                        }
                    }
                    Label {
                        objectName: "exceptionReason"
                        text: reasonRow.modelData
                        font.pixelSize: Theme.valueSize
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                objectName: "keyHint"
                text: qsTr("1 to 4: the reason. Esc: stop and refer the citizen.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
