// The editor: recipient card | draft with underlines and counter | findings, with the
// toolbar above and the opener library, history and settings as drawers and dialogs.
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

Page {
    id: page
    objectName: "editorPage"

    property alias controller: controller
    property alias editor: draftEditor.textArea
    property alias underlines: draftEditor.underlines
    property alias openerDrawer: openerDrawer
    property alias historyDrawer: historyDrawer
    property alias settingsDialog: settingsDialog
    property alias spellingMenu: draftEditor.contextMenu
    property alias copyConfirm: copyConfirm
    property string lastToast: ""

    DraftController {
        id: controller
    }

    function doCopy() {
        const n = controller.copyToClipboard()
        showToast(n === 1 ? qsTr("Copied 1 character") : qsTr("Copied %1 characters").arg(n))
    }
    function requestCopy() {
        if (controller.lint.hasErrors)
            copyConfirm.open()
        else
            doCopy()
    }
    function showToast(message) {
        lastToast = message
        toast.text = message
        toast.visible = true
        toastTimer.restart()
    }
    // Replaces the whole draft as one undoable edit.
    function replaceDraft(newText) {
        controller.document.replaceRange(draftEditor.textArea.textDocument, 0, draftEditor.textArea.length, newText)
        controller.startNewDraft()
        draftEditor.textArea.forceActiveFocus()
    }
    function newDraft() {
        replaceDraft("")
        showToast(qsTr("New draft — Ctrl+Z brings the old one back"))
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 4
            ToolButton {
                text: qsTr("New")
                objectName: "newButton"
                Accessible.name: qsTr("New draft")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Start a new draft (Ctrl+N)")
                onClicked: page.newDraft()
            }
            ToolButton {
                text: qsTr("Openers")
                objectName: "openersButton"
                Accessible.name: qsTr("Opener library")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Example openers filled from the card (Ctrl+O)")
                onClicked: openerDrawer.open()
            }
            ToolButton {
                text: qsTr("History")
                objectName: "historyButton"
                Accessible.name: qsTr("Notes already sent")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Notes you copied before (Ctrl+H)")
                onClicked: historyDrawer.open()
            }
            ToolButton {
                text: qsTr("Settings")
                Accessible.name: qsTr("Settings")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Rules and spelling language (Ctrl+,)")
                onClicked: settingsDialog.open()
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                objectName: "readyLabel"
                text: controller.lint.ready ? qsTr("✓ Ready to send") : qsTr("Not ready yet")
                color: controller.lint.ready ? controller.appearance.ok : palette.windowText
                font.bold: controller.lint.ready
                Accessible.name: text
            }
            Button {
                id: copyButton
                objectName: "copyButton"
                text: qsTr("Copy note")
                highlighted: controller.lint.ready
                enabled: controller.document.text.length > 0
                Accessible.name: qsTr("Copy the note to the clipboard")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Copy the note, then paste it into LinkedIn (Ctrl+Shift+C)")
                onClicked: page.requestCopy()
            }
        }
    }

    Shortcut {
        sequences: ["Ctrl+Shift+C"]
        onActivated: page.requestCopy()
    }
    Shortcut {
        sequences: ["Ctrl+N"]
        onActivated: page.newDraft()
    }
    Shortcut {
        sequences: ["Ctrl+O"]
        onActivated: openerDrawer.open()
    }
    Shortcut {
        sequences: ["Ctrl+H"]
        onActivated: historyDrawer.open()
    }
    Shortcut {
        sequences: ["Ctrl+,"]
        onActivated: settingsDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ProblemBanner {
            Layout.fillWidth: true
            controller: controller
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            RecipientPanel {
                SplitView.preferredWidth: 290
                SplitView.minimumWidth: 240
                controller: controller
            }

            DraftEditor {
                id: draftEditor
                SplitView.fillWidth: true
                SplitView.minimumWidth: 320
                controller: controller
            }

            FindingsPanel {
                SplitView.preferredWidth: 360
                SplitView.minimumWidth: 280
                controller: controller
                theme: controller.appearance
                editor: draftEditor.textArea
            }
        }
    }

    OpenerDrawer {
        id: openerDrawer
        controller: controller
        onInsertRequested: function (text) {
            if (draftEditor.textArea.length === 0)
                page.replaceDraft(text)
            else
                replaceConfirm.ask(text)
        }
        onMessage: function (text) {
            page.showToast(text)
        }
        currentDraft: controller.document.text
    }

    HistoryDrawer {
        id: historyDrawer
        controller: controller
        onOpenRequested: function (text) {
            if (draftEditor.textArea.length === 0)
                page.replaceDraft(text)
            else
                replaceConfirm.ask(text)
        }
        onMessage: function (text) {
            page.showToast(text)
        }
    }

    SettingsDialog {
        id: settingsDialog
        controller: controller
        anchors.centerIn: parent
    }

    Dialog {
        id: replaceConfirm
        property string pendingText: ""
        function ask(text) {
            pendingText = text
            open()
        }
        anchors.centerIn: parent
        modal: true
        title: qsTr("Replace the current draft?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            text: qsTr("Your draft will be replaced. Ctrl+Z brings it back.")
        }
        onAccepted: page.replaceDraft(pendingText)
    }

    Dialog {
        id: copyConfirm
        objectName: "copyConfirm"
        anchors.centerIn: parent
        modal: true
        title: qsTr("Copy with problems left?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: 360
            wrapMode: Text.WordWrap
            text: qsTr("The note still has a serious problem (an unfilled placeholder, the stock text, a false claim or too many characters). Copy it anyway?")
        }
        onAccepted: page.doCopy()
    }

    Rectangle {
        id: toast
        property alias text: toastLabel.text
        objectName: "toast"
        visible: false
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
        radius: 6
        color: palette.toolTipBase
        border.color: palette.mid
        width: toastLabel.implicitWidth + 32
        height: toastLabel.implicitHeight + 16
        Label {
            id: toastLabel
            anchors.centerIn: parent
            color: palette.toolTipText
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Timer {
            id: toastTimer
            interval: 2500
            onTriggered: toast.visible = false
        }
    }
}
