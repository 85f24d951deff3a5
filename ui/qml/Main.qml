import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ThaiD

// The officer's screen. One screen per workflow state (KioskState, an enum from C++); the
// officer works it from the keyboard: Enter confirms, Esc cancels, digits type the code,
// F2 switches Thai/English, F10 signs out, Ctrl+Shift+M opens maintenance.
ApplicationWindow {
    id: window
    // Any common office screen, from 1024x768 up: sizes follow the window (Theme.fit).
    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    title: qsTr("ThaiD registration kiosk")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.background

    readonly property int state: Kiosk.state
    // The ThaiD check is not a registration: no registration steps in the header.
    readonly property bool checking: state === KioskState.ThaidCheck || state === KioskState.ThaidCheckResult
    // When the title, the steps, the officer's name on one line and the language button do not
    // fit side by side, the steps get a row of their own under the title: a name is never broken.
    // Measured apart from the header's own layout (a layout that measured itself would loop).
    readonly property bool narrow: width < brandLabel.implicitWidth + stepsMeasure.implicitWidth
                                           + nameMeasure.advanceWidth + languageButton.implicitWidth
                                           + 5 * Theme.spacing

    Binding { target: Theme; property: "scale"; value: Theme.fit(window.width, window.height, 1280, 800) }

    header: Rectangle {
        implicitHeight: headerColumn.implicitHeight + Theme.px(16)
        color: Theme.brand
        // The header's parts at their full width, for `narrow`: never shown, always measured.
        StepBar {
            id: stepsMeasure
            state: window.state
            opacity: 0
            Accessible.ignored: true
        }
        TextMetrics {
            id: nameMeasure
            font: officerLabel.font
            text: officerLabel.text
        }
        ColumnLayout {
            id: headerColumn
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            anchors.topMargin: Theme.px(8)
            anchors.bottomMargin: Theme.px(8)
            spacing: Theme.px(4)
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.px(56)
                Label {
                    id: brandLabel
                    text: "ThaiD"
                    color: Theme.brandText
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    Accessible.name: qsTr("ThaiD registration")
                }
                StepBar {
                    state: window.state
                    visible: !window.narrow && !window.checking
                }
                Label {
                    id: officerLabel
                    text: Kiosk.officerName.length > 0 ? Kiosk.officerName : qsTr("Not signed in")
                    color: Theme.brandText
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignRight
                    font.pixelSize: Theme.px(20)
                    Layout.fillWidth: true
                    Accessible.name: Kiosk.officerName.length > 0 ? qsTr("Officer: %1").arg(Kiosk.officerName) : text
                }
                Button {
                    id: languageButton
                    text: Kiosk.language === "th" ? "EN (F2)" : "ไทย (F2)"
                    font.pixelSize: Theme.px(20)
                    icon.source: Theme.iconSource("translate", Theme.text)
                    icon.width: Theme.px(24)
                    icon.height: Theme.px(24)
                    icon.color: "transparent"
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("Switch language")
                    onClicked: Kiosk.toggleLanguage()
                }
            }
            StepBar {
                state: window.state
                visible: window.narrow && current >= 0 && !window.checking
            }
        }
    }

    Loader {
        id: screen
        anchors.fill: parent
        anchors.margins: Theme.margin
        focus: true
        sourceComponent: {
            switch (window.state) {
            case KioskState.SignedOut: return signedOut
            case KioskState.SigningIn: return signingIn
            case KioskState.WaitingForCard: return waiting
            case KioskState.Reading:
            case KioskState.Review:
            case KioskState.Blocked: return citizen
            case KioskState.ReplacingPhone: return replacing
            case KioskState.Fingerprint:
            case KioskState.FingerprintRefer: return fingerprint
            case KioskState.ExceptionReason: return exceptionReason
            case KioskState.SupervisorSignOff: return signOff
            case KioskState.CreatingSession:
            case KioskState.ShowingQr: return qr
            case KioskState.EnteringCode: return code
            case KioskState.WaitingForPhone: return phone
            case KioskState.Completed: return completed
            case KioskState.Maintenance: return maintenance
            case KioskState.ThaidCheck:
            case KioskState.ThaidCheckResult: return thaidCheck
            case KioskState.Fault: return fault
            }
            return fault  // a state this file does not know yet: the fault screen says so
        }
        onLoaded: (screen.item as Item).forceActiveFocus()
    }

    // Keys that work on every screen, whichever kiosk window has the focus.
    Shortcut { sequence: "F2"; context: Qt.ApplicationShortcut; onActivated: Kiosk.toggleLanguage() }
    Shortcut { sequence: "F10"; context: Qt.ApplicationShortcut; onActivated: Kiosk.signOut() }
    Shortcut { sequence: "Ctrl+Shift+M"; context: Qt.ApplicationShortcut; onActivated: Maintenance.open() }
    Shortcut { sequence: "Esc"; context: Qt.ApplicationShortcut; onActivated: Kiosk.cancel() }

    Component {
        id: signedOut
        Notice {
            icon: "badge"
            heading: qsTr("Sign in")
            text: Kiosk.message
            hint: qsTr("Insert your own ID card, then place your index finger on the scanner.")
        }
    }
    Component {
        id: signingIn
        Notice {
            icon: "fingerprint"
            heading: qsTr("Signing in")
            text: Registration.fingerGuidance
            hint: qsTr("Esc: cancel")
        }
    }
    Component {
        id: waiting
        Notice {
            icon: "badge"
            heading: Kiosk.cardInserted ? qsTr("Remove the card") : qsTr("Insert the citizen's ID card")
            text: Kiosk.message
            status: Kiosk.dayCounts
            hint: ThaidCheck.available
                  ? qsTr("The card's data shows as soon as it is read. F6: ThaiD check (the citizen shows who they are with the ThaiD app). F10: sign out. Ctrl+Shift+M: maintenance")
                  : qsTr("The card's data shows as soon as it is read. F10: sign out. Ctrl+Shift+M: maintenance")
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_F6) {
                    ThaidCheck.start()
                    event.accepted = true
                }
            }
        }
    }
    Component { id: citizen; CitizenScreen {} }
    Component {
        id: replacing
        Notice {
            objectName: "existingPhone"
            icon: "smartphone"
            tone: Theme.warning
            heading: qsTr("The citizen already has ThaiD on a phone")
            text: Registration.existingPhone
            hint: qsTr("F8: the citizen is replacing that phone; it stops working when this registration completes. Esc: stop, and the old phone keeps working.")
            // Its own key, far from Enter: replacing a phone switches the old one off.
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_F8) {
                    Registration.confirmReplacement()
                    event.accepted = true
                }
            }
        }
    }
    Component { id: fingerprint; FingerprintScreen {} }
    Component { id: exceptionReason; ExceptionReasonScreen {} }
    Component { id: signOff; SignOffScreen {} }
    Component { id: qr; QrScreen {} }
    Component { id: code; CodeScreen {} }
    Component { id: phone; PhoneScreen {} }
    Component {
        id: completed
        Notice {
            icon: "check_circle"
            tone: Theme.success
            heading: qsTr("Registration complete")
            text: Kiosk.message
            hint: qsTr("Remove the card to serve the next citizen.")
        }
    }
    Component { id: fault; FaultScreen {} }
    Component { id: maintenance; MaintenanceScreen {} }
    Component { id: thaidCheck; ThaidCheckScreen {} }
}
