// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The application window: the whole editor lives in EditorPage so that tests can
// load it in their own window.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

ApplicationWindow {
    id: window
    width: 1240
    height: 780
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    // The platform adds the application's name: "Note to Priya Shah — Overture".
    title: editorPage.windowTitle

    EditorPage {
        id: editorPage
        anchors.fill: parent
        onQuitRequested: Qt.quit()
    }
}
