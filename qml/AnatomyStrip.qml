// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The note's anatomy, above the findings: the parts a recipient looks for — how you know
// them · a detail about them · why connect · (an ask, optional) — each ✔ or missing, from
// the engine's sentence roles. A present part is a button that selects its words in the
// note. Left out entirely while the report has no roles (never guessed).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Overture

Flow {
    id: strip
    objectName: "anatomyStrip"
    required property DraftController controller
    required property TextArea editor
    readonly property AnatomyModel anatomy: strip.controller.lint.anatomy
    visible: strip.anatomy.available
    spacing: 6

    function label(part: string): string {
        switch (part) {
        case "shared-past": return qsTr("how you know them")
        case "detail": return qsTr("a detail about them")
        case "reason": return qsTr("why connect")
        case "ask": return qsTr("an ask")
        default: return part
        }
    }

    Label {
        text: qsTr("The note has:")
        color: palette.placeholderText
        height: 28
        verticalAlignment: Text.AlignVCenter
    }
    Repeater {
        model: strip.anatomy
        delegate: Button {
            id: partButton
            required property string part
            required property bool present
            required property bool optional
            required property int start
            required property int end
            objectName: "anatomy-" + part
            flat: true
            height: 28
            // ✔ present, ✗ missing, ○ an optional part not there.
            text: (present ? "✔ " : optional ? "○ " : "✗ ") + strip.label(part)
                  + (optional ? qsTr(" (optional)") : "")
            font.pixelSize: 12
            palette.buttonText: present ? strip.controller.appearance.ok
                              : optional ? strip.palette.placeholderText : strip.controller.appearance.warning
            Accessible.name: present ? qsTr("%1: present; select its words").arg(strip.label(part))
                                     : qsTr("%1: missing").arg(strip.label(part))
            ToolTip.visible: hovered
            ToolTip.text: present ? qsTr("Select where the note does this")
                                  : qsTr("The note does not do this yet")
            onClicked: {
                if (!partButton.present)
                    return
                strip.editor.forceActiveFocus()
                strip.editor.select(partButton.start, partButton.end)
            }
        }
    }
}
