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
        const Grade found = f.severity == Severity::Error ? Grade::Fail : Grade::Warn;
        g = std::max(g, found);
    }
}

} // namespace overture
