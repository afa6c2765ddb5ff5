// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Splits a note into tokens with byte spans. Knows the things people put in notes that
// a naive split breaks: URLs, e-mail addresses, @handles, #tags, numbers like 3.5 or
// 20%, contractions with straight or curly apostrophes, hyphenated words, and emoji
// built from several code points (skin tones, joiners, flags).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace overture::text {

enum class TokenKind : std::uint8_t {
    Word,    // letters, maybe with internal apostrophes, hyphens, dots ("e.g") or digits ("Q3")
    Number,  // digits, with internal separators and an optional trailing %
    Url,     // http(s)://…, www.…, or a bare domain such as acme.com
    Email,   // name@host.tld
    Handle,  // @name
    Hashtag, // #topic
    Symbol,  // emoji and other pictographs, one grapheme cluster per token
    Punct,   // a single punctuation code point
};

struct Token {
    std::uint32_t begin = 0; // byte offsets into the text
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::Punct;
    bool capitalized = false; // first letter is an ASCII capital
    bool allCaps = false;     // two or more letters, every one an ASCII capital
    bool hasDigit = false;
    char32_t first = 0; // first code point (handy for punctuation tests)

    [[nodiscard]] bool isWordLike() const {
        return kind != TokenKind::Symbol && kind != TokenKind::Punct;
    }
    [[nodiscard]] std::string_view in(std::string_view text) const {
        return text.substr(begin, end - begin);
    }
};

// Tokenizes valid UTF-8 (invalid bytes are treated as symbols, never read past).
std::vector<Token> tokenize(std::string_view text);

} // namespace overture::text
