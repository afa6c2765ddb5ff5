// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/placeholders.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <span>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace overture {

namespace {

constexpr std::size_t kMaxInner = 40;
constexpr std::size_t kMaxPlaceholders = 10000;

// The letters of a bracketed key, folded: "First Name" -> "firstname".
std::string keyOf(std::string_view inner) {
    std::string key;
    for (const char c : inner) {
        const auto u = static_cast<unsigned char>(c);
        if (text::isAsciiLetter(u))
            key += static_cast<char>(u | 0x20U);
    }
    return key;
}

// Inner text that reads like a field name: letters (of any script: "{prénom}"), digits,
// spaces, '_', '-', '.'.
bool isFieldLike(std::string_view inner, bool requireLetterStart) {
    if (inner.empty() || inner.size() > kMaxInner)
        return false;
    bool letter = false;
    bool first = true;
    std::size_t pos = 0;
    while (pos < inner.size()) {
        const char32_t c = text::decodeNext(inner, pos);
        const bool isLetter = text::isLetter(c) || text::isCombiningMark(c);
        if (isLetter)
            letter = true;
        else if (!(text::isAsciiDigit(c) || c == ' ' || c == '_' || c == '-' || c == '.'))
            return false;
        if (first && requireLetterStart && !isLetter)
            return false;
        first = false;
    }
    return letter;
}

// The first character that can open a placeholder ('{', '[', '<', '%', '#', '@', '*',
// '(' or '_') at or after `from`, or text.size(). Most drafts have
// none, so this scan is the whole cost of the bracketed forms: sixteen bytes at a time
// where SSE2 is there (all x86-64).
std::size_t nextOpening(std::string_view text, std::size_t from) {
    std::size_t i = from;
#if defined(__SSE2__)
    const __m128i brace = _mm_set1_epi8('{');
    const __m128i bracket = _mm_set1_epi8('[');
    const __m128i angle = _mm_set1_epi8('<');
    const __m128i percent = _mm_set1_epi8('%');
    const __m128i hash = _mm_set1_epi8('#');
    const __m128i at = _mm_set1_epi8('@');
    const __m128i star = _mm_set1_epi8('*');
    const __m128i paren = _mm_set1_epi8('(');
    const __m128i underscore = _mm_set1_epi8('_');
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, brace), _mm_cmpeq_epi8(b, bracket)),
                         _mm_or_si128(_mm_cmpeq_epi8(b, angle), _mm_cmpeq_epi8(b, percent))),
            _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(b, hash), _mm_cmpeq_epi8(b, at)),
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, star), _mm_cmpeq_epi8(b, paren)),
                             _mm_cmpeq_epi8(b, underscore))));
        if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0)
            return i + static_cast<std::size_t>(__builtin_ctz(mask));
    }
#endif
    for (; i < text.size(); ++i)
        if (const char c = text[i]; c == '{' || c == '[' || c == '<' || c == '%' || c == '#' ||
                                    c == '@' || c == '*' || c == '(' || c == '_')
            return i;
    return text.size();
}

bool allX(std::string_view word) {
    return word.size() >= 3 &&
           std::all_of(word.begin(), word.end(), [](char c) { return c == 'X' || c == 'x'; });
}

} // namespace

