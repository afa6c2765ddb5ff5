// Everything the rules read that comes from data files, compiled once at start-up:
// the phrase book and signal lists in one PhraseMatcher, the stock sentences as word
// sets for fuzzy matching, and the word sets the spelling and shouting rules consult.
#pragma once

#include "phrases/phrase_book.hpp"
#include "phrases/phrase_matcher.hpp"
#include "phrases/signals.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace overture {

enum class PatternKind : std::uint8_t { Phrase, ReasonMarker, AskMarker, WorkNoun, Greeting };

struct PatternRef {
    PatternKind kind = PatternKind::Phrase;
    std::uint32_t entry = 0; // index into PhraseBook::entries() for Phrase
};

struct FuzzyStockText {
    std::uint32_t entry = 0;            // the phrase entry it came from
    std::vector<std::uint32_t> words;   // sorted, unique vocabulary ids
    std::vector<std::uint32_t> content; // the same without function words
};

struct LintData {
    PhraseBook phrases;
    Signals signalLists; // not "signals": that is a Qt keyword in the files that include this
    PhraseMatcher matcher;
    std::vector<PatternRef> patterns; // indexed by PhraseMatch::pattern
    std::vector<FuzzyStockText> stockTexts;
    std::unordered_set<std::string> functionWords; // ids' words ignored by fuzzy content overlap
    std::unordered_set<std::string> acronyms;      // exact spelling, e.g. "SaaS", "AWS"
    std::unordered_set<std::string> placeholderWords;
    std::unordered_set<std::string> notSpecific;  // folded
    std::unordered_set<std::string> numberWords;  // folded
    std::unordered_set<std::string> projectWords; // folded: accepted by the spelling rule

    static std::shared_ptr<const LintData> build(PhraseBook phrases, Signals signalLists,
                                                 const std::vector<std::string>& projectWords);
};

// Parses a word list: one word per line, '#' starts a comment, blank lines ignored.
// Throws DataError("<source>:<line>: ...") on invalid UTF-8 or a line with inner spaces.
std::vector<std::string> parseWordList(std::string_view text, const std::string& source);

} // namespace overture
