// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// UTF-8 helpers: validation, decoding, and the one place that maps the core's byte
// offsets to the UTF-16 code units that LinkedIn, QString, JavaScript and our JSON use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overture::text {

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (truncated, overlong, surrogate, above U+10FFFF, stray continuation), or nullopt.
std::optional<std::size_t> findInvalidUtf8(std::string_view bytes);

// The multi-byte part of decodeNext (kept out of line: ASCII is the hot case).
char32_t decodeNextMultiByte(std::string_view text, std::size_t& pos);

// Decodes the code point at `pos` of valid UTF-8 and advances `pos` past it.
// On malformed input it returns U+FFFD and advances one byte, so it never loops.
inline char32_t decodeNext(std::string_view text, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    return decodeNextMultiByte(text, pos);
}

// Appends the UTF-8 encoding of `cp` to `out`.
void appendUtf8(std::string& out, char32_t cp);

// Number of UTF-16 code units `text` takes (how LinkedIn counts characters).
std::size_t utf16Length(std::string_view text);

// Maps UTF-8 byte offsets of one text to UTF-16 code-unit offsets and back. A checkpoint
// every 64 bytes keeps memory small and every lookup O(64).
class Utf16Map {
public:
    explicit Utf16Map(std::string_view text);
    [[nodiscard]] std::size_t toUtf16(std::size_t byteOffset) const;
    // The byte offset of the code point that holds UTF-16 unit `unit` (clamped to size).
    [[nodiscard]] std::size_t toByte(std::size_t unit) const;
    [[nodiscard]] std::size_t utf16Size() const { return total_; }

private:
    static constexpr std::size_t kStep = 64;
    std::string_view text_;
    std::vector<std::size_t> checkpoints_; // UTF-16 units before byte i*kStep (aligned down)
    std::vector<std::size_t> checkpointBytes_;
    std::size_t total_ = 0;
};

// Lower-cases ASCII and Latin-1/Latin Extended-A capitals, and folds typographic
// apostrophes and quotes to ASCII. Used for matching, never for display.
std::string foldForMatching(std::string_view word);
// The same, appended to `out` (no temporary string).
void appendFoldedForMatching(std::string& out, std::string_view word);

} // namespace overture::text
