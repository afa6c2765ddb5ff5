// Settings: turn rules on and off (people hate linters they cannot silence), choose the
// spelling language, bring back dismissed findings.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

Dialog {
    id: dialog
    required property DraftController controller
    title: qsTr("Settings")
    modal: true
    standardButtons: Dialog.Close
    width: 560
    height: Math.min(640, parent ? parent.height * 0.9 : 640)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 6
            RowLayout {
                Label {
                    text: qsTr("Spelling dictionary")
                }
                ComboBox {
                    id: languageBox
                    objectName: "languageBox"
                    textRole: "label"
                    valueRole: "id"
                    model: [
                        { "id": "en_US", "label": qsTr("English (United States)") },
                        { "id": "en_GB", "label": qsTr("English (United Kingdom)") }
                    ]
                    currentIndex: Math.max(0, indexOfValue(dialog.controller.language))
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Accessible.name: qsTr("Spelling dictionary")
                    onActivated: dialog.controller.language = currentValue
                }
            }
            Label {
                text: qsTr("Rules")
                font.bold: true
                Layout.topMargin: 8
            }
            Repeater {
                model: dialog.controller.rules
                delegate: CheckBox {
                    required property var modelData
                    Layout.fillWidth: true
                    checked: modelData.enabled
                    text: modelData.id + " — " + modelData.summary
                    Accessible.name: qsTr("Rule %1").arg(modelData.id)
                    onToggled: dialog.controller.setRuleEnabled(modelData.id, checked)
                }
            }
        }
    }
}
