// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Character classes the tokenizer needs: an ASCII fast path, and ICU's Unicode
// properties for everything else (letters of every script, combining marks, capitals),
// so an emoji, a joiner or a right-to-left mark is never a letter and "Łódź" or
// "Nguyễn" stays one word with its capital.
#pragma once

#include <unicode/uchar.h>

namespace overture::text {

constexpr bool isAsciiLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool isAsciiDigit(char32_t c) {
    return c >= '0' && c <= '9';
}
constexpr bool isAsciiUpper(char32_t c) {
    return c >= 'A' && c <= 'Z';
}

// Combining marks stay attached to the letter before them (general category M).
inline bool isCombiningMark(char32_t c) {
    if (c < 0x300)
        return false;
    return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}

// Letters of any script (general category L); ASCII without asking ICU.
inline bool isLetter(char32_t c) {
    if (c < 0x80)
        return isAsciiLetter(c);
    return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_L_MASK) != 0;
}

// A capital letter of any script ("Ł", "É", "Ω").
inline bool isUpperLetter(char32_t c) {
    if (c < 0x80)
        return isAsciiUpper(c);
    return u_isupper(static_cast<UChar32>(c)) != 0 || u_istitle(static_cast<UChar32>(c)) != 0;
}

constexpr bool isWhitespace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 ||
           c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// Zero-width characters that never stand alone: joiners, direction marks, variation
// selectors, the byte-order mark. They are swallowed into whatever token they touch.
constexpr bool isInvisibleFormat(char32_t c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || (c >= 0xE0100 && c <= 0xE01EF) ||
           c == 0x00AD;
}

constexpr bool isApostrophe(char32_t c) {
    return c == '\'' || c == 0x2019 || c == 0x02BC;
}
constexpr bool isHyphen(char32_t c) {
    return c == '-' || c == 0x2010 || c == 0x2011;
}

// Sentence-ending marks, including the ellipsis and the fullwidth and interrobang forms.
constexpr bool isSentenceTerminator(char32_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C || c == 0x2047 ||
           c == 0x2048 || c == 0x2049 || c == 0xFF01 || c == 0xFF1F || c == 0x3002;
}

// Quotes and brackets that may close a sentence after its terminator.
constexpr bool isClosingMark(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D || c == 0xBB;
}

} // namespace overture::text
