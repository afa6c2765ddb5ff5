// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One line per problem the app met (a broken data file, no dictionary, a draft that
// could not be read): shown until dismissed, so nothing fails silently.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

ColumnLayout {
    id: banner
    required property DraftController controller
    spacing: 0
    visible: banner.controller.problems.count > 0

    Repeater {
        model: banner.controller.problems
        delegate: Rectangle {
            id: problem
            required property string message
            required property int index
            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + 12
            color: banner.controller.appearance.bannerBackground
            border.color: banner.controller.appearance.bannerBorder
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.leftMargin: 10
                anchors.rightMargin: 6
                Label {
                    Layout.fillWidth: true
                    text: "⚠ " + problem.message
                    color: banner.controller.appearance.bannerText
                    wrapMode: Text.WrapAnywhere
                    objectName: "problemText"
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: problem.message
                }
                ToolButton {
                    objectName: "dismissProblemButton"
                    text: "✕"
                    palette.buttonText: banner.controller.appearance.bannerText
                    Accessible.name: qsTr("Dismiss this message")
                    onClicked: banner.controller.problems.dismiss(problem.index)
                }
            }
        }
    }
}
