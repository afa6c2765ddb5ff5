// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Which installed language a note is written in, when it is not the one chosen: a German
// note checked with en_US gets a spelling card for almost every word, and the person needs
// one line ("this note looks like Deutsch — check it with --lang de_DE") instead.
#pragma once

#include "spelling/speller.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overture {

// Another language that could be the note's: its pack's name and default dictionary.
struct LanguageCandidate {
    std::string name;       // "Deutsch"
    std::string dictionary; // "de_DE"
};

struct LanguageHint {
    LanguageCandidate language;
    std::size_t words = 0;         // the words judged (letters only, not in capitals)
    std::size_t knownByChosen = 0; // of them, known to the chosen dictionary
    std::size_t knownByOther = 0;  // known to the suggested one
};

// Opens a dictionary by name; null when it is not installed.
using SpellerOpener = std::function<std::shared_ptr<const Speller>(const std::string&)>;

// The candidate whose dictionary knows most of the note's words, when the chosen one knows
// fewer than half of them and the candidate at least three quarters (and at least four
// words are judged). The candidates' dictionaries are opened only in that case, so a note
// in the chosen language costs one look-up per word and nothing more.
std::optional<LanguageHint> suggestOtherLanguage(std::string_view text, const Speller& chosen,
                                                 const std::vector<LanguageCandidate>& candidates,
                                                 const SpellerOpener& open);

} // namespace overture
