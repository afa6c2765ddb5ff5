// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Settings: the appearance (follow the system, light, dark), the spelling language, and
// the rules, by name (the id in the tooltip), each one turned on and off (people hate
// linters they cannot silence). The list scrolls with a visible bar.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

Dialog {
    id: dialog
    objectName: "settingsDialog"
    required property DraftController controller
    title: qsTr("Settings")
    modal: true
    width: Math.min(600, parent ? parent.width * 0.95 : 600)
    height: Math.min(660, parent ? parent.height * 0.92 : 660)

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        // Always shown: the last rules are below the fold, and a person should see so.
        ScrollBar.vertical.policy: ScrollBar.AlwaysOn
        ColumnLayout {
            width: scroll.availableWidth - 16
            spacing: 6

            Label {
                text: qsTr("Appearance")
                font.bold: true
            }
            RowLayout {
                spacing: 12
                RadioButton {
                    objectName: "appearanceSystem"
                    text: qsTr("Follow the system")
                    checked: dialog.controller.appearance.mode === Appearance.FollowSystem
                    onToggled: if (checked) dialog.controller.appearance.mode = Appearance.FollowSystem
                }
                RadioButton {
                    objectName: "appearanceLight"
                    text: qsTr("Light")
                    checked: dialog.controller.appearance.mode === Appearance.Light
                    onToggled: if (checked) dialog.controller.appearance.mode = Appearance.Light
                }
                RadioButton {
                    objectName: "appearanceDark"
                    text: qsTr("Dark")
                    checked: dialog.controller.appearance.mode === Appearance.Dark
                    onToggled: if (checked) dialog.controller.appearance.mode = Appearance.Dark
                }
            }

            RowLayout {
                Layout.topMargin: 8
                Label {
                    text: qsTr("Spelling dictionary")
                }
                ComboBox {
                    id: languageBox
                    objectName: "languageBox"
                    textRole: "label"
                    valueRole: "value"
                    model: dialog.controller.spelling.languages
                    // From the controller, so that it is right the first time the dialog
                    // shows (indexOfValue() is -1 until the box has its delegates).
                    currentIndex: Math.max(0, dialog.controller.spelling.languages.indexOf(dialog.controller.spelling.language))
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Accessible.name: qsTr("Spelling dictionary")
                    onActivated: (index) => { dialog.controller.spelling.language = dialog.controller.spelling.languages.valueAt(index) }
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
                    objectName: "rule-" + ruleId
                    Layout.fillWidth: true
                    checked: ruleBox.ruleEnabled
                    text: ruleBox.ruleName + " — " + ruleBox.summary
                    Accessible.name: qsTr("Rule: %1").arg(ruleBox.ruleName)
                    Accessible.description: ruleBox.summary
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.delay: 500
                    ToolTip.text: ruleBox.ruleId
                    onToggled: dialog.controller.lint.rules.setEnabled(ruleBox.ruleId, ruleBox.checked)
                    contentItem: Label {
                        leftPadding: ruleBox.indicator.width + ruleBox.spacing
                        text: ruleBox.text
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
    }
    footer: DialogButtons {
        Button {
            objectName: "settingsCloseButton"
            text: qsTr("Close")
            onClicked: dialog.close()
        }
    }
}
