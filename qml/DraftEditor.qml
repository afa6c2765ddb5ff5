// The draft: a plain TextArea with coloured wavy underlines drawn over it (Qt Quick 6.4
// draws none from a syntax highlighter), a right-click menu with spelling suggestions,
// and the live counter.
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
    required property Appearance theme
    property alias textArea: area
    property alias contextMenu: contextMenu
    spacing: 0

    Label {
        Layout.topMargin: 12
        Layout.leftMargin: 12
        text: qsTr("Your note")
        font.bold: true
        font.pixelSize: 16
    }

    ScrollView {
        id: scroll
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.margins: 12

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
            Component.onCompleted: text = root.controller.document.text
            // Tab moves on (keyboard-only use); a note never needs a tab character.
            Keys.onTabPressed: function (event) { nextItemInFocusChain(true).forceActiveFocus(); event.accepted = true }
            Keys.onBacktabPressed: function (event) { nextItemInFocusChain(false).forceActiveFocus(); event.accepted = true }
            onTextChanged: root.controller.document.text = text
            background: Rectangle {
                color: palette.base
                border.color: area.activeFocus ? palette.highlight : palette.mid
                radius: 3
            }

            UnderlineOverlay {
                anchors.fill: parent
                editor: area
                model: root.controller.lint.findings
                theme: root.theme
                controller: root.controller
            }

            MouseArea {
                anchors.fill: parent
                acceptedButtons: Qt.RightButton
                cursorShape: Qt.IBeamCursor
                onClicked: function (mouse) {
                    const position = area.positionAt(mouse.x, mouse.y)
                    contextMenu.openAt(position, mouse.x, mouse.y)
                }
            }
        }
    }

    Menu {
        id: contextMenu
        objectName: "contextMenu"
        property int row: -1
        property var finding: ({})
        property var suggestions: []

        function openAt(position, x, y) {
            row = root.controller.lint.findings.findAt(position, "spelling")
            finding = row >= 0 ? root.controller.lint.findings.get(row) : ({})
            suggestions = row >= 0 ? root.controller.spelling.suggestionsFor(finding.match) : []
            popup(area, x, y)
        }
        function replaceWith(text) {
            root.controller.document.replaceRange(area.textDocument, finding.start, finding.end, text, finding.match)
        }

        Instantiator {
            model: contextMenu.suggestions
            delegate: MenuItem {
                required property string modelData
                text: modelData
                font.bold: true
                onTriggered: contextMenu.replaceWith(modelData)
            }
            onObjectAdded: function (index, object) { contextMenu.insertItem(index, object) }
            onObjectRemoved: function (index, object) { contextMenu.removeItem(object) }
        }
        MenuItem {
            text: qsTr("(no suggestions)")
            enabled: false
            visible: contextMenu.row >= 0 && contextMenu.suggestions.length === 0
            height: visible ? implicitHeight : 0
        }
        MenuItem {
            text: qsTr("Add “%1” to dictionary").arg(contextMenu.finding.match || "")
            visible: contextMenu.row >= 0
            height: visible ? implicitHeight : 0
            onTriggered: root.controller.spelling.addToDictionary(contextMenu.finding.match)
        }
        MenuItem {
            text: qsTr("Ignore “%1”").arg(contextMenu.finding.match || "")
            visible: contextMenu.row >= 0
            height: visible ? implicitHeight : 0
            onTriggered: root.controller.spelling.ignoreWord(contextMenu.finding.match)
        }
        MenuSeparator {
            visible: contextMenu.row >= 0
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
            enabled: area.canPaste
            onTriggered: area.paste()
        }
        MenuItem {
            text: qsTr("Select all")
            onTriggered: area.selectAll()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.bottomMargin: 10
        Label {
            objectName: "counter"
            text: root.controller.lint.counterText
            font.pixelSize: 14
            font.bold: root.controller.lint.counterState !== Lint.Within
            color: root.controller.lint.counterState === Lint.OverLimit ? root.theme.error
                 : root.controller.lint.counterState === Lint.NearLimit ? root.theme.warning : palette.windowText
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
