pragma Singleton
import QtQuick

// Colours and sizes for reading at counter distance. Every status also has words and an icon,
// never colour alone. Sizes are for a 1280x800 window and follow each window's size: the
// officer's window sets `scale`, the citizen's `citizenScale` (see `fit`).
QtObject {
    id: theme
    property real scale: 1
    property real citizenScale: 1

    readonly property string fontFamily: "Waree"
    readonly property int bodySize: px(24)
    readonly property int titleSize: px(28)
    readonly property int headingSize: px(36)
    readonly property int valueSize: px(28)
    readonly property int smallSize: px(19)
    readonly property int spacing: px(24)
    readonly property int margin: px(32)
    readonly property int headerHeight: px(72)
    readonly property color background: "#f4f6f8"
    readonly property color panel: "#ffffff"
    readonly property color brand: "#1f3a5f"
    readonly property color text: "#1b1f24"
    readonly property color muted: "#4a5561"
    readonly property color success: "#1b6e3a"
    readonly property color warning: "#8a5300"
    readonly property color danger: "#a4161a"
    // Text on the brand band, and the tinted boxes behind a notice or a refusal.
    readonly property color brandText: "#ffffff"
    readonly property color brandTextMuted: "#b8c4d4"
    readonly property color brandTint: "#e8f0fa"
    readonly property color dangerTint: "#fbe9e9"
    // Every pair of text and background colour the screens use: each must pass WCAG AA
    // (contrast 4.5:1 or more), which the screen tests check.
    readonly property var textPairs: [
        [text, background], [text, panel], [muted, background], [muted, panel],
        [brand, panel], [brand, background], [success, panel], [success, background],
        [warning, panel], [warning, background], [danger, panel], [danger, background],
        [brandText, brand], [brandTextMuted, brand], [text, brandTint], [brand, brandTint],
        [danger, dangerTint], [text, dangerTint]
    ]

    // An icon of the set in resources/icons in `color` (IconImageProvider), for an Image or a
    // control's icon.source. The colour goes without its '#', which would end the URL's path.
    function iconSource(name: string, color: color): string {
        return name.length > 0 ? "image://icon/" + name + "/" + String(color).slice(1) : ""
    }
    // A size on the officer's screen, designed at 1280x800.
    function px(n: real): int {
        return Math.round(n * theme.scale)
    }
    // A size on the citizen's screen, designed at 1200x900 (900x1200 in portrait).
    function cpx(n: real): int {
        return Math.round(n * theme.citizenScale)
    }
    // How much a window of w x h is larger than the design size: text and pictures grow with
    // the space, and below 0.75 text would be too small to read from the counter.
    function fit(w: real, h: real, designW: real, designH: real): real {
        return Math.max(0.75, Math.min(2.2, Math.min(w / designW, h / designH)))
    }
}
