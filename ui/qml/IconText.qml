import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// A line that says what happened with an icon for its tone (warning, refusal, success): the words
// carry the meaning, the icon and colour let the officer spot it. Wraps like any other text.
RowLayout {
    id: line
    property string icon
    property string text
    property color color: Theme.text
    property int textSize: Theme.bodySize
    property bool bold: false
    property int horizontalAlignment: Text.AlignLeft
    // The text item, for a screen that names it (objectName "keyHint").
    property alias label: words
    spacing: Math.round(textSize * 0.4)
    Icon {
        name: line.icon
        color: line.color
        size: Math.round(line.textSize * 1.25)
        visible: line.icon.length > 0
        Layout.alignment: Qt.AlignTop
    }
    Label {
        id: words
        text: line.text
        color: line.color
        font.pixelSize: line.textSize
        font.bold: line.bold
        wrapMode: Text.WordWrap
        horizontalAlignment: line.horizontalAlignment
        Layout.fillWidth: true
    }
}
