import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

ColumnLayout {
    property string label
    property string value
    property bool large: false
    // Secondary values on a screen with many (the ThaiD check's result).
    property bool small: false
    spacing: Theme.px(2)
    Layout.fillWidth: true
    Label { text: parent.label; color: Theme.muted; font.pixelSize: Theme.px(20) }
    Label {
        text: parent.value.length > 0 ? parent.value : "…"
        font.pixelSize: parent.large ? Theme.headingSize : parent.small ? Theme.px(21) : Theme.valueSize
        font.bold: parent.large
        color: Theme.text
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.name: parent.label + ": " + text
    }
}
