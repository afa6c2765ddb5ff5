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
                    valueRole: "value"
                    model: dialog.controller.spelling.languages
                    currentIndex: Math.max(0, dialog.controller.spelling.languages.indexOf(dialog.controller.spelling.language))
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Accessible.name: qsTr("Spelling dictionary")
                    onActivated: function (index) { dialog.controller.spelling.language = dialog.controller.spelling.languages.valueAt(index) }
                }
            }
            Label {
                text: qsTr("Rules")
                font.bold: true
                Layout.topMargin: 8
            }
            Repeater {
                model: dialog.controller.lint.rules
                delegate: CheckBox {
                    id: ruleBox
                    required property string ruleId
                    required property string ruleName
                    required property string summary
                    required property bool ruleEnabled
                    Layout.fillWidth: true
                    checked: ruleBox.ruleEnabled
                    text: ruleBox.ruleName + " — " + ruleBox.summary
                    Accessible.name: qsTr("Rule %1").arg(ruleBox.ruleId)
                    onToggled: dialog.controller.lint.rules.setEnabled(ruleBox.ruleId, checked)
                }
            }
        }
    }
}
