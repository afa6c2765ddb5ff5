// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/utf8.hpp"

#include <algorithm>
#include <cstring>
#include <unicode/uchar.h>

namespace overture::text {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

// Length of the sequence that starts with `lead`, or 0 when `lead` cannot start one.
int sequenceLength(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

bool isContinuation(unsigned char c) {
    return (c & 0xC0U) == 0x80U;
}
} // namespace

std::optional<std::size_t> findInvalidUtf8(std::string_view bytes) {
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    while (i < n) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int len = sequenceLength(lead);
        if (len == 0 || i + static_cast<std::size_t>(len) > n)
            return i;
        for (int k = 1; k < len; ++k)
            if (!isContinuation(static_cast<unsigned char>(bytes[i + k])))
                return i;
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        // Overlong three- and four-byte forms, UTF-16 surrogates, and code points past U+10FFFF.
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) ||
            (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
            return i;
        i += static_cast<std::size_t>(len);
    }
    return std::nullopt;
}

char32_t decodeNextMultiByte(std::string_view text, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const int len = sequenceLength(lead);
    if (len == 1) {
        ++pos;
        return lead;
    }
    if (len == 0 || pos + static_cast<std::size_t>(len) > text.size()) {
        ++pos;
        return kReplacement;
    }
    char32_t cp = lead & (0xFFU >> (len + 1));
    for (int k = 1; k < len; ++k) {
        const auto c = static_cast<unsigned char>(text[pos + k]);
        if (!isContinuation(c)) {
            ++pos;
            return kReplacement;
        }
        cp = (cp << 6U) | (c & 0x3FU);
    }
    pos += static_cast<std::size_t>(len);
    return cp;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {
// UTF-16 units contributed by the byte at `c`: a lead byte of a 4-byte sequence gives 2
// (a surrogate pair), any other lead byte 1, continuation bytes 0.
std::size_t unitsOfByte(unsigned char c) {
    if (isContinuation(c))
        return 0;
    return c >= 0xF0 ? 2 : 1;
}
} // namespace

std::size_t utf16Length(std::string_view text) {
    // Eight bytes at a time: an all-ASCII word adds 8; otherwise count the bytes that
    // start a code point (not 10xxxxxx) plus one more for each 4-byte lead (11110xxx).
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    std::size_t units = 0;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, text.data() + i, 8);
        if ((w & kHigh) == 0) {
            units += 8;
            continue;
        }
        for (std::size_t k = 0; k < 8; ++k)
            units += unitsOfByte(static_cast<unsigned char>(text[i + k]));
    }
    for (; i < text.size(); ++i)
        units += unitsOfByte(static_cast<unsigned char>(text[i]));
    return units;
}

Utf16Map::Utf16Map(std::string_view text) : text_(text) {
    checkpoints_.reserve(text.size() / kStep + 2);
    std::size_t units = 0;
    for (std::size_t i = 0; i < text.size(); i += kStep) {
        checkpoints_.push_back(units);
        units += utf16Length(text.substr(i, kStep));
    }
    total_ = units;
}

std::size_t Utf16Map::toUtf16(std::size_t byteOffset) const {
    byteOffset = std::min(byteOffset, text_.size());
    if (byteOffset == text_.size())
        return total_;
    const std::size_t block = byteOffset / kStep;
    std::size_t units = checkpoints_[block];
    for (std::size_t i = block * kStep; i < byteOffset; ++i)
        units += unitsOfByte(static_cast<unsigned char>(text_[i]));
    return units;
}

std::size_t Utf16Map::toByte(std::size_t unit) const {
    if (unit >= total_)
        return text_.size();
    // The last checkpoint at or before `unit`, then walk forward.
    const auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), unit);
    std::size_t block = static_cast<std::size_t>(it - checkpoints_.begin());
    block = block == 0 ? 0 : block - 1;
    std::size_t units = checkpoints_[block];
    std::size_t i = block * kStep;
    while (i < text_.size()) {
        const auto c = static_cast<unsigned char>(text_[i]);
        const std::size_t add = unitsOfByte(c);
        if (add > 0 && units + add > unit)
            return i;
        units += add;
        ++i;
    }
    return text_.size();
}

std::string foldForMatching(std::string_view word) {
    // Copy, then lower-case ASCII in place; the rest of a non-ASCII word is re-folded.
    std::string out(word);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 0x80) {
            out.resize(i);
            appendFoldedForMatching(out, word.substr(i));
            return out;
        }
        out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return out;
}

void appendFoldedForMatching(std::string& out, std::string_view word) {
    // The ASCII prefix (usually the whole word) in place, without per-character appends.
    const std::size_t base = out.size();
    out.resize(base + word.size());
    char* dst = out.data() + base;
    std::size_t pos = 0;
    while (pos < word.size()) {
        const auto c = static_cast<unsigned char>(word[pos]);
        if (c >= 0x80)
            break;
        dst[pos] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        ++pos;
    }
    out.resize(base + pos);
    while (pos < word.size()) {
        const auto c = static_cast<unsigned char>(word[pos]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            ++pos;
            continue;
        }
        char32_t cp = decodeNextMultiByte(word, pos);
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x2032) {
            out += '\'';
            continue;
        }
        cp = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
        appendUtf8(out, cp);
    }
}

} // namespace overture::text
