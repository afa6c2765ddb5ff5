// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A ring around whatever has the keyboard focus, drawn above everything (popups
// included), and the focused item scrolled into view: keyboard-only use needs to see
// where Tab went (the styles draw little or nothing on a focused ToolButton or card), and
// a Space must never act on something out of sight. The note draws its own focus border.
pragma ComponentBehavior: Bound
import QtQuick

Rectangle {
    id: ring
    objectName: "focusRing"
    // The item that has the active focus (Window.activeFocusItem of the window).
    property Item target: null
    // The item whose own border already shows its focus (the note).
    property Item exempt: null
    readonly property bool shown: ring.target !== null && ring.target !== ring.exempt
                                  && ring.target.visible && ring.target.width > 0
    visible: ring.shown
    color: "transparent"
    border.width: 2
    border.color: ring.palette.highlight
    radius: 4
    z: 1000000

    // Where the target is, in the coordinates of the ring's parent (the overlay).
    function follow(): void {
        if (!ring.shown || ring.parent === null)
            return
        const at = ring.target.mapToItem(ring.parent, 0, 0)
        ring.x = at.x - 3
        ring.y = at.y - 3
        ring.width = ring.target.width + 6
        ring.height = ring.target.height + 6
    }

    // Scrolls every Flickable around the target (a list of findings, the card, Settings)
    // so that the whole target is visible.
    function reveal(): void {
        if (!ring.shown)
            return
        let p = ring.target.parent
        while (p !== null) {
            ring.revealIn(p as Flickable)
            p = p.parent
        }
        ring.follow()
    }
    function revealIn(flick: Flickable): void {
        if (flick === null || flick.contentItem === null)
            return
        const top = ring.target.mapToItem(flick.contentItem, 0, 0).y - 8
        const bottom = top + ring.target.height + 16
        let y = flick.contentY
        if (top < y)
            y = top
        else if (bottom > y + flick.height)
            y = Math.min(top, bottom - flick.height)
        const lowest = flick.originY
        const highest = Math.max(lowest, flick.originY + flick.contentHeight - flick.height)
        flick.contentY = Math.max(lowest, Math.min(highest, y))
    }

    onTargetChanged: ring.reveal()
    // Layouts move things after the focus moved; scrolling moves them too. Followed in
    // every frame, before it is drawn: a ring that catches up a timer tick later is seen
    // beside the control it marks.
    Connections {
        target: ring.Window.window
        enabled: ring.shown
        function onAfterAnimating(): void {
            ring.follow()
        }
    }
}
