// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The editor: recipient card | draft with underlines and counter | findings, with the
// toolbar above and the opener library, history, settings and the shortcuts sheet as
// drawers and dialogs. Keyboard first: the note has the focus at start and gets it back
// whenever a drawer or dialog closes; every control shows a focus ring; F1 lists the
// shortcuts.
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
    property alias shortcutsSheet: shortcutsSheet
    property alias spellingMenu: draftEditor.contextMenu
    property alias copyConfirm: copyConfirm
    property alias focusRing: focusRing
    property alias toast: toast
    property string lastToast: ""
    // For the window: "Note to Priya Shah" (the platform adds " — Overture").
    readonly property string windowTitle: controller.card.name.length > 0
                                          ? qsTr("Note to %1").arg(controller.card.name)
                                          : qsTr("New note")
    signal quitRequested()

    DraftController {
        id: controller
    }

    function focusNote(): void {
        draftEditor.textArea.forceActiveFocus(Qt.OtherFocusReason)
    }
    function doCopy(): void {
        const n = controller.copyToClipboard()
        page.showToast(n === 1 ? qsTr("Copied 1 character") : qsTr("Copied %1 characters").arg(n))
    }
    function requestCopy(): void {
        if (controller.lint.hasErrors)
            copyConfirm.open()
        else
            page.doCopy()
    }
    function showToast(message: string): void {
        page.lastToast = message
        toast.text = message
        toast.visible = true
        toastTimer.restart()
    }
    // Replaces the whole draft as one undoable edit (what was dismissed and ignored in
    // the old one comes back with it on Ctrl+Z).
    function replaceDraft(newText: string): void {
        controller.replaceDraft(draftEditor.textArea.textDocument, newText)
        page.focusNote()
    }
    function newDraft(): void {
        page.replaceDraft("")
        page.showToast(qsTr("New draft — Ctrl+Z brings the old one back"))
    }
    function newNoteForSomeoneElse(): void {
        controller.newNoteForSomeoneElse(draftEditor.textArea.textDocument)
        page.focusNote()
        page.showToast(qsTr("New note, empty card — Ctrl+Z brings the old draft back"))
    }

    Component.onCompleted: page.focusNote()

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 4
            ToolButton {
                text: qsTr("New draft")
                objectName: "newButton"
                Accessible.name: qsTr("New draft")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Start a new draft for the same person (Ctrl+N)")
                onClicked: page.newDraft()
            }
            ToolButton {
                text: qsTr("New note for someone else")
                objectName: "newForSomeoneElseButton"
                Accessible.name: qsTr("New note for someone else")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Empty the draft and the card (Ctrl+Shift+N)")
                onClicked: page.newNoteForSomeoneElse()
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
                objectName: "settingsButton"
                Accessible.name: qsTr("Settings")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Appearance, rules and spelling language (Ctrl+,)")
                onClicked: settingsDialog.open()
            }
            // The confirmation of the last action, in the toolbar where it covers nothing.
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Rectangle {
                    id: toast
                    property alias text: toastLabel.text
                    objectName: "toast"
                    visible: false
                    anchors.centerIn: parent
                    radius: 6
                    color: page.palette.toolTipBase
                    border.color: page.palette.mid
                    width: Math.min(parent.width, toastLabel.implicitWidth + 24)
                    height: toastLabel.implicitHeight + 8
                    Label {
                        id: toastLabel
                        anchors.centerIn: parent
                        width: parent.width - 16
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignHCenter
                        color: page.palette.toolTipText
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: toastLabel.text
                    }
                    Timer {
                        id: toastTimer
                        interval: 4000
                        onTriggered: toast.visible = false
                    }
                }
            }
            Label {
                objectName: "readyLabel"
                text: controller.lint.ready ? qsTr("✓ Ready to send") : qsTr("Not ready yet")
                color: controller.lint.ready ? controller.appearance.ok : page.palette.windowText
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
        sequences: ["Ctrl+Shift+N"]
        onActivated: page.newNoteForSomeoneElse()
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
    Shortcut {
        sequences: ["Ctrl+L"]
        onActivated: page.focusNote()
    }
    Shortcut {
        sequences: ["F1", "Ctrl+?", "Ctrl+Shift+?", "Ctrl+Shift+/"]
        onActivated: shortcutsSheet.open()
    }
    Shortcut {
        sequences: ["Ctrl+Q"]
        context: Qt.ApplicationShortcut
        onActivated: page.quitRequested()
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
                SplitView.minimumWidth: 230
                controller: controller
            }

            DraftEditor {
                id: draftEditor
                SplitView.fillWidth: true
                SplitView.minimumWidth: 300
                controller: controller
            }

            FindingsPanel {
                SplitView.preferredWidth: 360
                SplitView.minimumWidth: 280
                controller: controller
                editor: draftEditor.textArea
            }
        }
    }

    OpenerDrawer {
        id: openerDrawer
        controller: controller
        onInsertRequested: (text) => {
            if (draftEditor.textArea.length === 0)
                page.replaceDraft(text)
            else
                replaceConfirm.ask(text)
        }
        onMessage: (text) => page.showToast(text)
        currentDraft: controller.document.text
        onClosed: page.focusNote()
    }

    HistoryDrawer {
        id: historyDrawer
        controller: controller
        onOpenRequested: (text) => {
            if (draftEditor.textArea.length === 0)
                page.replaceDraft(text)
            else
                replaceConfirm.ask(text)
        }
        onMessage: (text) => page.showToast(text)
        onClosed: page.focusNote()
    }

    SettingsDialog {
        id: settingsDialog
        controller: controller
        anchors.centerIn: parent
        onClosed: page.focusNote()
    }

    ShortcutsSheet {
        id: shortcutsSheet
        anchors.centerIn: parent
        onClosed: page.focusNote()
    }

    Dialog {
        id: replaceConfirm
        objectName: "replaceConfirm"
        property string pendingText: ""
        function ask(text: string): void {
            replaceConfirm.pendingText = text
            replaceConfirm.open()
        }
        anchors.centerIn: parent
        modal: true
        title: qsTr("Replace the current draft?")
        Label {
            text: qsTr("Your draft will be replaced. Ctrl+Z brings it back.")
        }
        footer: DialogButtons {
            Button {
                objectName: "keepDraftButton"
                text: qsTr("Keep my draft")
                onClicked: replaceConfirm.reject()
            }
            Button {
                objectName: "replaceButton"
                text: qsTr("Replace")
                onClicked: replaceConfirm.accept()
            }
        }
        onAccepted: page.replaceDraft(replaceConfirm.pendingText)
        onClosed: page.focusNote()
    }

    // Copy with an error left: says which, and what each button does.
    Dialog {
        id: copyConfirm
        objectName: "copyConfirm"
        anchors.centerIn: parent
        modal: true
        title: qsTr("Copy with a serious problem left?")
        ColumnLayout {
            spacing: 8
            Label {
                Layout.maximumWidth: 420
                wrapMode: Text.WordWrap
                text: qsTr("A recipient would notice:")
            }
            Repeater {
                model: controller.lint.errorMessages
                delegate: Label {
                    required property string modelData
                    objectName: "copyProblem"
                    Layout.maximumWidth: 420
                    wrapMode: Text.WordWrap
                    text: "• " + modelData
                    color: controller.appearance.error
                }
            }
        }
        footer: DialogButtons {
            Button {
                id: goBackButton
                objectName: "goBackButton"
                text: qsTr("Go back")
                onClicked: copyConfirm.reject()
                // Enter presses it, as Space does (Qt 6.4's buttons take only Space).
                Keys.onReturnPressed: copyConfirm.reject()
                Keys.onEnterPressed: copyConfirm.reject()
            }
            Button {
                objectName: "copyAnywayButton"
                text: qsTr("Copy anyway")
                onClicked: copyConfirm.accept()
            }
        }
        // Going back is the safe choice: Enter or Space on it, unless the person moves on.
        onOpened: goBackButton.forceActiveFocus(Qt.TabFocusReason)
        onAccepted: page.doCopy()
        onClosed: page.focusNote()
    }

    // Above everything, popups included: where the keyboard focus is.
    FocusRing {
        id: focusRing
        // The overlay exists once the page is in a window (read again when it is: a page
        // made before its window had no overlay, and no ring was ever drawn).
        parent: page.Window.window !== null ? page.Overlay.overlay : page
        target: page.Window.activeFocusItem
        exempt: draftEditor.textArea
    }
}
