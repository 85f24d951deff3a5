import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// thaid-kioskctl doctor, condensed, for a signed-in officer or IT (Ctrl+Shift+M): each check
// with an icon and a word for its status, and what to do when it is not ok.
FocusScope {
    // Reader and scanner names come from devices: shown as text, never as markup.
    function plain(s) {
        return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    }

    Keys.onReturnPressed: Maintenance.refresh()
    Keys.onEnterPressed: Maintenance.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.px(12)
        RowLayout {
            Layout.fillWidth: true
            Icon {
                name: "settings"
                color: Theme.brand
                size: Theme.headingSize
            }
            Label {
                text: qsTr("Maintenance")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.brand
                Accessible.role: Accessible.Heading
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: Maintenance.running
                visible: running
                implicitHeight: Theme.px(40)
                implicitWidth: Theme.px(40)
                Accessible.name: qsTr("Checking")
            }
        }
        Repeater {
            model: Maintenance.checks
            RowLayout {
                id: check
                required property var modelData
                readonly property bool ok: check.modelData.status === CheckStatus.Ok
                readonly property color tone: check.modelData.status === CheckStatus.Fail ? Theme.danger
                                            : check.modelData.status === CheckStatus.Warn ? Theme.warning : Theme.success
                Layout.fillWidth: true
                spacing: Theme.px(14)
                IconText {
                    icon: check.modelData.status === CheckStatus.Fail ? "error"
                        : check.modelData.status === CheckStatus.Warn ? "warning" : "check_circle"
                    text: check.modelData.status === CheckStatus.Fail ? qsTr("Failed")
                        : check.modelData.status === CheckStatus.Warn ? qsTr("Warning") : qsTr("OK")
                    color: check.tone
                    textSize: Theme.smallSize
                    bold: true
                    // A column of its own: the summaries line up beside it.
                    Layout.fillWidth: false
                    Layout.preferredWidth: Theme.px(150)
                    Layout.alignment: Qt.AlignTop
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.px(2)
                    Label {
                        text: "<b>" + plain(check.modelData.title) + ":</b> " + plain(check.modelData.summary)
                        textFormat: Text.StyledText
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: !check.ok && check.modelData.remedy !== undefined
                        text: "→ " + (check.modelData.remedy || "")
                        font.pixelSize: Theme.px(17)
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
        Label {
            objectName: "keyHint"
            text: qsTr("Enter: check again. Esc: back to work. Full report: thaid-kioskctl doctor")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
