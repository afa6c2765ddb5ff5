// Character classes the tokenizer needs. Deliberately small: Overture reads English
// notes, but must never mistake an emoji, a joiner or a right-to-left mark for a letter,
// and must keep accented and non-Latin letters inside words.
#pragma once

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

// Combining marks stay attached to the letter before them.
constexpr bool isCombiningMark(char32_t c) {
    return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x0591 && c <= 0x05C7) ||
           (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F);
}

// Letters of the scripts a note may plausibly contain (names, places, quotes).
constexpr bool isLetter(char32_t c) {
    if (isAsciiLetter(c))
        return true;
    if (c < 0xC0)
        return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7)
        return false;
    if (c < 0x2000)
        return !(c >= 0x2B9 && c <= 0x2FF) && !isCombiningMark(c) && c != 0x37E && c != 0x387 &&
               !(c >= 0x55A && c <= 0x55F) && !(c >= 0x589 && c <= 0x58A) && c != 0x5BE &&
               c != 0x5C0 && c != 0x5C3 && c != 0x5C6 && !(c >= 0x5F3 && c <= 0x5F4) &&
               !(c >= 0x600 && c <= 0x60F) && c != 0x61B && !(c >= 0x61D && c <= 0x61F) &&
               !(c >= 0x66A && c <= 0x66D) && c != 0x6D4 && !(c >= 0x660 && c <= 0x669);
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF && c != 0xFEFF) ||
           (c >= 0x1E00 && c <= 0x1FFF) || (c >= 0x2C00 && c <= 0x2DFF) ||
           (c >= 0xA640 && c <= 0xA7FF);
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
