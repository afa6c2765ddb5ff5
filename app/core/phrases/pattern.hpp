// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The pattern language of the language packs (documented in docs/patterns.md, checked by
// docs/schema/*.json): a pattern is a sequence of tokens matched against the normalised
// words of one sentence.
//
//   word        the word itself, case-folded; "I'd" stands for "i would", "start-up" for
//               "start up" (the draft is normalised the same way)
//   ~lemma      any form of the lemma: ~work = work, works, worked, working, worker...
//   @class      any member of a word class (a class member may be several words)
//   %flag       any word with a flag of the draft: %name, %cap, %recipient, %number,
//               %card, %first (phrases/word_flags.hpp)
//   !word, !@class, !~lemma, !%flag
//               any one word that is not that word / not in the class / ...
//   *           any one word
//   (a b | c)   one of the alternatives
//   [a b | c]   the same, optional
//   x?          x is optional (x a token or a group)
//   x{2}, x{0,3}  x two times, x up to three times (*{0,3}: a gap of up to three words)
//   ^           at the very start: the match must begin at the sentence's first word
//   $           at the very end: the match must end at the sentence's last word
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace overture {

struct PatternNode {
    enum class Kind { Word, Lemma, Class, Flag, Any, Group };
    Kind kind = Kind::Word;
    std::string text; // the word, lemma, class or flag name
    bool negated = false;
    bool optional = false;  // also set by {0,n}
    unsigned minRepeat = 1; // x{min,max}; 1 when optional came from {0,n}
    unsigned maxRepeat = 1;
    std::vector<std::vector<PatternNode>> alternatives; // Group only
};

struct Pattern {
    bool anchored = false;    // ^: starts at the sentence's first word
    bool anchoredEnd = false; // $: ends at the sentence's last word
    std::vector<PatternNode> items;
};

// What is wrong with a pattern and where (a byte offset into the pattern text).
class PatternError : public std::runtime_error {
public:
    PatternError(std::size_t offset, const std::string& what)
        : std::runtime_error(what), offset_(offset) {}
    [[nodiscard]] std::size_t offset() const { return offset_; }

private:
    std::size_t offset_;
};

// Parses a pattern; throws PatternError. Most repeats of one token: kMaxGap.
inline constexpr unsigned kMaxGap = 8;
Pattern parsePattern(std::string_view text);

} // namespace overture
