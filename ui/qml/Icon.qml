import QtQuick
import ThaiD

// An icon of the kiosk's SVG set (resources/icons), drawn by Qt SVG in `color` at `size`, sharp at
// every desktop scaling: the provider is asked for device pixels. Decoration only: the words
// beside it carry the meaning.
Item {
    id: icon
    property string name
    property color color: Theme.text
    property int size: Theme.px(24)
    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true
    Image {
        anchors.fill: parent
        sourceSize.width: icon.size
        sourceSize.height: icon.size
        fillMode: Image.PreserveAspectFit
        source: Theme.iconSource(icon.name, icon.color)
    }
}
