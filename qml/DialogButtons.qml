// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A dialog's buttons, at its bottom right, each saying what it does ("Copy anyway",
// "Go back") instead of Yes/No. (DialogButtonBox's roles are unknown to qmllint on 6.4,
// so the buttons call accept() and reject() themselves.)
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Pane {
    id: footer
    default property alias buttons: layout.data
    padding: 12
    topPadding: 0
    background: null
    RowLayout {
        id: layout
        anchors.right: parent.right
        spacing: 8
    }
}
