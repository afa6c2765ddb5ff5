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
    visible: controller.problems.count > 0

    Repeater {
        model: banner.controller.problems
        delegate: Rectangle {
            id: problem
            required property string message
            required property int index
            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + 12
            color: "#fff3cd"
            border.color: "#e0c068"
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.leftMargin: 10
                anchors.rightMargin: 6
                Label {
                    Layout.fillWidth: true
                    text: "⚠ " + problem.message
                    color: "#5c4400"
                    wrapMode: Text.WrapAnywhere
                    objectName: "problemText"
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: problem.message
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Dismiss this message")
                    onClicked: banner.controller.problems.dismiss(problem.index)
                }
            }
        }
    }
}
