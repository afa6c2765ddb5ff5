// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Everything the rules read that comes from a language pack, compiled once at start-up:
// every pattern group's patterns and exceptions in one PhraseMatcher, the stock
// sentences as word sets for fuzzy matching, the word classes the code consults, and the
// word sets the spelling and shouting rules look words up in. Immutable once built, so
// one LintData is shared by every Linter and thread.
#pragma once

#include "phrases/language_pack.hpp"
#include "phrases/phrase_matcher.hpp"
#include "text/word_set.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace overture {

// What a matcher payload stands for: a pattern (or an exception) of one group.
struct PatternRef {
    std::uint32_t group = 0; // index into LanguagePack::groups
    bool antipattern = false;
    bool fileWide = false;      // an exception of the whole file: it cancels matches of every
                                // group of that file (LanguagePack::files)
    bool anchoredStart = false; // ^
    bool anchoredEnd = false;   // $
};

struct FuzzyStockText {
    std::uint32_t group = 0;            // the default-text group it came from
    std::string pattern;                // the stock sentence, for the message
    std::vector<std::uint32_t> words;   // sorted, unique vocabulary ids
    std::vector<std::uint32_t> content; // the same without function words
};

// The word classes the code asks about by name (each must exist in classes.json; the
// language-pack test checks it). Their ids are data keys, not words of a language.
enum class CodeClass : std::uint8_t {
    NotSpecific,     // capitalised words that name nothing in particular ("LinkedIn", "Monday"?)
    NotAName,        // words after a greeting that are not a name ("there", "team")
    Title,           // "Dr", "Ms": before a name, naming nobody
    ClauseBreak,     // words that start a new clause ("and", "but", "because")
    PersonalPronoun, // the sender's "I" and its forms: capitalised, never a name
    Count
};
inline constexpr std::string_view kCodeClassIds[] = {
    "not-specific", "not-a-name", "title", "clause-break", "first-person",
};
static_assert(std::size(kCodeClassIds) == static_cast<std::size_t>(CodeClass::Count));

struct LintData {
    LanguagePack pack;
    PhraseMatcher matcher;
    std::vector<PatternRef> patterns; // indexed by PhraseMatch::pattern
    std::vector<FuzzyStockText> stockTexts;
    std::vector<std::uint32_t> codeClassSets; // indexed by CodeClass: matcher set ids
    text::WordSet functionWords;              // folded
    text::WordSet acronyms;                   // exact spelling, e.g. "SaaS", "AWS"
    text::WordSet placeholderWords;           // exact, in capitals
    text::WordSet placeholderFieldKeys;       // "firstname", "topic" (folded keys)
    text::WordSet projectWords;               // folded: accepted by the spelling rule

    // Compiles a pack. Throws DataError for a pattern that cannot be compiled (an unknown
    // class, a class that contains itself, a rule id no rule takes...).
    static std::shared_ptr<const LintData> build(LanguagePack pack);

    [[nodiscard]] const PatternGroup& group(std::uint32_t i) const { return pack.groups[i]; }
    // Whether the vocabulary word `wordId` is in a class the code consults.
    [[nodiscard]] bool inClass(std::uint32_t wordId, CodeClass c) const {
        return matcher.inSet(wordId, codeClassSets[static_cast<std::size_t>(c)]);
    }
    [[nodiscard]] bool wordInClass(std::string_view foldedWord, CodeClass c) const {
        return inClass(matcher.idOf(foldedWord), c);
    }
    // A rule's name and summary in the pack's language (an empty text when the pack has
    // none: the language-pack test makes sure every rule has one).
    [[nodiscard]] const RuleText& ruleText(std::string_view id) const;
    // A code rule's message by key; an empty text when missing.
    [[nodiscard]] const MessageText& message(std::string_view rule, std::string_view key) const;
    // "We met in person" for "met-in-person".
    [[nodiscard]] std::string_view relationshipLabel(std::string_view id) const;
};

} // namespace overture
