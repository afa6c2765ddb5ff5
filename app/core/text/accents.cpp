// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/accents.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

#include <array>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <utility>

namespace overture::text {

namespace {

// Letters with no decomposition to a base letter and a mark.
constexpr std::array<std::pair<char32_t, std::string_view>, 10> kUndecomposed = {{
    {U'\u00DF', "ss"},
    {U'\u00E6', "ae"},
    {U'\u0153', "oe"},
    {U'\u00F8', "o"},
    {U'\u0142', "l"},
    {U'\u0111', "d"},
    {U'\u00FE', "th"},
    {U'\u0131', "i"},
    {U'\u00F0', "d"},
    {U'\u0127', "h"},
}};

std::string_view undecomposed(char32_t folded) {
    for (const auto& [c, ascii] : kUndecomposed)
        if (c == folded)
            return ascii;
    return {};
}

} // namespace

std::string withoutAccents(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size() && static_cast<unsigned char>(utf8[pos]) < 0x80) {
        const char b = utf8[pos++];
        out += (b >= 'A' && b <= 'Z') ? static_cast<char>(b + ('a' - 'A')) : b;
    }
    if (pos == utf8.size())
        return out;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status) || nfd == nullptr)
        return out + std::string(utf8.substr(pos));
    icu::UnicodeString rest = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data() + pos, static_cast<std::int32_t>(utf8.size() - pos)));
    rest.foldCase();
    const icu::UnicodeString decomposed = nfd->normalize(rest, status);
    if (U_FAILURE(status))
        return out + std::string(utf8.substr(pos));
    for (std::int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (isCombiningMark(static_cast<char32_t>(c)))
            continue;
        if (const std::string_view ascii = undecomposed(static_cast<char32_t>(c)); !ascii.empty())
            out += ascii;
        else
            appendUtf8(out, static_cast<char32_t>(c));
    }
    return out;
}

} // namespace overture::text
