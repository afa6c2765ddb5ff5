// What a rule sees: the draft analysed once (tokens, sentences, normalised words, every
// phrase match), the recipient card, the compiled data and the options. Rules only read.
#pragma once

#include "engine/lint_data.hpp"
#include "engine/lint_options.hpp"
#include "model/finding.hpp"
#include "model/recipient.hpp"
#include "phrases/phrase_matcher.hpp"
#include "rules/placeholders.hpp"
#include "text/match_words.hpp"
#include "text/sentences.hpp"
#include "text/tokenizer.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace overture {

class Speller;

struct LintContext {
    std::string_view text;
    const Recipient& card;
    const LintOptions& options;
    const LintData& data;
    const Speller* speller = nullptr; // null when spelling is off or no dictionary
    const std::unordered_set<std::string>* acceptedWords =
        nullptr;                                    // the personal dictionary, folded
    std::unordered_set<std::string> ignoredWords{}; // options.ignoredWords, folded

    std::vector<text::Token> tokens{};
    std::vector<text::Sentence> sentences{};
    text::MatchWords words{};
    std::vector<std::uint32_t> wordIds{}; // per word: its id in the phrase vocabulary, or
                                          // PhraseMatcher::kUnknownWord (looked up once)
    std::vector<PhraseMatch> matches{};
    std::vector<Placeholder> placeholders{}; // template leftovers, sorted by position

    // The greetings ("Hi", "Hello there", "Dear"), in text order, one per first token
    // (the longest match): what the salutation, the name after it and wrong-name read.
    struct Greeting {
        std::uint32_t firstToken = 0;
        std::uint32_t endToken = 0; // the token after the greeting
        std::uint32_t sentence = 0;
    };
    std::vector<Greeting> greetings{};

    // Folded words of the card (name, company, role, context, reason), for "is this word
    // from the card?" (specificity, spelling). The name's words are kept apart: the name
    // alone does not make a note specific.
    std::unordered_set<std::string> nameWords{};
    std::unordered_set<std::string> cardDetailWords{};

    // Per sentence: true when it says something. A sentence with no words, a bare
    // salutation ("Hi Ana!") or a sign-off ("Best, Sam", "- Sam") is not counted by the
    // counter or by sentence-count.
    std::vector<bool> substantive{};
    [[nodiscard]] std::size_t substantiveCount() const {
        std::size_t n = 0;
        for (const bool b : substantive)
            n += b ? 1 : 0;
        return n;
    }

    // Span of normalised words [first, end) in bytes.
    [[nodiscard]] Span spanOfWords(std::uint32_t first, std::uint32_t end) const {
        return Span{words[first].begin, words[end - 1].end};
    }
    [[nodiscard]] bool hasSignal(PatternKind kind) const;
    [[nodiscard]] bool insidePlaceholder(std::size_t byte) const;
    // The phrase entry behind a match, or null for signal patterns.
    [[nodiscard]] const PhraseEntry* entryOf(const PhraseMatch& m) const {
        const PatternRef& ref = data.patterns[m.pattern];
        return ref.kind == PatternKind::Phrase ? &data.phrases.entries()[ref.entry] : nullptr;
    }
    [[nodiscard]] std::string_view slice(Span s) const {
        return text.substr(s.begin, s.end - s.begin);
    }
};

} // namespace overture
