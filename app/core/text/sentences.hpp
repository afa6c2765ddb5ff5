// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Sentence segmentation over tokens. A sentence ends at . ! ? … (with any closing
// quotes or brackets) followed by white space or the end, unless the dot closes an
// abbreviation ("Dr.", "e.g.") or an initial ("J."); a blank line also ends one.
#pragma once

#include "text/text_rules.hpp"
#include "text/tokenizer.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace overture::text {

struct Sentence {
    std::uint32_t firstToken = 0; // tokens [firstToken, endToken)
    std::uint32_t endToken = 0;
    std::uint32_t begin = 0; // byte span, from the first token to the last
    std::uint32_t end = 0;
    std::uint32_t wordCount = 0; // word-like tokens (a sentence with none is not counted)
};

std::vector<Sentence> splitSentences(std::string_view text, const std::vector<Token>& tokens);

// The same, with a language's own rules as well: its abbreviations ("z. B.", "p. ex.",
// "Sra."), including those written in several parts, and ordinals written with a dot
// ("am 3. März").
std::vector<Sentence> splitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const TextRules& rules);

} // namespace overture::text
