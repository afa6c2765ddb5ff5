// Who the note is for and how the sender knows them. Everything here is remembered
// between runs and feeds the linter (claims are judged against the relationship;
// the name, company and context count as specific details and are never misspelt).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

ScrollView {
    id: card
    required property DraftController controller
    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: card.availableWidth
        spacing: 6

        Label {
            Layout.topMargin: 12
            Layout.leftMargin: 12
            text: qsTr("Recipient")
            font.bold: true
            font.pixelSize: 16
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            columns: 1
            rowSpacing: 4

            Label {
                text: qsTr("Name")
            }
            TextField {
                objectName: "nameField"
                Layout.fillWidth: true
                placeholderText: qsTr("Priya Shah")
                text: card.controller.card.name
                Accessible.name: qsTr("Recipient's name")
                onTextEdited: card.controller.card.name = text
            }
            Label {
                text: qsTr("Company")
            }
            TextField {
                objectName: "companyField"
                Layout.fillWidth: true
                placeholderText: qsTr("Northwind")
                text: card.controller.card.company
                Accessible.name: qsTr("Recipient's company")
                onTextEdited: card.controller.card.company = text
            }
            Label {
                text: qsTr("Role")
            }
            TextField {
                objectName: "roleField"
                Layout.fillWidth: true
                placeholderText: qsTr("Head of Data")
                text: card.controller.card.role
                Accessible.name: qsTr("Recipient's role")
                onTextEdited: card.controller.card.role = text
            }
            Label {
                text: qsTr("How do you know them?")
            }
            ComboBox {
                id: relationshipBox
                objectName: "relationshipBox"
                Layout.fillWidth: true
                model: card.controller.card.relationships
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("How you know them")
                currentIndex: Math.max(0, card.controller.card.relationships.indexOf(card.controller.card.relationship))
                onActivated: function (index) { card.controller.card.relationship = card.controller.card.relationships.valueAt(index) }
            }
            Label {
                text: qsTr("Where or what")
            }
            TextField {
                objectName: "contextField"
                Layout.fillWidth: true
                placeholderText: qsTr("the Leeds Data Meetup, their post on…")
                text: card.controller.card.context
                Accessible.name: qsTr("Where you met, or what of theirs you read")
                onTextEdited: card.controller.card.context = text
            }
            Label {
                text: qsTr("Why connect?")
            }
            TextArea {
                objectName: "reasonField"
                Layout.fillWidth: true
                Layout.preferredHeight: 70
                wrapMode: TextArea.Wrap
                placeholderText: qsTr("I'm starting a similar project…")
                text: card.controller.card.reason
                Accessible.name: qsTr("Why you want to connect")
                background: Rectangle {
                    color: palette.base
                    border.color: parent.activeFocus ? palette.highlight : palette.mid
                    radius: 2
                }
                onTextChanged: if (activeFocus) card.controller.card.reason = text
                KeyNavigation.priority: KeyNavigation.BeforeItem
                Keys.onTabPressed: function (event) { nextItemInFocusChain().forceActiveFocus(); event.accepted = true }
            }
            Label {
                text: qsTr("Note limit")
            }
            ComboBox {
                id: limitBox
                objectName: "limitBox"
                Layout.fillWidth: true
                model: [{ "value": 300, "label": qsTr("300 characters (Premium)") },
                        { "value": 200, "label": qsTr("200 characters (free account)") }]
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("Note character limit")
                currentIndex: card.controller.card.limit === 200 ? 1 : 0
                onActivated: function (index) { card.controller.card.limit = index === 1 ? 200 : 300 }
            }
        }
    }
}
