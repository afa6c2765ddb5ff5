// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The notes already sent (recorded on every Copy): search, open one as a new draft,
// delete one or all, export to JSON (for `overture-lint --history`) or CSV.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

Drawer {
    id: drawer
    objectName: "historyDrawer"
    required property DraftController controller
    readonly property HistoryStore history: drawer.controller.history
    signal openRequested(string text)
    signal message(string text)

    edge: Qt.RightEdge
    width: Math.min(480, parent ? parent.width * 0.9 : 480)
    height: parent ? parent.height : 600
    onOpened: search.forceActiveFocus()

    Connections {
        target: drawer.history
        function onExportFinished(path: string, error: string): void {
            drawer.message(error.length > 0 ? error : qsTr("Saved %1").arg(path))
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label {
            text: qsTr("Notes you sent (%1)").arg(drawer.history.total)
            font.bold: true
            font.pixelSize: 16
        }
        TextField {
            id: search
            objectName: "historySearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search by name, company or text")
            Accessible.name: qsTr("Search the history")
            onTextChanged: drawer.history.search = search.text
        }
        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: drawer.history
            ScrollBar.vertical: ScrollBar {}
            delegate: Frame {
                id: item
                required property int index
                required property int noteId
                required property string text
                required property string name
                required property string company
                required property string age
                width: list.width
                ColumnLayout {
                    width: parent.width
                    Label {
                        text: (item.name || qsTr("(no name)")) + (item.company ? " · " + item.company : "") + " · " + item.age
                        font.bold: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: item.text
                        wrapMode: Text.WordWrap
                        maximumLineCount: 4
                        elide: Text.ElideRight
                    }
                    RowLayout {
                        Button {
                            text: qsTr("Open as new draft")
                            onClicked: {
                                drawer.openRequested(item.text)
                                drawer.close()
                            }
                        }
                        Button {
                            text: qsTr("Delete")
                            Accessible.name: qsTr("Delete this note from the history")
                            onClicked: drawer.history.remove(item.noteId)
                        }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: list.width - 20
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: list.count === 0
                text: qsTr("Every note you copy is kept here, so Overture can tell you when you send the same words twice.")
                color: palette.placeholderText
            }
        }
        RowLayout {
            // The export runs on another thread (200 000 notes froze the window for 5 s):
            // a progress bar meanwhile, and one line when it is done or failed.
            Button {
                text: qsTr("Export JSON")
                enabled: !drawer.history.exporting
                onClicked: drawer.history.startExport("json", "")
            }
            Button {
                text: qsTr("Export CSV")
                enabled: !drawer.history.exporting
                onClicked: drawer.history.startExport("csv", "")
            }
            ProgressBar {
                objectName: "exportProgress"
                Layout.fillWidth: true
                visible: drawer.history.exporting
                value: drawer.history.exportProgress
                Accessible.name: qsTr("Export progress")
            }
            Item {
                Layout.fillWidth: true
                visible: !drawer.history.exporting
            }
            Button {
                text: qsTr("Delete all")
                enabled: drawer.history.total > 0
                onClicked: deleteAll.open()
            }
        }
    }

    Dialog {
        id: deleteAll
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete every note in the history?")
        footer: DialogButtons {
            Button {
                text: qsTr("Keep them")
                onClicked: deleteAll.reject()
            }
            Button {
                text: qsTr("Delete all")
                onClicked: deleteAll.accept()
            }
        }
        onAccepted: drawer.history.removeAll()
    }
}
