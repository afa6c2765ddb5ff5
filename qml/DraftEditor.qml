// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The draft: a plain TextArea, its line length capped near 75 characters and centred
// (a 1,900-pixel line is unreadable on a wide screen), with the findings' wavy
// underlines drawn over it by UnderlineLayer (Qt Quick 6.4 draws none from a syntax
// highlighter), a tooltip naming the problem under the pointer, a right-click (or Menu
// key) menu with spelling suggestions, and the live counter.
pragma ComponentBehavior: Bound
import QtQml
import QtQml.Models
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

ColumnLayout {
    id: root
    required property DraftController controller
    property alias textArea: area
    property alias contextMenu: contextMenu
    property alias underlines: underlines
    // The note is never wider than this: about 75 characters of its font.
    readonly property real maximumLineWidth: metrics.averageCharacterWidth * 75
    spacing: 0

    FontMetrics {
        id: metrics
        font: area.font
    }

    Label {
        Layout.topMargin: 12
        Layout.leftMargin: 12
        text: qsTr("Your note")
        font.bold: true
        font.pixelSize: 16
    }

    ScrollView {
        id: scroll
        objectName: "noteScroll"
        Layout.fillHeight: true
        Layout.fillWidth: true
        Layout.maximumWidth: root.maximumLineWidth + area.leftPadding + area.rightPadding + 24
        Layout.alignment: Qt.AlignHCenter
        Layout.margins: 12
        contentWidth: availableWidth

        TextArea {
            id: area
            objectName: "editor"
            wrapMode: TextArea.Wrap
            selectByMouse: true
            persistentSelection: true
            font.pixelSize: 16
            placeholderText: qsTr("Hi Priya, I enjoyed your talk on streaming pipelines at the Leeds Data Meetup…")
            Accessible.name: qsTr("Draft of the invitation note")
            Accessible.description: qsTr("Problems are underlined; the list beside explains each one")
            Component.onCompleted: area.text = root.controller.document.text
            // Tab moves on (keyboard-only use); a note never needs a tab character.
            KeyNavigation.priority: KeyNavigation.BeforeItem
            Keys.onTabPressed: (event) => { area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
            Keys.onBacktabPressed: (event) => { area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
            // The Menu key (or Shift+F10) opens the spelling menu at the cursor.
            Keys.onMenuPressed: (event) => { root.openMenuAtCursor(); event.accepted = true }
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier)) {
                    root.openMenuAtCursor()
                    event.accepted = true
                }
            }
            onTextChanged: root.controller.document.text = area.text
            background: Rectangle {
                color: area.palette.base
                border.color: area.activeFocus ? area.palette.highlight : area.palette.mid
                border.width: area.activeFocus ? 2 : 1
                radius: 3
            }

            UnderlineLayer {
                id: underlines
                objectName: "underlines"
                textItem: area
                findings: root.controller.lint.findings
                theme: root.controller.appearance
            }

            // The problem under the pointer, in words.
            HoverHandler {
                id: hover
            }
            ToolTip.visible: hover.hovered && hoverMessage.length > 0
            ToolTip.delay: 300
            ToolTip.text: hoverMessage + qsTr("  (right-click: Learn more)")
            readonly property string hoverMessage: hover.hovered
                ? root.controller.lint.findings.messageAt(area.positionAt(hover.point.position.x, hover.point.position.y))
                : ""

            MouseArea {
                anchors.fill: parent
                acceptedButtons: Qt.RightButton
                cursorShape: Qt.IBeamCursor
                onClicked: (mouse) => contextMenu.openAt(area.positionAt(mouse.x, mouse.y), mouse.x, mouse.y)
            }
        }
    }

    function openMenuAtCursor(): void {
        const r = area.cursorRectangle
        contextMenu.openAt(area.cursorPosition, r.x, r.y + r.height)
    }

    Menu {
        id: contextMenu
        objectName: "contextMenu"
        property int row: -1
        property int start: 0
        property int end: 0
        property string word: ""
        property list<string> suggestions
        // The finding under the click, of any rule: its page is one entry away.
        property string findingRule: ""
        property string findingDocUrl: ""

        function openAt(position: int, x: real, y: real): void {
            const findings = root.controller.lint.findings
            const any = findings.underlinedAt(position)
            const found = any >= 0 ? findings.get(any) : ({})
            contextMenu.findingRule = any >= 0 ? found.rule : ""
            contextMenu.findingDocUrl = any >= 0 ? String(found.docUrl) : ""
            contextMenu.row = findings.findAt(position, "spelling")
            const occurrence = findings.occurrenceAt(contextMenu.row, position)
            contextMenu.start = findings.startOf(contextMenu.row, occurrence)
            contextMenu.end = findings.endOf(contextMenu.row, occurrence)
            contextMenu.word = findings.matchOf(contextMenu.row)
            contextMenu.suggestions = contextMenu.row >= 0 ? root.controller.spelling.suggestionsFor(contextMenu.word) : []
            contextMenu.popup(area, x, y)
        }
        function replaceWith(text: string): void {
            root.controller.document.replaceRange(area.textDocument, contextMenu.start, contextMenu.end, text, contextMenu.word)
        }
        onClosed: area.forceActiveFocus()

        Instantiator {
            model: contextMenu.suggestions
            delegate: MenuItem {
                required property string modelData
                text: modelData
                font.bold: true
                onTriggered: contextMenu.replaceWith(modelData)
            }
            onObjectAdded: (index, object) => contextMenu.insertItem(index, object as MenuItem)
            onObjectRemoved: (index, object) => contextMenu.removeItem(object as MenuItem)
        }
        MenuItem {
            text: qsTr("(no suggestions)")
            enabled: false
            visible: contextMenu.row >= 0 && contextMenu.suggestions.length === 0
            height: visible ? implicitHeight : 0
        }
        MenuItem {
            text: qsTr("Add “%1” to dictionary").arg(contextMenu.word)
            visible: contextMenu.row >= 0
            height: visible ? implicitHeight : 0
            onTriggered: root.controller.spelling.addToDictionary(contextMenu.word)
        }
        MenuItem {
            text: qsTr("Ignore “%1”").arg(contextMenu.word)
            visible: contextMenu.row >= 0
            height: visible ? implicitHeight : 0
            onTriggered: root.controller.spelling.ignoreWord(contextMenu.word)
        }
        MenuItem {
            objectName: "learnMoreEntry"
            text: qsTr("Learn more about “%1”").arg(contextMenu.findingRule)
            visible: contextMenu.findingDocUrl.length > 0
            height: visible ? implicitHeight : 0
            onTriggered: Qt.openUrlExternally(contextMenu.findingDocUrl)
        }
        MenuSeparator {
            visible: contextMenu.row >= 0 || contextMenu.findingDocUrl.length > 0
            height: visible ? implicitHeight : 0
        }
        MenuItem {
            text: qsTr("Undo")
            enabled: area.canUndo
            onTriggered: area.undo()
        }
        MenuItem {
            text: qsTr("Cut")
            enabled: area.selectedText.length > 0
            onTriggered: area.cut()
        }
        MenuItem {
            text: qsTr("Copy")
            enabled: area.selectedText.length > 0
            onTriggered: area.copy()
        }
        MenuItem {
            text: qsTr("Paste")
            // canPaste asks the clipboard for its formats: only once the menu is open.
            enabled: contextMenu.visible && area.canPaste
            onTriggered: area.paste()
        }
        MenuItem {
            text: qsTr("Select all")
            onTriggered: area.selectAll()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.maximumWidth: scroll.Layout.maximumWidth
        Layout.alignment: Qt.AlignHCenter
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.bottomMargin: 10
        Label {
            objectName: "counter"
            text: root.controller.lint.counterText
            font.pixelSize: 14
            font.bold: root.controller.lint.counterState !== Lint.Within
            color: root.controller.lint.counterState === Lint.OverLimit ? root.controller.appearance.error
                 : root.controller.lint.counterState === Lint.NearLimit ? root.controller.appearance.warning
                 : palette.windowText
            Accessible.name: qsTr("%1 of %2 characters, %3 sentences").arg(root.controller.lint.characters)
                                .arg(root.controller.lint.limit).arg(root.controller.lint.sentences)
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            text: root.controller.spelling.state === Lint.SpellingLoading ? qsTr("Loading dictionary…")
                : root.controller.spelling.state === Lint.SpellingOff ? qsTr("Spelling is off") : ""
            color: palette.placeholderText
        }
    }
}
