// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Offsets: the core speaks UTF-8 bytes, the CLI's JSON and the editor speak UTF-16 code
// units (QString, JavaScript, LSP). Findings after emoji (skin tones, ZWJ sequences,
// flags), accents, combining marks and curly quotes must land on the right characters.
#include "model/report_json.hpp"
#include "test_support.hpp"

#include <nlohmann/json.hpp>
#include <string>

using namespace overture;
using overture::test::lint;

namespace {

// An independent UTF-8 -> UTF-16 conversion (not the engine's), for expected offsets.
std::u16string toUtf16(std::string_view s) {
    std::u16string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        char32_t cp = 0;
        std::size_t n = 1;
        if (b < 0x80) {
            cp = b;
        } else if ((b >> 5) == 0x6) {
            cp = b & 0x1FU;
            n = 2;
        } else if ((b >> 4) == 0xE) {
            cp = b & 0x0FU;
            n = 3;
        } else {
            cp = b & 0x07U;
            n = 4;
        }
        for (std::size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
        i += n;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out += static_cast<char16_t>(0xD800 + (cp >> 10));
            out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
    }
    return out;
}

// The UTF-16 [start, end) of the first occurrence of `needle` in `text`.
std::pair<std::size_t, std::size_t> expectedSpan(const std::string& text,
                                                 const std::string& needle) {
    const auto u16 = toUtf16(text);
    const auto n16 = toUtf16(needle);
    const auto at = u16.find(n16);
    REQUIRE_MESSAGE(at != std::u16string::npos, needle << " not in the text");
    return {at, at + n16.size()};
}

const nlohmann::json* findingJson(const nlohmann::json& report, const std::string& rule,
                                  const std::string& match) {
    // The finding that underlines `match`, possibly with the words its pattern takes
    // around it ("Hi, my friend" for "my friend").
    for (const auto& f : report["findings"])
        if (f["rule"] == rule && f["match"].get<std::string>().find(match) != std::string::npos)
            return &f;
    return nullptr;
}

// Lints `text` and checks that `rule` reports `match` at the UTF-16 span of its text.
void expectUtf16Span(const std::string& text, const Recipient& card, const std::string& rule,
                     const std::string& match) {
    const Report report = lint(text, card);
    const nlohmann::json json = reportToJson(report, text);
    INFO("text: " << text << test::describe(report, text));
    const nlohmann::json* f = findingJson(json, rule, match);
    REQUIRE_MESSAGE(f != nullptr, rule << " on \"" << match << "\" not reported");
    const std::string covered = (*f)["match"].get<std::string>();
    const auto [start, end] = expectedSpan(text, covered);
    CHECK((*f)["start"].get<std::size_t>() == start);
    CHECK((*f)["end"].get<std::size_t>() == end);
    // What a JavaScript or QString caller would cut out with those offsets.
    const auto u16 = toUtf16(text);
    CHECK(u16.substr(start, end - start) == toUtf16(covered));
}

const std::string kWave = "\xF0\x9F\x91\x8B";                              // 👋 (2 units)
const std::string kWaveDark = "\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBF";          // 👋🏿 (4 units)
const std::string kCoder = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB"; // 👩‍💻 (5 units)
const std::string kFamily = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91"
                            "\xA7";                           // 👨‍👩‍👧
                                                              // (8)
const std::string kFlag = "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7"; // 🇬🇧 (4 units)

} // namespace

TEST_CASE("utf16: a finding after a plain emoji") {
    expectUtf16Span("Hi " + kWave + " Ana, I read your post on {topic}. Can we connect?", {},
                    "placeholder", "{topic}");
}

TEST_CASE("utf16: a finding after skin-tone modifiers and ZWJ sequences") {
    const Recipient c = test::card(Relationship::NeverInteracted);
    expectUtf16Span(kWaveDark + kCoder + kFamily + " Hi, my friend! I read your post on caching.",
                    c, "false-relationship", "my friend");
    expectUtf16Span("Hi " + kFlag + kFlag + " there, I read your post on [TOPIC]. Connect?", {},
                    "placeholder", "[TOPIC]");
}

TEST_CASE("utf16: a finding after accents and combining marks") {
    const Recipient c = test::card(Relationship::NeverInteracted, "Zoë Łukasz");
    // precomposed ë and Ł (one unit each), then e + U+0301 (two units)
    expectUtf16Span("Hi Zoë Łukasz, the cafe\xCC\x81 talk was great, my friend. Connect?", c,
                    "false-relationship", "my friend");
}

TEST_CASE("utf16: a finding that itself contains curly quotes and emoji") {
    const Recipient c = test::card(Relationship::NeverInteracted);
    // “as we discussed” with a curly apostrophe before it
    const std::string text = "Hi Ana \xF0\x9F\x91\x8B, it\xE2\x80\x99s me \xE2\x80\x9C"
                             "as we discussed\xE2\x80\x9D on the call. I\xE2\x80\x99"
                             "d like to follow up.";
    expectUtf16Span(text, c, "false-relationship", "as we discussed");
    // A placeholder after an emoji cluster, its own text with an accent.
    expectUtf16Span(kCoder + " Hi {prénom}, I read your post on caching. Connect?", {},
                    "placeholder", "{prénom}");
}

TEST_CASE("utf16: a spelling finding after emoji covers exactly the word") {
    expectUtf16Span(kFamily + " Hi Ana, I realy enjoyed your post " + kWaveDark +
                        " on caching. Would you be open to connecting?",
                    {}, "spelling", "realy");
}

TEST_CASE("utf16: the length finding starts where LinkedIn would cut") {
    // 10 emoji of 2 units each = 20 units; with a limit of 15 the cut falls inside the
    // 8th emoji, so the over-limit span starts at that emoji, never inside it.
    std::string text;
    for (int i = 0; i < 10; ++i)
        text += kWave;
    Recipient c;
    c.limit = 15;
    const Report report = lint(text, c);
    const nlohmann::json json = reportToJson(report, text);
    const auto lengths = test::findingsOf(report, "length");
    REQUIRE(lengths.size() == 1);
    CHECK(report.stats.characters == 20);
    for (const auto& f : json["findings"]) {
        if (f["rule"] != "length")
            continue;
        CHECK(f["start"] == 14);
        CHECK(f["end"] == 20);
        CHECK(f["match"] == kWave + kWave + kWave);
    }
    // The byte span starts on a code point boundary.
    CHECK(lengths[0]->span.begin % 4 == 0);
}

TEST_CASE("utf16: every finding's offsets agree with its match in a mixed note") {
    const std::string text = kWaveDark + " Hi ZOË, my friend " + kCoder +
                             "! I\xE2\x80\x99"
                             "d like to add you to my professional network on "
                             "LinkedIn " +
                             kFlag +
                             ". PLEASE ACCEPT!!! Sorry to bother you, [Name]"
                             " \xE2\x80\x94 I realy want {{topic}} 100% <3";
    const Report report = lint(text, test::card(Relationship::NeverInteracted));
    const nlohmann::json json = reportToJson(report, text);
    const auto u16 = toUtf16(text);
    REQUIRE(json["findings"].size() >= 6);
    for (const auto& f : json["findings"]) {
        const auto start = f["start"].get<std::size_t>();
        const auto end = f["end"].get<std::size_t>();
        INFO(f.dump());
        REQUIRE(start <= end);
        REQUIRE(end <= u16.size());
        CHECK(u16.substr(start, end - start) == toUtf16(f["match"].get<std::string>()));
    }
    CHECK(json["stats"]["characters"] == u16.size());
}
