import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// Where the registration is: card, face, finger, QR, code, phone, done. Numbered steps joined by
// a line; the step now is a white pill, the steps done carry a tick, so the officer sees at a
// glance how far the citizen is.
RowLayout {
    id: bar
    property int state
    spacing: Theme.px(4)
    readonly property var steps: [qsTr("Card"), qsTr("Face"), qsTr("Finger"), qsTr("QR"), qsTr("Code"), qsTr("Phone"), qsTr("Done")]
    // Which step each state belongs to; states outside a registration show no step.
    readonly property var stepOf: ({
        [KioskState.Reading]: 0,
        [KioskState.Review]: 1, [KioskState.ReplacingPhone]: 1, [KioskState.Blocked]: 1,
        [KioskState.Fingerprint]: 2, [KioskState.FingerprintRefer]: 2,
        [KioskState.ExceptionReason]: 2, [KioskState.SupervisorSignOff]: 2,
        [KioskState.CreatingSession]: 3, [KioskState.ShowingQr]: 3,
        [KioskState.EnteringCode]: 4,
        [KioskState.WaitingForPhone]: 5,
        [KioskState.Completed]: 6
    })
    readonly property int current: stepOf[state] ?? -1
    // Each step carries what its delegate needs, so the delegate reads nothing from outside it.
    Repeater {
        model: bar.steps.map((name, i) => ({
            text: name, number: i + 1, first: i === 0,
            done: i < bar.current, now: i === bar.current
        }))
        RowLayout {
            id: step
            required property var modelData
            spacing: Theme.px(4)
            Rectangle {
                visible: !step.modelData.first
                color: step.modelData.done || step.modelData.now ? Theme.brandText : Theme.brandTextMuted
                opacity: step.modelData.done || step.modelData.now ? 1 : 0.6
                implicitWidth: Theme.px(10)
                implicitHeight: Math.max(1, Theme.px(2))
            }
            Rectangle {
                color: step.modelData.now ? Theme.panel : "transparent"
                radius: height / 2
                implicitWidth: pill.implicitWidth + Theme.px(step.modelData.now ? 16 : 4)
                implicitHeight: pill.implicitHeight + Theme.px(8)
                Accessible.role: Accessible.StaticText
                Accessible.name: step.modelData.done ? qsTr("%1: done").arg(step.modelData.text)
                               : step.modelData.now ? qsTr("%1: now").arg(step.modelData.text)
                               : step.modelData.text
                RowLayout {
                    id: pill
                    anchors.centerIn: parent
                    spacing: Theme.px(6)
                    Rectangle {
                        implicitWidth: Theme.px(24)
                        implicitHeight: Theme.px(24)
                        radius: width / 2
                        color: step.modelData.now ? Theme.brand
                             : step.modelData.done ? Theme.brandTextMuted : "transparent"
                        border.color: Theme.brandTextMuted
                        border.width: step.modelData.now || step.modelData.done ? 0 : Math.max(1, Theme.px(2))
                        Icon {
                            anchors.centerIn: parent
                            visible: step.modelData.done
                            name: "check"
                            color: Theme.brand
                            size: Theme.px(18)
                        }
                        Label {
                            anchors.centerIn: parent
                            visible: !step.modelData.done
                            text: step.modelData.number
                            color: step.modelData.now ? Theme.brandText : Theme.brandTextMuted
                            font.pixelSize: Theme.px(15)
                            font.bold: true
                            Accessible.ignored: true
                        }
                    }
                    Label {
                        text: step.modelData.text
                        color: step.modelData.now ? Theme.brand : Theme.brandTextMuted
                        font.bold: step.modelData.now
                        font.pixelSize: Theme.smallSize
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
}
