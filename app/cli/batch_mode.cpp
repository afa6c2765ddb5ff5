// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/batch_mode.hpp"

#include "model/report_json.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace overture::cli {

namespace {

// A table row: the counts a person scans, then the rules at warning or above.
std::string tableRow(std::size_t row, const Report& report) {
    std::size_t counts[3] = {0, 0, 0}; // hint, warning, error
    std::string rules;
    for (const Finding& f : report.findings) {
        ++counts[static_cast<std::size_t>(f.severity)];
        if (f.severity == Severity::Hint || rules.find(f.rule) != std::string::npos)
            continue;
        rules += (rules.empty() ? "" : ",") + f.rule;
    }
    char line[160];
    std::snprintf(line, sizeof line, "%6zu  %5zu/%-5d  %6zu  %8zu  %5zu  %-9s  ", row,
                  report.stats.characters, report.stats.limit, counts[2], counts[1], counts[0],
                  report.ready ? "ready" : "not ready");
    return line + rules + "\n";
}

} // namespace

BatchSummary runBatch(const BatchFile& file, const LintSetup& setup, Format format, Output& out,
                      const std::function<void(const std::string&)>& warn,
                      const std::function<void(std::size_t, std::size_t)>& progress) {
    BatchSummary summary;
    summary.rows = file.rows.size();
    if (format == Format::Text)
        out.write("   row  chars/limit  errors  warnings  hints  status     rules at warning "
                  "or above\n");
    for (std::size_t i = 0; i < file.rows.size(); ++i) {
        const BatchRow& row = file.rows[i];
        if (progress && (i % 256 == 0))
            progress(i, file.rows.size());
        if (!row.error.empty()) {
            ++summary.bad;
            warn(row.error);
            if (format == Format::Json)
                out.write(
                    nlohmann::json{{"row", row.row}, {"line", row.line}, {"error", row.error}}.dump(
                        -1, ' ', false, nlohmann::json::error_handler_t::replace) +
                    "\n");
            else
                out.write(
                    std::string(6 - std::min<std::size_t>(6, std::to_string(row.row).size()), ' ') +
                    std::to_string(row.row) + "  bad row: " + row.error + "\n");
            continue;
        }
        const Report report = setup.linter->lint(row.text, row.card, setup.options);
        ++(report.ready ? summary.ready : summary.notReady);
        if (format == Format::Json) {
            nlohmann::json result = reportToJson(report, row.text);
            result["row"] = row.row;
            out.write(result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
        } else {
            out.write(tableRow(row.row, report));
        }
    }
    if (progress)
        progress(file.rows.size(), file.rows.size());
    if (format == Format::Text)
        out.write(std::to_string(summary.rows) + (summary.rows == 1 ? " note: " : " notes: ") +
                  std::to_string(summary.ready) + " ready, " + std::to_string(summary.notReady) +
                  " not ready, " + std::to_string(summary.bad) +
                  (summary.bad == 1 ? " bad row\n" : " bad rows\n"));
    return summary;
}

int batchExitStatus(const BatchSummary& summary) {
    if (summary.bad > 0)
        return 2;
    return summary.notReady > 0 ? 1 : 0;
}

} // namespace overture::cli
