import QtQuick
import QtQuick.Controls
import ThaiD

// How long the code on screen stays valid: a ring that empties as the seconds run out, with the
// seconds in its middle. It turns to the warning colour for the last few seconds, when a phone
// that has not scanned yet will get the next code.
Item {
    id: ring
    property int seconds
    property int total: 1
    property int size: Theme.px(88)
    readonly property real fraction: total > 0 ? Math.max(0, Math.min(1, seconds / total)) : 0
    readonly property color tone: seconds <= 5 ? Theme.warning : Theme.brand
    implicitWidth: size
    implicitHeight: size
    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("Code valid %1 s more").arg(seconds)

    // Eased between the half-second ticks, so the ring moves rather than jumps; a new code fills
    // it at once.
    property real shown: fraction
    Behavior on shown {
        enabled: ring.fraction < ring.shown
        NumberAnimation { duration: 450 }
    }
    onShownChanged: canvas.requestPaint()
    onToneChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            const w = Math.max(3, ring.size / 10)
            const r = (Math.min(width, height) - w) / 2
            ctx.reset()
            ctx.lineWidth = w
            ctx.lineCap = "round"
            ctx.strokeStyle = Theme.brandTint
            ctx.beginPath()
            ctx.arc(width / 2, height / 2, r, 0, 2 * Math.PI)
            ctx.stroke()
            if (ring.shown > 0) {
                ctx.strokeStyle = ring.tone
                ctx.beginPath()
                ctx.arc(width / 2, height / 2, r, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * ring.shown)
                ctx.stroke()
            }
        }
    }
    Label {
        anchors.centerIn: parent
        text: ring.seconds
        color: ring.tone
        font.pixelSize: ring.size * 0.36
        font.bold: true
    }
}
