// The findings beside the draft, grouped by the four reasons a note fails (and
// spelling), each group with its grade; each finding with its explanation, one-click
// fixes, and a way to dismiss it for this draft. Clicking a finding selects its words.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

ColumnLayout {
    id: panel
    required property DraftController controller
    required property Appearance theme
    required property TextArea editor
    spacing: 6

    Label {
        Layout.topMargin: 12
        Layout.leftMargin: 12
        text: qsTr("What a recipient would notice")
        font.bold: true
        font.pixelSize: 16
    }

    // The scorecard: the four reasons, at a glance.
    Flow {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        spacing: 6
        Repeater {
            model: panel.controller.lint.scorecard
            delegate: Rectangle {
                id: grade
                required property string reason
                required property string label
                required property int grade
                objectName: "grade-" + reason
                radius: 10
                height: gradeLabel.implicitHeight + 6
                width: gradeLabel.implicitWidth + 16
                color: "transparent"
                border.color: panel.theme.gradeColor(grade.grade)
                Label {
                    id: gradeLabel
                    anchors.centerIn: parent
                    text: grade.label + ": " + panel.theme.gradeText(grade.grade)
                    color: panel.theme.gradeColor(grade.grade)
                    font.pixelSize: 12
                }
                Accessible.role: Accessible.StaticText
                Accessible.name: gradeLabel.text
            }
        }
    }

    Label {
        objectName: "readyBanner"
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        visible: panel.controller.lint.ready && panel.controller.document.text.length > 0
        text: qsTr("✓ Ready to send. Copy it and paste it into LinkedIn.")
        color: panel.theme.ok
        font.bold: true
        wrapMode: Text.WordWrap
    }

    ListView {
        id: list
        objectName: "findingsList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        clip: true
        spacing: 4
        model: panel.controller.lint.findings
        ScrollBar.vertical: ScrollBar {}
        Accessible.name: qsTr("Findings")

        // Grouped by reason: the first finding of each group carries the group's heading.
        // (A section.delegate would be simpler, but Qt 6.4 cannot create one in a file
        // with "pragma ComponentBehavior: Bound".)
        section.property: "reasonLabel"

        delegate: Column {
            id: card
            required property int index
            required property string rule
            required property int severity
            required property int reasonGrade
            required property int start
            required property int end
            required property string match
            required property string message
            required property string explanation
            required property var replacements
            required property string dismissKey
            required property string reasonLabel
            width: list.width
            spacing: 4

            Label {
                objectName: "sectionHeading"
                visible: card.ListView.section !== card.ListView.previousSection
                width: parent.width
                topPadding: 10
                bottomPadding: 2
                text: card.reasonLabel + " — " + panel.theme.gradeText(card.reasonGrade)
                font.bold: true
                color: panel.theme.gradeColor(card.reasonGrade)
            }

            Frame {
                width: parent.width
                padding: 8

                ColumnLayout {
                    width: parent.width
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Rectangle {
                            width: 10
                            height: 10
                            radius: 5
                            color: panel.theme.severityColor(card.severity, card.rule)
                        }
                        Label {
                            Layout.fillWidth: true
                            text: card.message
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                        ToolButton {
                            text: "✕"
                            objectName: "dismissButton"
                            Accessible.name: qsTr("Dismiss this finding for this draft")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Dismiss for this draft (rules can be turned off in Settings)")
                            onClicked: panel.controller.lint.dismiss(card.dismissKey)
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: card.explanation
                        wrapMode: Text.WordWrap
                        color: palette.placeholderText
                        font.pixelSize: 12
                    }
                    Label {
                        text: "[" + card.rule + "] · " + (card.severity === Lint.Error ? qsTr("error") : card.severity === Lint.Warning ? qsTr("warning") : qsTr("hint"))
                        font.pixelSize: 11
                        color: palette.placeholderText
                    }
                    Flow {
                        id: fixes
                        Layout.fillWidth: true
                        spacing: 4
                        // Spelling findings carry no fixes: Hunspell takes 20-75 ms a word to
                        // suggest, too slow for every lint. The card asks when the person
                        // does, and shows answers already asked for (the menu's too).
                        readonly property bool spelling: card.rule === "spelling" && card.replacements.length === 0
                        property var suggested: spelling ? panel.controller.spelling.cachedSuggestionsFor(card.match) : null
                        Button {
                            objectName: "suggestButton"
                            visible: fixes.spelling && !fixes.suggested
                            text: qsTr("Suggest spellings")
                            font.pixelSize: 12
                            onClicked: fixes.suggested = panel.controller.spelling.suggestionsFor(card.match)
                        }
                        Label {
                            visible: fixes.spelling && !!fixes.suggested && fixes.suggested.length === 0
                            text: qsTr("No suggestions")
                            font.pixelSize: 12
                            color: palette.placeholderText
                        }
                        Repeater {
                            model: fixes.spelling ? (fixes.suggested || []) : card.replacements
                            delegate: Button {
                                id: fixButton
                                required property string modelData
                                objectName: "fixButton"
                                // A fix that keeps the words and adds to them ("… Would you be
                                // open to connecting?") says what it adds.
                                readonly property bool appends: modelData.length > card.match.length
                                                                && modelData.startsWith(card.match)
                                text: modelData.length === 0 ? qsTr("Remove")
                                    : appends ? qsTr("Add “%1”").arg(modelData.slice(card.match.length).trim())
                                    : qsTr("→ %1").arg(modelData)
                                font.pixelSize: 12
                                // A whole rewritten sentence is longer than the panel: the
                                // button is cut with "…" and the tooltip shows all of it.
                                width: Math.min(implicitWidth, fixes.width)
                                ToolTip.visible: hovered && implicitWidth > fixes.width
                                ToolTip.delay: 300
                                ToolTip.text: modelData
                                Accessible.name: qsTr("Replace with %1").arg(modelData)
                                onClicked: {
                                    panel.controller.lint.applyFix(panel.editor.textDocument, card.index, fixButton.modelData)
                                    panel.editor.forceActiveFocus()
                                }
                            }
                        }
                    }
                }
                TapHandler {
                    onTapped: {
                        panel.editor.forceActiveFocus()
                        panel.editor.select(card.start, card.end)
                    }
                }
            }
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: panel.controller.document.text.length === 0 ? qsTr("Start typing, or pick an opener.") : qsTr("Nothing to fix.")
            color: palette.placeholderText
        }
    }

    Button {
        Layout.leftMargin: 12
        Layout.bottomMargin: 8
        visible: panel.controller.lint.dismissedCount > 0
        flat: true
        text: panel.controller.lint.dismissedCount === 1 ? qsTr("Show 1 dismissed finding") : qsTr("Show %1 dismissed findings").arg(panel.controller.lint.dismissedCount)
        onClicked: panel.controller.lint.restoreDismissed()
    }
}