std::vector<Placeholder> findPlaceholders(std::string_view text,
                                          const std::vector<text::Token>& tokens,
                                          const text::WordSet& placeholderWords,
                                          const text::WordSet& fieldKeys) {
    std::vector<Placeholder> out;
    // Bracketed forms, scanned on the raw text (at most kMaxPlaceholders: past that many a
    // paste is all template, and no one reads the rest).
    for (std::size_t i = nextOpening(text, 0); i < text.size() && out.size() < kMaxPlaceholders;
         i = nextOpening(text, i + 1)) {
        const char open = text[i];
        char close = 0;
        std::size_t width = 1;
        const auto next = [&](std::size_t k) { return i + k < text.size() ? text[i + k] : '\0'; };
        if (open == '_') {
            // A blank to fill in: "____" (three or more underscores).
            std::size_t end = i;
            while (end < text.size() && text[end] == '_')
                ++end;
            if (end - i >= 3)
                out.push_back(Placeholder{Span{i, end}, ""});
            i = end - 1;
            continue;
        }
        if (open == '*' && next(1) == '|') {
            // Mailchimp's merge tags: *|FNAME|*
            const std::size_t closeAt = text.substr(i + 2, kMaxInner + 1).find("|*");
            if (closeAt != std::string_view::npos &&
                isFieldLike(text.substr(i + 2, closeAt), true)) {
                out.push_back(
                    Placeholder{Span{i, i + 2 + closeAt + 2}, keyOf(text.substr(i + 2, closeAt))});
                i = i + 2 + closeAt + 1;
            }
            continue;
        }
        if (open == '(' || open == '#' || (open == '@' && next(1) == '@')) {
            // "(topic)" is a placeholder only when it names a card field; "#firstname#" and
            // "@@name@@" when closed the same way ("#tags" and "@handles" are not).
            const std::size_t w = open == '@' ? 2 : 1;
            const std::string_view closing = open == '(' ? ")" : open == '#' ? "#" : "@@";
            const std::size_t closeAt = text.substr(i + w, kMaxInner + 1).find(closing);
            if (closeAt == std::string_view::npos)
                continue;
            const std::string_view inner = text.substr(i + w, closeAt);
            if (!isFieldLike(inner, true) || inner.find(' ') != std::string_view::npos)
                continue;
            if (open == '(' && !fieldKeys.contains(keyOf(inner)))
                continue;
            out.push_back(Placeholder{Span{i, i + w + closeAt + closing.size()}, keyOf(inner)});
            i = i + w + closeAt + closing.size() - 1;
            continue;
        }
        if (open == '*' || open == '@' || open == '#' || open == '(')
            continue;
        if (open == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            close = '}';
            width = 2;
        } else if (open == '{') {
            close = '}';
        } else if (open == '[') {
            close = ']';
        } else if (open == '<') {
            close = '>';
        } else if (open == '%') {
            close = '%';
        } else {
            continue;
        }
        const std::size_t innerStart = i + width;
        // Only look as far as the longest key: an unclosed "{" must not scan the rest.
        const std::size_t closeIn = text.substr(innerStart, kMaxInner + 1).find(close);
        if (closeIn == std::string_view::npos)
            continue;
        const std::size_t closeAt = innerStart + closeIn;
        const std::string_view inner = text.substr(innerStart, closeAt - innerStart);
        // "<3" is a heart and "100%" a number: angle and percent forms need a letter first.
        if (!isFieldLike(inner, open == '<' || open == '%'))
            continue;
        std::size_t end = closeAt + width;
        if (width == 2 && (end > text.size() || text[closeAt + 1] != '}'))
            end = closeAt + 1;
        out.push_back(Placeholder{Span{i, std::min(end, text.size())}, keyOf(inner)});
        i = std::min(end, text.size()) - 1;
    }
    // XXXX and capitalised stand-ins (NAME, COMPANY) that are not inside a bracket.
    // The bracketed ones are in text order and never overlap: a binary search finds the one
    // that could hold `at`.
    const std::size_t bracketed = out.size();
    auto inside = [&](std::size_t at) {
        return anySpanHolds(std::span<const Placeholder>(out.data(), bracketed), at,
                            &Placeholder::span);
    };
    for (const text::Token& t : tokens) {
        if (t.kind != text::TokenKind::Word || (!t.allCaps && !allX(t.in(text))) || inside(t.begin))
            continue;
        const std::string_view word = t.in(text);
        if (allX(word)) {
            out.push_back(Placeholder{Span{t.begin, t.end}, ""});
        } else if (t.allCaps && placeholderWords.contains(std::string(word))) {
            // "FIRST NAME" is one placeholder, not two.
            if (out.size() > bracketed && out.back().span.end + 1 >= t.begin &&
                text.substr(out.back().span.end, t.begin - out.back().span.end)
                        .find_first_not_of(" _") == std::string_view::npos) {
                out.back().span.end = t.end;
                out.back().key += keyOf(word);
            } else {
                out.push_back(Placeholder{Span{t.begin, t.end}, keyOf(word)});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Placeholder& a, const Placeholder& b) {
        return a.span.begin < b.span.begin;
    });
    return out;
}

} // namespace overture
