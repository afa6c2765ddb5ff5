// Draws a coloured wave under each finding's range (spelling and errors red, warnings
// amber, hints blue), placed with TextArea.positionToRectangle(). Hovering a wave shows
// the finding's message. Clicks pass through to the text.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Overture

Item {
    id: overlay
    required property TextArea editor
    required property FindingsModel model
    required property Appearance theme
    required property DraftController controller
    // Bumped whenever the text layout may have moved: the waves are recomputed.
    property int layoutTick: 0

    Connections {
        target: overlay.editor
        function onWidthChanged() { overlay.layoutTick++ }
        function onContentHeightChanged() { overlay.layoutTick++ }
        function onFontChanged() { overlay.layoutTick++ }
    }
    Connections {
        target: overlay.controller.lint
        function onLinted() { overlay.layoutTick++ }
    }

    // One rectangle per visual line the range [start, end) covers.
    function segments(start, end, tick) {
        const out = []
        if (end <= start || end > editor.length)
            return out
        let first = editor.positionToRectangle(start)
        let current = { x: first.x, y: first.y, w: 0, h: first.height }
        for (let i = start + 1; i <= end; ++i) {
            const r = editor.positionToRectangle(i)
            if (Math.abs(r.y - current.y) < 1) {
                current.w = r.x - current.x
            } else {
                if (current.w <= 0)
                    current.w = 8
                out.push(current)
                current = { x: r.x, y: r.y, w: 0, h: r.height }
            }
        }
        if (current.w > 0)
            out.push(current)
        return out
    }

    Repeater {
        model: overlay.model
        delegate: Item {
            id: finding
            required property int start
            required property int end
            required property int severity
            required property string rule
            required property string message
            required property bool underlined
            anchors.fill: parent
            visible: underlined

            Repeater {
                model: finding.underlined ? overlay.segments(finding.start, finding.end, overlay.layoutTick) : []
                delegate: Item {
                    required property var modelData
                    x: modelData.x
                    y: modelData.y
                    width: Math.max(4, modelData.w)
                    height: modelData.h + 3

                    Canvas {
                        objectName: "wave"
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        height: 5
                        property color waveColor: overlay.theme.severityColor(finding.severity, finding.rule)
                        onWaveColorChanged: requestPaint()
                        onWidthChanged: requestPaint()
                        onPaint: {
                            const ctx = getContext("2d")
                            ctx.reset()
                            ctx.strokeStyle = waveColor
                            ctx.lineWidth = 1.4
                            ctx.beginPath()
                            ctx.moveTo(0, 3.5)
                            for (let x = 0; x <= width; x += 2)
                                ctx.lineTo(x, (x / 2) % 2 === 0 ? 3.5 : 1)
                            ctx.stroke()
                        }
                    }
                    // Hovering the underlined words (not only the wave) explains them.
                    HoverHandler {
                        id: hover
                    }
                    ToolTip.visible: hover.hovered
                    ToolTip.delay: 300
                    ToolTip.text: finding.message
                }
            }
        }
    }
}
