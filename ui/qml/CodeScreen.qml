import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The officer types the 6 digits the citizen's phone shows.
FocusScope {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.px(900))
        spacing: Theme.spacing
        Label {
            text: qsTr("Type the code shown on the citizen's phone")
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        TextField {
            id: digits
            objectName: "codeDigits"
            focus: true
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.px(420)
            font.pixelSize: Theme.px(64)
            font.letterSpacing: Theme.px(16)
            horizontalAlignment: Text.AlignHCenter
            maximumLength: 6
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,6}/ }
            Accessible.name: qsTr("Confirmation code, 6 digits")
            readOnly: Registration.codeInFlight
            // The sixth digit sends the code; Enter sends only a code that is not complete yet
            // (to be told it is short), so one code is never sent twice.
            onTextChanged: if (text.length === 6) Registration.submitCode(text)
            onAccepted: if (text.length < 6) Registration.submitCode(text)
        }
        IconText {
            icon: Kiosk.message.length > 0 ? "error" : ""
            text: Kiosk.message.length > 0 ? Kiosk.message : qsTr("Tries left: %1").arg(Registration.codeAttemptsLeft)
            color: Kiosk.message.length > 0 ? Theme.danger : Theme.muted
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            objectName: "keyHint"
            text: qsTr("The code is sent at the sixth digit. Esc: cancel.")
            color: Theme.muted
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
    Connections {
        target: Registration
        function onCodeRefused() { digits.clear() }
    }
}
