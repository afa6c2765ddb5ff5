// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a lint needs besides the note, built once per run and shared by every note of a
// batch: the language pack, the speller, the personal dictionary and the history.
#pragma once

#include "cli/cli_options.hpp"
#include "data/io_result.hpp"
#include "engine/linter.hpp"
#include "history/note_history.hpp"
#include "model/lint_options.hpp"

#include <functional>
#include <memory>
#include <string>

namespace overture::cli {

struct LintSetup {
    std::unique_ptr<Linter> linter;
    NoteHistory history; // LintOptions::history points here: a LintSetup never moves
    LintOptions options;

    LintSetup() = default;
    LintSetup(const LintSetup&) = delete;
    LintSetup& operator=(const LintSetup&) = delete;
    LintSetup(LintSetup&&) = delete;
    LintSetup& operator=(LintSetup&&) = delete;
    ~LintSetup() = default;
};

// Fails (exit 2) on what the person asked for and cannot have: a --lang with no
// dictionary, a --history that cannot be read. Problems that leave a usable setup (a
// broken data file, a broken personal dictionary, no en_US dictionary installed) go to
// `warn`, one line each.
IoResult<std::unique_ptr<LintSetup>>
makeLintSetup(const Options& o, const std::function<void(const std::string&)>& warn);

} // namespace overture::cli
