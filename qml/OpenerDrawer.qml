// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The opener library: example notes, previewed filled from the card (what the card has
// not filled stays highlighted, and the card's question for it is named), inserted
// with one click. Browsing shows the openers for the card's relationship, as a chip that
// can be removed; a search looks through all of them and says why it found nothing.
// The person's own openers can be saved from the draft (filed under the relationships
// chosen), edited and deleted.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

Drawer {
    id: drawer
    objectName: "openerDrawer"
    required property DraftController controller
    readonly property OpenerModel openers: drawer.controller.openers
    property string currentDraft: ""
    signal insertRequested(string text)
    signal message(string text)

    // "" from the model means done: say so; anything else is the error, in one line.
    function report(error: string, done: string): void {
        drawer.message(error.length > 0 ? error : done)
    }

    edge: Qt.RightEdge
    width: Math.min(520, parent ? parent.width * 0.9 : 520)
    height: parent ? parent.height : 600
    onOpened: {
        drawer.openers.relationshipFilter = drawer.controller.card.relationship
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
        TextField {
            id: search
            objectName: "openerSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search all openers: talk, recruiter, former colleague…")
            Accessible.name: qsTr("Search openers")
            onTextChanged: drawer.openers.search = search.text
        }
        // The relationship filter as a chip: visible, and removable.
        RowLayout {
            Layout.fillWidth: true
            visible: drawer.openers.relationshipFilter.length > 0
            Label {
                text: search.text.trim().length > 0 ? qsTr("Searching all situations; first those for:")
                                                    : qsTr("Showing openers for:")
                color: palette.placeholderText
            }
            Button {
                id: chip
                objectName: "filterChip"
                text: drawer.controller.card.relationships.labelOf(drawer.openers.relationshipFilter) + "  ✕"
                flat: true
                Accessible.name: qsTr("Remove the filter %1").arg(drawer.controller.card.relationships.labelOf(drawer.openers.relationshipFilter))
                onClicked: drawer.openers.relationshipFilter = ""
            }
            Item {
                Layout.fillWidth: true
            }
        }

        ListView {
            id: list
            objectName: "openerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: drawer.openers
            cacheBuffer: 2000
            ScrollBar.vertical: ScrollBar {
                id: scrollBar
            }
            delegate: Frame {
                id: item
                required property int index
                required property string openerId
                required property string title
                required property string situations
                required property string previewHtml
                required property string openerText
                required property int unfilled
                required property string needsText
                required property bool own
                objectName: "openerItem"
                width: list.width - scrollBar.width - 2
                ColumnLayout {
                    width: parent.width
                    Label {
                        Layout.fillWidth: true
                        text: item.title + (item.own ? qsTr("  (yours)") : "")
                        font.bold: true
                        wrapMode: Text.WordWrap
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
                    Label {
                        Layout.fillWidth: true
                        objectName: "openerNeeds"
                        visible: item.unfilled > 0
                        text: item.needsText
                        font.pixelSize: 11
                        wrapMode: Text.WordWrap
                        color: palette.placeholderText
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Item {
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "editOwnButton"
                            visible: item.own
                            text: qsTr("Edit")
                            Accessible.name: qsTr("Edit your opener %1").arg(item.title)
                            onClicked: ownDialog.edit(item.index, item.openerId, item.title, item.openerText)
                        }
                        Button {
                            objectName: "deleteOwnButton"
                            visible: item.own
                            text: qsTr("Delete")
                            Accessible.name: qsTr("Delete your opener %1").arg(item.title)
                            onClicked: drawer.report(drawer.openers.removeOwn(item.openerId), qsTr("Deleted your opener"))
                        }
                        Button {
                            objectName: "insertButton"
                            text: qsTr("Insert")
                            Accessible.name: qsTr("Insert the opener %1").arg(item.title)
                            onClicked: {
                                drawer.insertRequested(drawer.openers.filledText(item.index))
                                drawer.close()
                            }
                        }
                    }
                }
            }
            Label {
                objectName: "openerEmpty"
                anchors.centerIn: parent
                width: list.width - 24
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: list.count === 0
                text: drawer.openers.emptyReason
            }
        }

        Button {
            objectName: "saveDraftButton"
            Layout.fillWidth: true
            text: qsTr("Save the draft as your own opener…")
            enabled: drawer.currentDraft.trim().length > 0
            Accessible.name: qsTr("Save the current draft as your own opener")
            onClicked: ownDialog.create()
        }
    }

    // Saving the draft as an opener, or editing one of the person's own.
    Dialog {
        id: ownDialog
        objectName: "ownOpenerDialog"
        property string editingId: ""
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(480, drawer.width)
        title: ownDialog.editingId.length > 0 ? qsTr("Edit your opener") : qsTr("Save the draft as your opener")

        function create(): void {
            ownDialog.editingId = ""
            ownTitle.text = ""
            ownText.text = ""
            drawer.openers.fileUnderOnly(drawer.controller.card.relationship)
            ownDialog.open()
            ownTitle.forceActiveFocus()
        }
        function edit(row: int, id: string, title: string, text: string): void {
            ownDialog.editingId = id
            ownTitle.text = title
            ownText.text = text
            drawer.openers.fileLike(row)
            ownDialog.open()
            ownTitle.forceActiveFocus()
        }
        function save(): void {
            if (ownDialog.editingId.length > 0)
                drawer.report(drawer.openers.editOwn(ownDialog.editingId, ownTitle.text, ownText.text),
                              qsTr("Saved your opener"))
            else
                drawer.report(drawer.openers.saveOwn(ownTitle.text, drawer.currentDraft),
                              qsTr("Saved as your opener"))
            ownDialog.close()
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 6
            Label {
                text: qsTr("Title")
            }
            TextField {
                id: ownTitle
                objectName: "ownTitle"
                Layout.fillWidth: true
                placeholderText: qsTr("After a meetup talk")
                Accessible.name: qsTr("Title for your own opener")
                // Enter saves.
                onAccepted: ownDialog.save()
            }
            Label {
                visible: ownDialog.editingId.length > 0
                text: qsTr("Text ({first_name}, {company}, {event}, {topic} … fill from the card)")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextArea {
                id: ownText
                objectName: "ownText"
                visible: ownDialog.editingId.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: 90
                wrapMode: TextArea.Wrap
                Accessible.name: qsTr("Text of your opener")
            }
            Label {
                visible: ownDialog.editingId.length === 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("The card's name, company and details in the draft become placeholders, so the opener fits the next person.")
                color: palette.placeholderText
                font.pixelSize: 12
            }
            Label {
                text: qsTr("Show it for (none ticked: for everyone):")
            }
            Flow {
                Layout.fillWidth: true
                spacing: 2
                Repeater {
                    model: drawer.openers.filing
                    delegate: CheckBox {
                        id: fileBox
                        required property int index
                        required property string value
                        required property string label
                        required property bool ticked
                        objectName: "fileUnder-" + fileBox.value
                        text: fileBox.label
                        checked: fileBox.ticked
                        onToggled: drawer.openers.filing.setChecked(fileBox.index, fileBox.checked)
                    }
                }
            }
        }
        footer: DialogButtons {
            Button {
                text: qsTr("Cancel")
                onClicked: ownDialog.reject()
            }
            Button {
                objectName: "ownSaveButton"
                text: qsTr("Save")
                onClicked: ownDialog.save()
            }
        }
        onClosed: search.forceActiveFocus()
    }
}
