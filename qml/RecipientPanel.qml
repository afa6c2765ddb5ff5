// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Who the note is for and how the sender knows them, and the details that relationship
// calls for, each asked as a question of its own ("Where did you meet?", "Which of their
// work?", "Which group?", "Who introduced you?" ...): an opener puts each answer only
// where an answer of that kind belongs. Everything here is remembered between runs and
// feeds the linter (claims are judged against the relationship; the card's words count
// as specific details and are never misspelt).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

ScrollView {
    id: panel
    required property DraftController controller
    readonly property RecipientCard card: panel.controller.card
    contentWidth: availableWidth
    clip: true

    // The card's question for a detail slot, in the words of the chosen relationship.
    function question(slot: string, relationship: string): string {
        switch (slot) {
        case "event":
            return qsTr("Where did you meet?")
        case "work":
            return qsTr("Which of their work?")
        case "group":
            return qsTr("Which group?")
        case "mutual":
            return qsTr("Who introduced you?")
        case "school":
            return qsTr("Where did you study together?")
        case "project":
            return relationship === "did-business" ? qsTr("What did you do business on?")
                                                   : qsTr("What did you work on together?")
        case "topic":
            switch (relationship) {
            case "met-in-person": return qsTr("What did you talk about?")
            case "worked-together": return qsTr("What did you learn from them?")
            case "studied-together": return qsTr("Which course or subject?")
            case "did-business": return qsTr("What was it about?")
            case "shared-group": return qsTr("What did they share or ask about?")
            case "mutual-connection": return qsTr("What do you both work on?")
            case "follows-their-work": return qsTr("What is it about?")
            case "never-interacted": return qsTr("What do you have in common?")
            default: return qsTr("What is the note about?")
            }
        default:
            return slot
        }
    }
    // An example answer, in the form the openers use ("at …", "your …").
    function example(slot: string): string {
        switch (slot) {
        case "event": return qsTr("the Leeds Data Meetup")
        case "work": return qsTr("talk at PyCon UK, article on data contracts")
        case "group": return qsTr("the Peak District Runners")
        case "mutual": return qsTr("Elena Ruiz")
        case "school": return qsTr("the University of Edinburgh")
        case "project": return qsTr("the billing rewrite")
        default: return qsTr("streaming pipelines")
        }
    }
    // What goes before the answer in a note, shown beside the field.
    function prefix(slot: string): string {
        switch (slot) {
        case "event": return qsTr("at")
        case "work": return qsTr("your")
        case "group": return qsTr("in")
        case "school": return qsTr("at")
        case "project": return qsTr("on")
        default: return ""
        }
    }

    ColumnLayout {
        width: panel.availableWidth
        spacing: 4

        Label {
            Layout.topMargin: 12
            Layout.leftMargin: 12
            text: qsTr("Recipient")
            font.bold: true
            font.pixelSize: 16
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            spacing: 4

            Label {
                text: qsTr("Name")
            }
            TextField {
                objectName: "nameField"
                Layout.fillWidth: true
                placeholderText: qsTr("Priya Shah")
                text: panel.card.name
                Accessible.name: qsTr("Recipient's name")
                onTextEdited: panel.card.name = text
            }
            Label {
                text: qsTr("Company")
            }
            TextField {
                objectName: "companyField"
                Layout.fillWidth: true
                placeholderText: qsTr("Northwind")
                text: panel.card.company
                Accessible.name: qsTr("Recipient's company")
                onTextEdited: panel.card.company = text
            }
            Label {
                text: qsTr("Role")
            }
            TextField {
                objectName: "roleField"
                Layout.fillWidth: true
                placeholderText: qsTr("Head of Data")
                text: panel.card.role
                Accessible.name: qsTr("Recipient's role")
                onTextEdited: panel.card.role = text
            }
            Label {
                text: qsTr("How do you know them?")
            }
            ComboBox {
                id: relationshipBox
                objectName: "relationshipBox"
                Layout.fillWidth: true
                model: panel.card.relationships
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("How you know them")
                currentIndex: Math.max(0, panel.card.relationships.indexOf(panel.card.relationship))
                onActivated: (index) => { panel.card.relationship = panel.card.relationships.valueAt(index) }
            }

            // The details this relationship calls for.
            Repeater {
                model: panel.card.details
                delegate: ColumnLayout {
                    id: detail
                    required property string slot
                    required property string value
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    spacing: 4
                    Label {
                        text: panel.question(detail.slot, panel.card.relationship)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            visible: text.length > 0
                            text: panel.prefix(detail.slot)
                            color: palette.placeholderText
                        }
                        TextField {
                            objectName: "detail-" + detail.slot
                            Layout.fillWidth: true
                            placeholderText: panel.example(detail.slot)
                            text: detail.value
                            Accessible.name: panel.question(detail.slot, panel.card.relationship)
                            onTextEdited: panel.card.setDetail(detail.slot, text)
                        }
                    }
                }
            }

            Label {
                Layout.topMargin: 4
                text: qsTr("Why connect?")
            }
            TextArea {
                id: reasonField
                objectName: "reasonField"
                Layout.fillWidth: true
                Layout.preferredHeight: 70
                wrapMode: TextArea.Wrap
                placeholderText: qsTr("I'm starting a similar project…")
                text: panel.card.reason
                Accessible.name: qsTr("Why you want to connect")
                background: Rectangle {
                    color: reasonField.palette.base
                    border.color: reasonField.activeFocus ? reasonField.palette.highlight : reasonField.palette.mid
                    radius: 2
                }
                onTextChanged: if (reasonField.activeFocus) panel.card.reason = reasonField.text
                KeyNavigation.priority: KeyNavigation.BeforeItem
                Keys.onTabPressed: (event) => { reasonField.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
                Keys.onBacktabPressed: (event) => { reasonField.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
            }
            Label {
                text: qsTr("Note limit")
            }
            ComboBox {
                id: limitBox
                objectName: "limitBox"
                Layout.fillWidth: true
                model: [qsTr("300 characters (Premium)"), qsTr("200 characters (free account)")]
                Accessible.name: qsTr("Note character limit")
                currentIndex: panel.card.limit === 200 ? 1 : 0
                onActivated: (index) => { panel.card.limit = index === 1 ? 200 : 300 }
            }
        }
    }
}
