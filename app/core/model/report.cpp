// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/report.hpp"

#include <algorithm>

namespace overture {

std::string_view gradeId(Grade g) {
    switch (g) {
    case Grade::Ok:
        return "ok";
    case Grade::Warn:
        return "warn";
    case Grade::Fail:
        return "fail";
    }
    return "ok";
}

namespace {
Grade gradeForSeverity(Severity s) {
    switch (s) {
    case Severity::Error:
        return Grade::Fail;
    case Severity::Warning:
        return Grade::Warn;
    case Severity::Hint:
        return Grade::Ok;
    }
    return Grade::Ok;
}
} // namespace

void gradeReport(Report& report) {
    report.scorecard.fill(Grade::Ok);
    report.ready = true;
    for (const Finding& f : report.findings) {
        if (f.severity == Severity::Hint)
            continue;
        report.ready = false;
        if (f.reason == Reason::Spelling)
            continue;
        Grade& g = report.scorecard.at(static_cast<std::size_t>(f.reason));
        g = std::max(g, gradeForSeverity(f.severity));
    }
}

Grade gradeOf(const Report& report, Reason r) {
    Grade g = Grade::Ok;
    for (const Finding& f : report.findings)
        if (f.reason == r)
            g = std::max(g, gradeForSeverity(f.severity));
    return g;
}

void dropFindings(Report& report, const std::function<bool(const Finding&)>& drop) {
    std::erase_if(report.findings, drop);
    gradeReport(report);
}

} // namespace overture
