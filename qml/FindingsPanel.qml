// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The findings beside the draft: the note's anatomy, the scorecard, then the findings
// grouped by the four reasons a note fails (and spelling), each group with its grade;
// each finding with its explanation, one-click fixes, and a way to dismiss it for this
// draft. A finding is one Tab stop: Enter selects its words, Delete dismisses it, and
// the focus ring shows which one (scrolled into view).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

ColumnLayout {
    id: panel
    required property DraftController controller
    required property TextArea editor
    readonly property Appearance theme: panel.controller.appearance
    spacing: 6

    // The colours through the theme's properties, not its functions: a binding is
    // re-evaluated when a property it reads changes, never when a function would now
    // answer otherwise, so after Settings → Appearance → Dark the light shades stayed.
    function gradeColor(grade: int): color {
        return grade === Lint.Fail ? panel.theme.error : grade === Lint.Warn ? panel.theme.warning : panel.theme.ok
    }
    function severityColor(severity: int, rule: string): color {
        if (rule === "spelling" && severity !== Lint.Hint)
            return panel.theme.spelling
        return severity === Lint.Error ? panel.theme.error : severity === Lint.Warning ? panel.theme.warning : panel.theme.hint
    }

    Label {
        Layout.topMargin: 12
        Layout.leftMargin: 12
        text: qsTr("What a recipient would notice")
        font.bold: true
        font.pixelSize: 16
    }

    AnatomyStrip {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        controller: panel.controller
        editor: panel.editor
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
                border.color: panel.gradeColor(grade.grade)
                Label {
                    id: gradeLabel
                    anchors.centerIn: parent
                    text: grade.label + ": " + panel.theme.gradeText(grade.grade)
                    color: panel.gradeColor(grade.grade)
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
        Layout.rightMargin: 4
        clip: true
        spacing: 4
        model: panel.controller.lint.findings
        // Delegates stay made a screen beyond the view: Tab reaches them.
        cacheBuffer: 2000
        ScrollBar.vertical: ScrollBar {
            id: scrollBar
        }
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
            required property int occurrences
            required property string match
            required property string message
            required property string explanation
            required property list<string> replacements
            required property bool canSuggest
            required property string dismissKey
            required property string reasonLabel
            required property string docUrl
            // Room for the scroll bar: the cards' right border stays visible.
            width: list.width - scrollBar.width - 2
            spacing: 4

            function severityName(): string {
                return card.severity === Lint.Error ? qsTr("error")
                     : card.severity === Lint.Warning ? qsTr("warning") : qsTr("hint")
            }
            function selectWords(): void {
                panel.editor.forceActiveFocus()
                panel.editor.select(card.start, card.end)
            }

            Label {
                objectName: "sectionHeading"
                visible: card.ListView.section !== card.ListView.previousSection
                width: parent.width
                topPadding: 10
                bottomPadding: 2
                text: card.reasonLabel + " — " + panel.theme.gradeText(card.reasonGrade)
                font.bold: true
                color: panel.gradeColor(card.reasonGrade)
            }

            Frame {
                id: frame
                objectName: "findingCard"
                width: parent.width
                padding: 8
                // One Tab stop per finding; its buttons are the next ones.
                focusPolicy: Qt.TabFocus
                Accessible.role: Accessible.ListItem
                Accessible.name: card.message
                Accessible.description: card.explanation
                Keys.onReturnPressed: card.selectWords()
                Keys.onEnterPressed: card.selectWords()
                Keys.onSpacePressed: card.selectWords()
                Keys.onDeletePressed: panel.controller.lint.dismiss(card.dismissKey)

                ColumnLayout {
                    width: parent.width
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Rectangle {
                            width: 10
                            height: 10
                            radius: 5
                            color: panel.severityColor(card.severity, card.rule)
                        }
                        Label {
                            Layout.fillWidth: true
                            text: card.message
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            objectName: "occurrences"
                            visible: card.occurrences > 1
                            text: "×" + card.occurrences
                            font.bold: true
                            Accessible.name: qsTr("%1 times in the note").arg(card.occurrences)
                        }
                        ToolButton {
                            text: "✕"
                            objectName: "dismissButton"
                            focusPolicy: Qt.StrongFocus
                            Accessible.name: qsTr("Dismiss this finding for this draft")
                            ToolTip.visible: hovered || visualFocus
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
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        Label {
                            Layout.fillWidth: true
                            text: "[" + card.rule + "] · " + card.severityName()
                            font.pixelSize: 11
                            color: palette.placeholderText
                        }
                        // The rule's reference page: what it looks for, why, examples that
                        // fire and that do not, and how to turn it off.
                        Button {
                            objectName: "learnMoreButton"
                            visible: card.docUrl.length > 0
                            flat: true
                            text: qsTr("Learn more")
                            font.pixelSize: 12
                            font.underline: true
                            palette.buttonText: panel.palette.link
                            Accessible.name: qsTr("Learn more about the rule %1").arg(card.rule)
                            ToolTip.visible: hovered || visualFocus
                            ToolTip.delay: 300
                            ToolTip.text: qsTr("Opens the page about “%1”: why it matters, examples, how to turn it off").arg(card.rule)
                            onClicked: Qt.openUrlExternally(card.docUrl)
                        }
                    }
                    Flow {
                        id: fixes
                        Layout.fillWidth: true
                        spacing: 4
                        // A misspelling's card has no fixes until asked: Hunspell takes
                        // 20-75 ms a word to suggest, too slow for every lint. The answers
                        // are then remembered (the menu's too) and shown as its fixes.
                        Button {
                            objectName: "suggestButton"
                            visible: card.canSuggest
                            text: qsTr("Suggest spellings")
                            font.pixelSize: 12
                            onClicked: panel.controller.lint.suggestSpellings(card.index)
                        }
                        Label {
                            visible: card.rule === "spelling" && !card.canSuggest && card.replacements.length === 0
                            text: qsTr("No suggestions")
                            font.pixelSize: 12
                            color: palette.placeholderText
                        }
                        Repeater {
                            model: card.replacements
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
                                ToolTip.visible: (hovered || visualFocus) && implicitWidth > fixes.width
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
                    onTapped: card.selectWords()
                }
            }
        }

        Label {
            anchors.centerIn: parent
            width: list.width - 24
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: list.count === 0
            text: panel.controller.document.text.trim().length === 0 ? qsTr("Start typing, or pick an opener (Ctrl+O).")
                                                                    : qsTr("Nothing to fix.")
            color: palette.placeholderText
        }
    }

    Button {
        objectName: "restoreDismissedButton"
        Layout.leftMargin: 12
        Layout.bottomMargin: 8
        visible: panel.controller.lint.dismissedCount > 0
        flat: true
        text: panel.controller.lint.dismissedCount === 1 ? qsTr("Show 1 dismissed finding")
                                                         : qsTr("Show %1 dismissed findings").arg(panel.controller.lint.dismissedCount)
        onClicked: panel.controller.lint.restoreDismissed()
    }
}
