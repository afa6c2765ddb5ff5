// The opener library: example notes for the situation, previewed filled from the card
// (what the card could not fill stays highlighted), inserted with one click.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

Drawer {
    id: drawer
    required property DraftController controller
    property string currentDraft: ""
    signal insertRequested(string text)
    signal message(string text)

    edge: Qt.RightEdge
    width: Math.min(480, parent ? parent.width * 0.9 : 480)
    height: parent ? parent.height : 600
    onOpened: {
        drawer.controller.openers.relationshipFilter = drawer.controller.card.relationship
        filterBox.currentIndex = Math.max(0, drawer.controller.card.relationships.indexOf(drawer.controller.card.relationship))
        search.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label {
            text: qsTr("Openers")
            font.bold: true
            font.pixelSize: 16
        }
        ComboBox {
            id: filterBox
            objectName: "openerFilter"
            Layout.fillWidth: true
            model: drawer.controller.card.relationships
            textRole: "label"
            valueRole: "value"
            displayText: currentIndex <= 0 ? qsTr("All situations") : currentText
            Accessible.name: qsTr("Show openers for")
            onActivated: function (index) { drawer.controller.openers.relationshipFilter = drawer.controller.card.relationships.valueAt(index) }
        }
        TextField {
            id: search
            objectName: "openerSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search: talk, recruiter, former colleague…")
            Accessible.name: qsTr("Search openers")
            onTextChanged: drawer.controller.openers.search = text
        }

        ListView {
            id: list
            objectName: "openerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: drawer.controller.openers
            ScrollBar.vertical: ScrollBar {}
            delegate: Frame {
                id: item
                required property int index
                required property string title
                required property string situations
                required property string previewHtml
                required property int unfilled
                required property bool own
                width: list.width
                ColumnLayout {
                    width: parent.width
                    Label {
                        text: item.title + (item.own ? qsTr("  (yours)") : "")
                        font.bold: true
                    }
                    Label {
                        text: item.situations
                        font.pixelSize: 11
                        color: palette.placeholderText
                    }
                    Label {
                        Layout.fillWidth: true
                        objectName: "openerPreview"
                        text: item.previewHtml
                        // Rich text: StyledText drops <span style>, and the unfilled
                        // placeholders' highlight with it.
                        textFormat: Text.RichText
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Label {
                            Layout.fillWidth: true
                            visible: item.unfilled > 0
                            text: qsTr("Fill in the highlighted part after inserting")
                            font.pixelSize: 11
                            color: palette.placeholderText
                        }
                        Button {
                            objectName: "insertButton"
                            text: qsTr("Insert")
                            Accessible.name: qsTr("Insert the opener %1").arg(item.title)
                            onClicked: {
                                drawer.insertRequested(drawer.controller.openers.filledText(item.index))
                                drawer.close()
                            }
                        }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No opener matches.")
            }
        }

        // Save the current draft as the person's own opener.
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: ownTitle
                Layout.fillWidth: true
                placeholderText: qsTr("Title for your own opener")
                Accessible.name: qsTr("Title for your own opener")
            }
            Button {
                text: qsTr("Save draft")
                enabled: drawer.currentDraft.length > 0
                Accessible.name: qsTr("Save the current draft as your own opener")
                onClicked: {
                    const error = drawer.controller.openers.saveOwn(ownTitle.text, drawer.currentDraft)
                    drawer.message(error.length > 0 ? error : qsTr("Saved as your opener"))
                    ownTitle.text = ""
                }
            }
        }
    }
}
