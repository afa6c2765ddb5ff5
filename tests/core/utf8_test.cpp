// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// UTF-8 validation, decoding, case folding for matching, and LinkedIn's character count
// (UTF-16 code units: an emoji counts two).
#include "text/accents.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>
#include <string>
#include <utility>
#include <vector>

using namespace overture::text;

TEST_CASE("utf8: findInvalidUtf8 accepts well-formed text") {
    CHECK_FALSE(findInvalidUtf8("").has_value());
    CHECK_FALSE(findInvalidUtf8("plain ASCII").has_value());
    CHECK_FALSE(findInvalidUtf8("café Łódź 東京 \xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD").has_value());
    CHECK_FALSE(findInvalidUtf8("\xF4\x8F\xBF\xBF").has_value()); // U+10FFFF
}

TEST_CASE("utf8: findInvalidUtf8 gives the offset of the first bad byte") {
    CHECK(findInvalidUtf8("ab\xFF") == 2);
    CHECK(findInvalidUtf8("\x80") == 0);                     // stray continuation byte
    CHECK(findInvalidUtf8("caf\xC3") == 3);                  // truncated at the end
    CHECK(findInvalidUtf8("caf\xC3x") == 3);                 // truncated before ASCII
    CHECK(findInvalidUtf8("a\xC0\xAF") == 1);                // overlong '/'
    CHECK(findInvalidUtf8("a\xE0\x80\xAF") == 1);            // overlong, three bytes
    CHECK(findInvalidUtf8("ab\xED\xA0\x80") == 2);           // UTF-16 surrogate U+D800
    CHECK(findInvalidUtf8("abc\xF4\x90\x80\x80") == 3);      // above U+10FFFF
    CHECK(findInvalidUtf8("ok \xE2\x82\xAC \xE2\x82") == 7); // € is fine, the cut one is not
}

TEST_CASE("utf8: decodeNext decodes and never loops on bad input") {
    const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
    std::size_t pos = 0;
    CHECK(decodeNext(text, pos) == U'a');
    CHECK(pos == 1);
    CHECK(decodeNext(text, pos) == U'é');
    CHECK(pos == 3);
    CHECK(decodeNext(text, pos) == U'€');
    CHECK(pos == 6);
    CHECK(decodeNext(text, pos) == U'\U0001F600');
    CHECK(pos == 10);

    const std::string bad = "\xFF\xC3";
    pos = 0;
    CHECK(decodeNext(bad, pos) == U'\uFFFD');
    CHECK(pos == 1);
    CHECK(decodeNext(bad, pos) == U'\uFFFD');
    CHECK(pos == 2);
}

TEST_CASE("utf8: appendUtf8 round-trips through decodeNext") {
    for (const char32_t cp : {U'A', U'é', U'€', U'\U0001F44B', U'\U0010FFFF'}) {
        std::string s;
        appendUtf8(s, cp);
        std::size_t pos = 0;
        CHECK(decodeNext(s, pos) == cp);
        CHECK(pos == s.size());
    }
}

TEST_CASE("utf8: characters are counted as LinkedIn counts them") {
    CHECK(utf16Length("") == 0);
    CHECK(utf16Length("hello") == 5);
    CHECK(utf16Length("café") == 4);                             // é is one unit
    CHECK(utf16Length("cafe\xCC\x81") == 5);                     // e + combining acute is two
    CHECK(utf16Length("\xE2\x80\x99") == 1);                     // ’
    CHECK(utf16Length("\xF0\x9F\x91\x8B") == 2);                 // 👋 is a surrogate pair
    CHECK(utf16Length("\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD") == 4); // 👋🏽 is two pairs
    // 👩‍💻: woman (2) + ZWJ (1) + laptop (2)
    CHECK(utf16Length("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB") == 5);
    CHECK(utf16Length("東京") == 2);
}

TEST_CASE("utf8: Utf16Map maps byte offsets to UTF-16 offsets and back") {
    // "a👋é€b": a(1 byte,1 unit) 👋(4,2) é(2,1) €(3,1) b(1,1)
    const std::string text = "a\xF0\x9F\x91\x8B\xC3\xA9\xE2\x82\xAC"
                             "b";
    const Utf16Map map(text);
    CHECK(map.utf16Size() == 6);
    CHECK(map.toUtf16(0) == 0);
    CHECK(map.toUtf16(1) == 1);
    CHECK(map.toUtf16(5) == 3);
    CHECK(map.toUtf16(7) == 4);
    CHECK(map.toUtf16(10) == 5);
    CHECK(map.toUtf16(11) == 6);
    CHECK(map.toByte(0) == 0);
    CHECK(map.toByte(1) == 1);
    CHECK(map.toByte(3) == 5);
    CHECK(map.toByte(5) == 10);
    CHECK(map.toByte(6) == 11);
    CHECK(map.toByte(100) == text.size()); // clamped
}

TEST_CASE("utf8: Utf16Map stays exact past its checkpoints on long text") {
    // Long enough to cross many 64-byte checkpoints, with multi-byte characters
    // straddling them.
    std::string text;
    std::size_t units = 0;
    std::vector<std::pair<std::size_t, std::size_t>> expected; // byte -> unit at each char start
    for (int i = 0; i < 200; ++i) {
        for (const std::string piece : {"ab", "\xC3\xA9", "\xF0\x9F\x91\x8B", "\xE2\x82\xAC"}) {
            expected.emplace_back(text.size(), units);
            text += piece;
            units += piece.size() == 4 ? 2 : (piece.size() == 2 && piece[0] == 'a' ? 2 : 1);
        }
    }
    const Utf16Map map(text);
    CHECK(map.utf16Size() == units);
    CHECK(utf16Length(text) == units);
    for (const auto& [byte, unit] : expected) {
        CHECK(map.toUtf16(byte) == unit);
        CHECK(map.toByte(unit) == byte);
    }
}

TEST_CASE("utf8: foldForMatching folds case and typographic apostrophes") {
    CHECK(foldForMatching("Hello") == "hello");
    CHECK(foldForMatching("I\xE2\x80\x99"
                          "D") == "i'd");            // I’D
    CHECK(foldForMatching("\xE2\x80\x98x") == "'x"); // ‘
    CHECK(foldForMatching("ÉLODIE") == "élodie");
    CHECK(foldForMatching("ŁÓDŹ") == "łódź");
    CHECK(foldForMatching("Ñandú") == "ñandú");
    CHECK(foldForMatching("東京") == "東京");
}

TEST_CASE("withoutAccents: letters lose their case and marks, the rest stays") {
    using overture::text::withoutAccents;
    CHECK(withoutAccents("José García") == "jose garcia");
    CHECK(withoutAccents("Zoë Müller-Lüdenscheidt") == "zoe muller-ludenscheidt");
    CHECK(withoutAccents("Łukasz Żółć") == "lukasz zolc");
    CHECK(withoutAccents("Straße Æsir Œuvre") == "strasse aesir oeuvre");
    CHECK(withoutAccents("Jose\xCC\x81") == "jose");   // e + combining acute (NFD)
    CHECK(withoutAccents("Nguyễn An") == "nguyen an"); // two marks on one letter
    // Other scripts are folded and lose their marks the same way (й is и with a breve);
    // ideographs and signs are kept.
    CHECK(withoutAccents("Дмитрий 王 ×") == "дмитрии 王 ×");
    CHECK(withoutAccents("").empty());
}
