// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a rule sees: the draft read once, the way its recipient reads it (tokens,
// sentences, clauses, normalised words, every pattern match, the role each clause plays,
// the details about this person), the recipient card, the compiled data and the options.
// Built by the engine (engine/analysis.cpp); rules only read it.
#pragma once

#include "model/finding.hpp"
#include "model/lint_options.hpp"
#include "model/recipient.hpp"
#include "model/sentence_role.hpp"
#include "phrases/phrase_matcher.hpp"
#include "rules/lint_data.hpp"
#include "rules/placeholders.hpp"
#include "text/match_words.hpp"
#include "text/sentences.hpp"
#include "text/tokenizer.hpp"

#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace overture {

class Speller;
using text::WordSet;

// A clause: a stretch of a sentence between commas, semicolons, colons, dashes or a
// clause-break word ("and", "because"), the unit a role is given to.
struct Clause {
    std::uint32_t sentence = 0;
    std::uint32_t firstToken = 0; // tokens [firstToken, endToken)
    std::uint32_t endToken = 0;
    std::uint32_t firstWord = 0; // normalised words [firstWord, endWord)
    std::uint32_t endWord = 0;
    Span span;               // from its first word-like token to its last token
    std::uint16_t roles = 0; // bit (1 << Role) for each role it plays

    [[nodiscard]] bool has(Role r) const { return (roles & (1U << static_cast<unsigned>(r))) != 0; }
};

struct LintContext {
    std::string_view text;
    const Recipient& card;
    const LintOptions& options;
    const LintData& data;
    const Speller* speller = nullptr; // null when spelling is off or no dictionary
    // The language's other variant (en_GB beside en_US), asked only about words the
    // speller does not know; null when there is none.
    const Speller* alternateSpeller = nullptr;
    const std::unordered_set<std::string>* acceptedWords =
        nullptr;            // the personal dictionary, folded
    WordSet ignoredWords{}; // options.ignoredWords, folded

    std::vector<text::Token> tokens{};
    std::vector<text::Sentence> sentences{};
    text::MatchWords words{};
    std::vector<std::uint32_t> wordIds{}; // per word: its vocabulary id, or kUnknownWord
    std::vector<WordFlags> wordFlags{};   // per word: phrases/word_flags.hpp
    // The matches of every group's patterns that no exception cancelled, ordered by first
    // word, longest first (exceptions themselves are not here).
    std::vector<PhraseMatch> matches{};
    std::vector<Placeholder> placeholders{}; // template leftovers, sorted by position

    // The greetings ("Hi", "Hello there", "Dear") opening a sentence, in text order.
    struct Greeting {
        std::uint32_t firstToken = 0;
        std::uint32_t endToken = 0; // the token after the greeting
        std::uint32_t sentence = 0;
    };
    std::vector<Greeting> greetings{};

    // Folded words of the card. The name's words are kept apart: the name alone does not
    // make a note specific; nor do the company and role, which a mail merge fills in.
    WordSet nameWords{};
    WordSet mailMergeWords{}; // company and role
    WordSet contextWords{};   // "where or what" and the reason

    std::vector<Clause> clauses{};
    std::vector<Span> boilerplate{}; // spans of boilerplate matches, sorted, merged
    std::vector<Span> details{};     // what is specific to this person, in text order
    std::vector<RoleSpan> roles{};   // what the report shows: per clause and role

    // Per sentence: true when it says something (not only a greeting or a sign-off).
    std::vector<bool> substantive{};
    [[nodiscard]] std::size_t substantiveCount() const {
        std::size_t n = 0;
        for (const bool b : substantive)
            n += b ? 1 : 0;
        return n;
    }
    [[nodiscard]] bool hasRole(Role r) const {
        for (const Clause& c : clauses)
            if (c.has(r))
                return true;
        return false;
    }

    // Span of normalised words [first, end) in bytes.
    [[nodiscard]] Span spanOfWords(std::uint32_t first, std::uint32_t end) const {
        return Span{words[first].begin, words[end - 1].end};
    }
    [[nodiscard]] bool insidePlaceholder(std::size_t byte) const {
        return anySpanHolds(placeholders, byte, &Placeholder::span);
    }
    [[nodiscard]] const PatternGroup& groupOf(const PhraseMatch& m) const {
        return data.group(data.patterns[m.pattern].group);
    }
    [[nodiscard]] std::string_view slice(Span s) const {
        return text.substr(s.begin, s.end - s.begin);
    }
    // Whether a word-like token is in a class the code consults (by its folded text).
    [[nodiscard]] bool tokenInClass(std::uint32_t token, CodeClass c) const;
};

} // namespace overture
