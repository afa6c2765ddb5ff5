// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// How one language writes its sentences and words, as the text layer needs it: which
// abbreviations a dot does not end, which contractions stand for two words, whether a
// dot after a small number is an ordinal ("am 3. März"), whether nouns are capitalised.
// The lists come from the language pack (dictionaries/<lang>/language.json, read by
// phrases/text_rules_json.*) and are handed down by the engine: the text layer names no
// word of any language. A default-constructed TextRules knows no abbreviation and no
// contraction (every dot before a space ends a sentence, every word stands as written).
#pragma once

#include "text/word_set.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace overture::text {

struct TextRules {
    // Folded, without the final dot and the spaces inside: "Dr." is "dr", "e.g." is "e.g",
    // "z. B." and "z.B." are both "z.b" (abbreviationKey).
    WordSet abbreviations;        // the dot never ends a sentence ("Dr.", "z. B.")
    WordSet closingAbbreviations; // it ends one only when a capitalised word follows ("etc.")
    WordSet numberAbbreviations;  // abbreviations only before a number ("No. 5", "Nr. 5")
    // The leading parts of the abbreviations written in several parts ("z" and "d" of "z.b"
    // and "d.h"): the dot after such a part continues when the next part follows.
    WordSet abbreviationPrefixes;

    // Whole words that stand for several ("can't" -> can, not; "y'all" -> you, all).
    struct Contraction {
        std::string word;
        std::vector<std::string> expansion;
    };
    std::vector<Contraction> contractions;
    // An ending that stands for a word ("n't" -> not, "'s" -> es), longest first.
    std::vector<std::pair<std::string, std::string>> contractionSuffixes;
    // A beginning that stands for a word (French elision: "j'" -> je, "qu'" -> que),
    // longest first.
    std::vector<std::pair<std::string, std::string>> contractionPrefixes;

    // A dot right after a number of one or two digits, followed by a word, is an ordinal
    // and does not end the sentence ("am 3. März", "zum 2. Mal").
    bool ordinalDot = false;
    // Every noun starts with a capital (German): a capital inside a sentence is not, by
    // itself, a name (the engine asks the dictionary; docs/language-packs.md).
    bool capitalisedNouns = false;

    enum class AbbreviationKind { Always, Closing, BeforeNumber };
    // Adds an abbreviation as written ("Dr.", "z. B.", "p. ex.", "c.-à-d.").
    void addAbbreviation(std::string_view written, AbbreviationKind kind);
    // "z. B." -> "z.b": folded, the final dot, spaces and hyphens removed.
    static std::string abbreviationKey(std::string_view written);

    // Whether any contraction is known (a word with an apostrophe needs a look-up).
    [[nodiscard]] bool hasContractions() const {
        return !contractions.empty() || !contractionSuffixes.empty() ||
               !contractionPrefixes.empty();
    }
    // The words `folded` (a folded word with an apostrophe) stands for, or an empty
    // vector when it stands for itself.
    [[nodiscard]] std::vector<std::string_view> expand(std::string_view folded) const;
};

} // namespace overture::text
