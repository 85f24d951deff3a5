import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The steps the citizen takes on the phone, the current one marked. Shown to the officer and,
// on a second screen, to the citizen; the marks are a tick, a filled number and words, not
// colour alone.
ColumnLayout {
    id: steps
    property int current: Registration.citizenStep
    property int textSize: Theme.bodySize
    spacing: Math.round(textSize / 2)

    readonly property var labels: [
        qsTr("Open ThaiD, choose \"register through an officer\", type the ID number and scan the QR code"),
        qsTr("Read the 6-digit code on the phone to the officer"),
        qsTr("Create an 8-digit passcode"),
        qsTr("Give consent and unlock ThaiD")
    ]

    // Each step carries what its row needs, so the delegate reads nothing from outside it.
    Repeater {
        model: steps.labels.map((label, i) => ({
            label: label, index: i, size: steps.textSize,
            done: i < steps.current, now: i === steps.current
        }))
        RowLayout {
            id: row
            required property var modelData
            readonly property int index: row.modelData.index
            readonly property bool done: row.modelData.done
            readonly property bool now: row.modelData.now
            readonly property int textSize: row.modelData.size
            spacing: Math.round(row.textSize * 0.66)
            Layout.fillWidth: true
            Rectangle {
                implicitWidth: Math.round(row.textSize * 1.5)
                implicitHeight: implicitWidth
                radius: width / 2
                color: row.done ? Theme.success : row.now ? Theme.brand : "transparent"
                border.color: Theme.muted
                border.width: row.done || row.now ? 0 : Math.max(1, Math.round(row.textSize / 12))
                Layout.alignment: Qt.AlignTop
                Icon {
                    anchors.centerIn: parent
                    visible: row.done
                    name: "check"
                    color: Theme.panel
                    size: row.textSize
                }
                Label {
                    anchors.centerIn: parent
                    visible: !row.done
                    text: row.index + 1
                    font.pixelSize: Math.round(row.textSize * 0.8)
                    font.bold: true
                    color: row.now ? Theme.brandText : Theme.muted
                    Accessible.ignored: true
                }
            }
            Label {
                text: row.modelData.label
                font.pixelSize: row.textSize
                font.bold: row.now
                color: row.now ? Theme.text : Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.name: (row.done ? qsTr("Done: %1") : row.now ? qsTr("Now: %1") : qsTr("Next: %1")).arg(row.modelData.label)
            }
        }
    }
}
