// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every keyboard shortcut, in one place (F1 or Ctrl+?).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: sheet
    objectName: "shortcutsSheet"
    title: qsTr("Keyboard shortcuts")
    modal: true
    padding: 16

    // Shown in this order; the same sequences the page's Shortcut items use.
    ListModel {
        id: entries
        ListElement { keys: "Ctrl+Shift+C"; action: qsTr("Copy the note") }
        ListElement { keys: "Ctrl+N"; action: qsTr("New draft (Ctrl+Z brings the old one back)") }
        ListElement { keys: "Ctrl+Shift+N"; action: qsTr("New note for someone else (clears the card)") }
        ListElement { keys: "Ctrl+O"; action: qsTr("Opener library") }
        ListElement { keys: "Ctrl+H"; action: qsTr("Notes you sent") }
        ListElement { keys: "Ctrl+,"; action: qsTr("Settings") }
        ListElement { keys: "Ctrl+L"; action: qsTr("Back to the note") }
        ListElement { keys: "Tab / Shift+Tab"; action: qsTr("Next / previous control: the card, the note, each finding and its fixes") }
        ListElement { keys: "Enter"; action: qsTr("On a finding: select its words in the note") }
        ListElement { keys: "Delete"; action: qsTr("On a finding: dismiss it for this draft") }
        ListElement { keys: "Menu / Shift+F10"; action: qsTr("In the note: spelling suggestions for the word at the cursor") }
        ListElement { keys: "Ctrl+Z / Ctrl+Shift+Z"; action: qsTr("Undo / redo (fixes and inserted openers too)") }
        ListElement { keys: "Esc"; action: qsTr("Close a panel or dialog; the note has the focus again") }
        ListElement { keys: "F1 / Ctrl+?"; action: qsTr("This list") }
        ListElement { keys: "Ctrl+Q"; action: qsTr("Quit (the draft is saved)") }
    }

    GridLayout {
        columns: 2
        columnSpacing: 18
        rowSpacing: 6
        Repeater {
            model: entries
            delegate: Label {
                required property string keys
                objectName: "shortcutKeys"
                text: keys
                font.bold: true
                Layout.row: index
                Layout.column: 0
                required property int index
            }
        }
        Repeater {
            model: entries
            delegate: Label {
                required property string action
                required property int index
                objectName: "shortcutAction"
                text: action
                Layout.row: index
                Layout.column: 1
                Layout.maximumWidth: 420
                wrapMode: Text.WordWrap
            }
        }
    }
    footer: DialogButtons {
        Button {
            text: qsTr("Close")
            onClicked: sheet.close()
        }
    }
}
