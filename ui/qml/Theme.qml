pragma Singleton
import QtQuick

// Colours and sizes for reading at counter distance. Every status also has words and a symbol,
// never colour alone.
QtObject {
    readonly property string fontFamily: "Waree"
    readonly property int bodySize: 24
    readonly property int titleSize: 28
    readonly property int headingSize: 36
    readonly property int valueSize: 28
    readonly property color background: "#f4f6f8"
    readonly property color panel: "#ffffff"
    readonly property color brand: "#1f3a5f"
    readonly property color text: "#1b1f24"
    readonly property color muted: "#4a5561"
    readonly property color success: "#1b6e3a"
    readonly property color warning: "#8a5300"
    readonly property color danger: "#a4161a"
}
