// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Per-lint switches: which rules run, whether spelling runs, whether slow spelling
// suggestions are computed.
#pragma once

#include <cstddef>
#include <set>
#include <string>

namespace overture {

class NoteHistory;

struct LintOptions {
    bool spelling = true;
    // Spelling suggestions cost 13-57 ms a word: off while typing, on for a CLI run.
    bool suggestions = false;
    std::size_t maxSuggestions = 5;
    std::size_t maxSuggestedWords = 20; // only the first N misspelt words get suggestions
    std::set<std::string, std::less<>> disabledRules;
    // Words the spelling rule accepts for this draft only ("Ignore" in the editor), as
    // typed; the personal dictionary is the Linter's (acceptWord), shared by every draft.
    std::set<std::string, std::less<>> ignoredWords;
    const NoteHistory* history = nullptr; // notes already sent, for repeated-note/already-invited
};

} // namespace overture
