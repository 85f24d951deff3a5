import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The steps the citizen takes on the phone, the current one marked. Shown to the officer and,
// on a second screen, to the citizen; the marks are symbols and words, not colour alone.
ColumnLayout {
    id: steps
    property int current: kiosk.citizenStep
    property int textSize: Theme.bodySize
    spacing: 12

    readonly property var labels: [
        qsTr("Open ThaiD, choose \"register through an officer\", type the ID number and scan the QR code"),
        qsTr("Read the 6-digit code on the phone to the officer"),
        qsTr("Create an 8-digit passcode"),
        qsTr("Give consent and unlock ThaiD")
    ]

    Repeater {
        model: steps.labels
        RowLayout {
            required property int index
            required property string modelData
            readonly property bool done: index < steps.current
            readonly property bool now: index === steps.current
            spacing: 16
            Layout.fillWidth: true
            Label {
                text: done ? "✓" : now ? "▶" : String(index + 1)
                font.pixelSize: steps.textSize
                font.bold: true
                color: done ? Theme.success : now ? Theme.brand : Theme.muted
                horizontalAlignment: Text.AlignHCenter
                Layout.preferredWidth: steps.textSize * 1.5
                Layout.alignment: Qt.AlignTop
                Accessible.ignored: true
            }
            Label {
                text: modelData
                font.pixelSize: steps.textSize
                font.bold: now
                color: now ? Theme.text : Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.name: (done ? qsTr("Done: %1") : now ? qsTr("Now: %1") : qsTr("Next: %1")).arg(modelData)
            }
        }
    }
}
