// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The normalised word stream that phrase matching runs on: case folded, curly
// apostrophes folded, contractions expanded ("I'd" -> "i would"), hyphenated words
// split ("start-up" -> "start up"). Each word keeps the byte span it came from, so a
// match maps straight back to the draft. Phrase lists are normalised the same way.
#pragma once

#include "text/sentences.hpp"
#include "text/tokenizer.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace overture::text {

struct MatchWord {
    std::uint32_t textOffset = 0; // into MatchWords::folded
    std::uint32_t textLength = 0;
    std::uint32_t begin = 0; // byte span in the draft
    std::uint32_t end = 0;
    std::uint32_t token = 0;
    std::uint32_t sentence = 0;
};

class MatchWords {
public:
    MatchWords() = default;
    MatchWords(std::string_view text, const std::vector<Token>& tokens,
               const std::vector<Sentence>& sentences);

    [[nodiscard]] std::size_t size() const { return words_.size(); }
    [[nodiscard]] const MatchWord& operator[](std::size_t i) const { return words_[i]; }
    [[nodiscard]] std::string_view textOf(std::size_t i) const {
        return std::string_view(folded_).substr(words_[i].textOffset, words_[i].textLength);
    }
    [[nodiscard]] const std::vector<MatchWord>& all() const { return words_; }

private:
    void push(std::string_view folded, std::uint32_t begin, std::uint32_t end, std::uint32_t token,
              std::uint32_t sentence);
    void pushPart(std::string_view raw, std::uint32_t tokenIndex, std::uint32_t sentence,
                  std::uint32_t begin, std::uint32_t end);

    bool pushPlainWord(std::string_view raw, const char* textEnd, std::uint32_t begin,
                       std::uint32_t tokenIndex, std::uint32_t sentence);
    // Space for `bytes` more folded bytes at used_.
    char* room(std::size_t bytes) {
        if (used_ + bytes > folded_.size())
            folded_.resize(std::max(folded_.size() * 2, used_ + bytes));
        return folded_.data() + used_;
    }

    std::string folded_;
    std::size_t used_ = 0; // bytes of folded_ in use while building
    std::vector<MatchWord> words_;
};

// The normalised words of a phrase from a data file ("I'd like to" -> i, would, like, to).
std::vector<std::string> normalisePhrase(std::string_view phrase);

} // namespace overture::text
