import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// Where the registration is: card, face, finger, QR, code, phone, done.
RowLayout {
    id: bar
    property int state
    spacing: Theme.px(6)
    readonly property var steps: [qsTr("Card"), qsTr("Face"), qsTr("Finger"), qsTr("QR"), qsTr("Code"), qsTr("Phone"), qsTr("Done")]
    // Which step each state belongs to; states outside a registration show no step.
    readonly property var stepOf: ({
        [KioskState.Reading]: 0,
        [KioskState.Review]: 1, [KioskState.Blocked]: 1,
        [KioskState.Fingerprint]: 2, [KioskState.FingerprintRefer]: 2,
        [KioskState.CreatingSession]: 3, [KioskState.ShowingQr]: 3,
        [KioskState.EnteringCode]: 4,
        [KioskState.WaitingForPhone]: 5,
        [KioskState.Completed]: 6
    })
    readonly property int current: stepOf[state] ?? -1
    // Each step carries what its label needs, so the delegate reads nothing from outside it.
    Repeater {
        model: bar.steps.map((name, i) => ({
            text: (i < bar.current ? "✓ " : i === bar.current ? "▶ " : "") + name,
            now: i === bar.current
        }))
        Label {
            id: step
            required property var modelData
            text: step.modelData.text
            color: step.modelData.now ? Theme.brandText : Theme.brandTextMuted
            font.bold: step.modelData.now
            font.pixelSize: Theme.smallSize
        }
    }
}
