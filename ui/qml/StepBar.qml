import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// Where the registration is: card, face, finger, QR, code, phone, done.
RowLayout {
    id: bar
    property int state
    spacing: 6
    readonly property var steps: [qsTr("Card"), qsTr("Face"), qsTr("Finger"), qsTr("QR"), qsTr("Code"), qsTr("Phone"), qsTr("Done")]
    readonly property int current: {
        switch (state) {
        case KioskState.Reading: return 0
        case KioskState.Review:
        case KioskState.Blocked: return 1
        case KioskState.Fingerprint:
        case KioskState.FingerprintRefer: return 2
        case KioskState.CreatingSession:
        case KioskState.ShowingQr: return 3
        case KioskState.EnteringCode: return 4
        case KioskState.WaitingForPhone: return 5
        case KioskState.Completed: return 6
        default: return -1
        }
    }
    Repeater {
        model: bar.steps
        Label {
            required property int index
            required property string modelData
            text: (index < bar.current ? "✓ " : index === bar.current ? "▶ " : "") + modelData
            color: index === bar.current ? "white" : "#b8c4d4"
            font.bold: index === bar.current
            font.pixelSize: 19
        }
    }
}
