// Colours that carry meaning. The rest of the window uses the system palette, so it
// follows light and dark themes; these hues read on both.
pragma ComponentBehavior: Bound
import QtQuick

QtObject {
    readonly property color spelling: "#d32f2f"
    readonly property color error: "#d32f2f"
    readonly property color warning: "#e69500"
    readonly property color hint: "#1e88e5"
    readonly property color ok: "#2e7d32"

    function severityColor(severity, rule) {
        if (rule === "spelling" && severity !== "hint")
            return spelling
        if (severity === "error")
            return error
        if (severity === "warning")
            return warning
        return hint
    }
    function gradeColor(grade) {
        return grade === "fail" ? error : grade === "warn" ? warning : ok
    }
    function gradeText(grade) {
        return grade === "fail" ? qsTr("fails") : grade === "warn" ? qsTr("check") : qsTr("ok")
    }
}
