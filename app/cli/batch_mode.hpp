// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// overture-lint --batch FILE: many notes in one process, for people who check templates
// or a mail merge. Each row is linted with its own card; the results go to standard
// output (one JSON object per row, or a table), each bad row to standard error with its
// row number, and the run goes on. While standard error is a terminal a progress line
// shows how far it got.
#pragma once

#include "cli/batch_rows.hpp"
#include "cli/cli_options.hpp"
#include "cli/lint_setup.hpp"
#include "cli/output.hpp"

#include <functional>
#include <string>

namespace overture::cli {

struct BatchSummary {
    std::size_t rows = 0;
    std::size_t ready = 0;
    std::size_t notReady = 0; // a finding at warning or above
    std::size_t bad = 0;      // rows that could not be linted
};

// Lints every row of `file`, writing to `out` in `format`; `warn` takes one line for each
// bad row; `progress`, when set, is called now and then with rows done and rows in all.
BatchSummary runBatch(const BatchFile& file, const LintSetup& setup, Format format, Output& out,
                      const std::function<void(const std::string&)>& warn,
                      const std::function<void(std::size_t, std::size_t)>& progress = {});

// The exit status of a batch: 2 when a row was bad, else 1 when a row has a finding at
// warning or above, else 0.
int batchExitStatus(const BatchSummary& summary);

} // namespace overture::cli
