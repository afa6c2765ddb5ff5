// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile input for the engine: what people paste into a text box (a whole web page, a
// PDF's broken text, emoji, right-to-left scripts, NUL bytes, invalid UTF-8) and broken
// data files. Each test asserts the outcome a person needs: no crash, counts that match
// what LinkedIn counts, findings that point at real characters, the right error, and a
// broken file of theirs left exactly as it was.
#include "data/data_locator.hpp"
#include "data/embedded_data.hpp"
#include "data/json_file.hpp"
#include "openers/opener_library.hpp"
#include "phrases/language_pack.hpp"
#include "rules/rule.hpp"
#include "spelling/personal_dictionary.hpp"
#include "test_support.hpp"
#include "text/utf8.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

using namespace overture;
using overture::test::allRules;
using overture::test::describe;
using overture::test::has;
using overture::test::lint;

namespace fs = std::filesystem;

namespace {

// Code points and UTF-16 units of valid UTF-8, counted independently of the engine.
std::size_t utf16Units(std::string_view s) {
    std::size_t units = 0;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0U) != 0x80U)
            units += b >= 0xF0 ? 2 : 1;
    }
    return units;
}

bool onBoundary(std::string_view text, std::size_t at) {
    return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0U) != 0x80U;
}

// What every report must satisfy, whatever the input: spans inside the text and on
// character boundaries, sorted, and LinkedIn's count of the text.
void checkSane(const Report& report, std::string_view text) {
    INFO(describe(report, text.size() < 2000 ? text : std::string_view()));
    CHECK(report.stats.characters == utf16Units(text));
    CHECK(report.stats.sentences <= report.stats.words);
    // One CHECK for all findings: a 10 MB paste has hundreds of thousands of them.
    std::size_t previous = 0;
    std::size_t bad = 0;
    for (const Finding& f : report.findings) {
        const bool ok = !f.rule.empty() && !f.message.empty() && f.span.begin <= f.span.end &&
                        f.span.end <= text.size() && onBoundary(text, f.span.begin) &&
                        onBoundary(text, f.span.end) && f.span.begin >= previous;
        if (!ok && bad++ == 0)
            FAIL_CHECK("bad finding " << f.rule << " [" << f.span.begin << "," << f.span.end
                                      << ") in a text of " << text.size() << " bytes");
        previous = f.span.begin;
    }
    CHECK(bad == 0);
}

Recipient priya() {
    return test::card(Relationship::MetInPerson, "Priya Shah", "Northwind",
                      "the Leeds Data Meetup");
}

// A good note (no findings at warning or above with priya()).
const std::string kGoodNote =
    "Hi Priya, I enjoyed your talk at the Leeds Data Meetup on streaming pipelines. I work on "
    "the same problems at Acme and your point about backpressure saved us a week. Would you be "
    "open to staying in touch?";

// `bytes` of varied prose: sentences of dictionary words, some names, numbers, links.
std::string prose(std::size_t bytes, unsigned seed = 7) {
    static const char* const kWords[] = {
        "the",    "talk",    "about",     "streaming", "pipelines",    "was",   "clear",
        "and",    "useful",  "Northwind", "team",      "data",         "we",    "built",
        "a",      "similar", "system",    "last",      "year",         "with",  "three",
        "people", "on",      "call",      "rotation",  "Priya",        "Leeds", "meetup",
        "3.5%",   "Q3",      "acme.com",  "e.g.",      "backpressure", "queue", "latency"};
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(kWords) - 1);
    std::uniform_int_distribution<int> length(6, 18);
    std::string out;
    out.reserve(bytes + 64);
    while (out.size() < bytes) {
        const int n = length(rng);
        std::string sentence = "I";
        for (int i = 0; i < n; ++i)
            sentence += std::string(" ") + kWords[pick(rng)];
        out += sentence + (rng() % 5 == 0 ? ".\n\n" : ". ");
    }
    out.resize(bytes);
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80U) != 0)
        out.pop_back();
    return out;
}

// CPU seconds (not wall time: the machine may be busy with other builds).
double secondsToLint(const std::string& text, const Recipient& card) {
    const std::clock_t start = std::clock();
    const Report report = lint(text, card);
    const std::clock_t stop = std::clock();
    checkSane(report, text);
    return static_cast<double>(stop - start) / CLOCKS_PER_SEC;
}

// A scratch folder, removed at the end of the test.
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() /
               ("overture-hostile-" + std::to_string(::getpid()) + "-" +
                std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

void writeFile(const fs::path& path, std::string_view contents) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    REQUIRE(out.good());
}

// A copy of the shipped dictionaries/ and templates/ to break one file in.
void copyShippedData(const fs::path& to) {
    for (const char* sub : {"dictionaries", "templates"})
        fs::copy(test::sourceDir() / sub, to / sub, fs::copy_options::recursive);
}

// The ways a data file is broken on disk: name, contents (nullopt: the file is missing).
struct Broken {
    const char* what;
    std::optional<std::string> contents;
};

std::vector<Broken> brokenJsonFiles(const std::string& shipped) {
    return {
        {"missing", std::nullopt},
        {"empty", ""},
        {"only white space", "  \n\t\r\n"},
        {"truncated", shipped.substr(0, shipped.size() / 2)},
        {"malformed", "{\n  \"entries\": [\n    {\"phrase\": \"x\",, }\n  ]\n}\n"},
        {"wrong shape", "[1, 2, 3]\n"},
        {"invalid UTF-8", "{\"entries\": [\"\xC3\x28\"]}"},
        {"number out of range", "{\n  \"version\": 1e999999\n}\n"},
        {"binary", std::string("\x7F"
                               "ELF\x02\x01\x01\0\0\0",
                               10)},
    };
}

} // namespace

// ---------------------------------------------------------------------------------------
// The draft

TEST_CASE("hostile: an empty draft is reported as empty, never ready") {
    const Report report = lint("", priya());
    checkSane(report, "");
    CHECK(report.stats.characters == 0);
    CHECK(report.stats.words == 0);
    CHECK(report.stats.sentences == 0);
    CHECK_FALSE(report.ready);
    CHECK(has(report, "sentence-count"));
    for (const Finding& f : report.findings)
        CHECK(f.span == Span{0, 0});
}

TEST_CASE("hostile: a draft of only white space counts no words and is not ready") {
    const std::string text = "   \n\n\t\t \r\n \xC2\xA0 \xE2\x80\x83 \n";
    const Report report = lint(text, priya());
    checkSane(report, text);
    CHECK(report.stats.words == 0);
    CHECK(report.stats.sentences == 0);
    CHECK(report.stats.characters == utf16Units(text));
    CHECK_FALSE(report.ready);
    CHECK(has(report, "sentence-count"));
    CHECK_FALSE(has(report, "spelling"));
}

TEST_CASE("hostile: a 10 MB paste is linted, and ten times the text takes about ten times as "
          "long") {
    const Recipient card = priya();
    const std::string small = prose(1U << 20U);
    const std::string big = prose(10U << 20U, 11);
    // Warm up (Hunspell's cache, the allocator), then time each once.
    (void)secondsToLint(prose(64U << 10U, 3), card);
    const double tSmall = secondsToLint(small, card);
    const double tBig = secondsToLint(big, card);
    const Report report = lint(big, card);
    MESSAGE("1 MB: " << tSmall << " s, 10 MB: " << tBig << " s, ratio " << tBig / tSmall);
    CHECK(tBig / tSmall < 25.0);
    CHECK(report.stats.characters == big.size());
    CHECK(report.stats.words > 1'000'000);
    CHECK(report.stats.sentences > 100'000);
    // Over LinkedIn's limit: the length finding covers everything past character 300.
    const auto length = test::findingsOf(report, "length");
    REQUIRE(length.size() == 1);
    CHECK(length.front()->span == Span{300, big.size()});
    CHECK_FALSE(report.ready);
}

TEST_CASE("hostile: pathological pastes stay linear (1.25 MB takes about ten times 125 KB)") {
    // Each of these was quadratic once: many placeholders (every word looked through all
    // of them), unclosed brackets (each scanned to the end of the text), a repeated phrase
    // (each match looked back over every earlier one).
    struct Shape {
        const char* what;
        std::string unit;
    };
    const std::vector<Shape> shapes = {
        {"bracketed placeholders", "[Name] word "},
        {"braced placeholders", "{first_name} hi "},
        {"unclosed braces", "{"},
        {"unclosed brackets", "["},
        {"capitals and an apology, no full stop", "SORRY TO BOTHER YOU "},
        {"a claim of friendship", "my friend "},
        {"abbreviations", "e.g. Dr. J. "},
        {"one sentence, no punctuation", "streaming pipelines data word "},
        {"blank lines", "\n"},
        {"emoji with a skin tone", "\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD"},
    };
    const Recipient card = priya();
    for (const Shape& shape : shapes) {
        INFO(std::string(shape.what));
        auto repeat = [&](std::size_t bytes) {
            std::string out;
            while (out.size() < bytes)
                out += shape.unit;
            return out;
        };
        const std::string small = repeat(125'000);
        const std::string big = repeat(1'250'000);
        const double tSmall = secondsToLint(small, card);
        const double tBig = secondsToLint(big, card);
        MESSAGE(std::string(shape.what) << ": " << tSmall << " s, " << tBig << " s");
        CHECK(tBig / std::max(tSmall, 0.02) < 25.0);
    }
}

TEST_CASE("hostile: a single word of 100 000 characters") {
    SUBCASE("ASCII") {
        const std::string word(100'000, 'a');
        const Report report = lint(word, priya());
        checkSane(report, word);
        CHECK(report.stats.words == 1);
        CHECK(report.stats.characters == 100'000);
        CHECK(has(report, "length"));
        CHECK_FALSE(has(report, "spelling")); // too long to be a word worth a dictionary lookup
    }
    SUBCASE("accented letters (two bytes each)") {
        std::string word;
        for (int i = 0; i < 100'000; ++i)
            word += "\xC3\xA9";
        const Report report = lint(word, priya());
        checkSane(report, word);
        CHECK(report.stats.words == 1);
        CHECK(report.stats.characters == 100'000);
        const auto length = test::findingsOf(report, "length");
        REQUIRE(length.size() == 1);
        CHECK(length.front()->span.begin == 600); // character 300, two bytes each
    }
    SUBCASE("one emoji repeated (two UTF-16 units each)") {
        std::string word;
        for (int i = 0; i < 50'000; ++i)
            word += "\xF0\x9F\x98\x80";
        const Report report = lint(word, priya());
        checkSane(report, word);
        CHECK(report.stats.characters == 100'000);
        CHECK(report.stats.words == 0);
    }
}

TEST_CASE("hostile: NUL bytes in the draft are characters like any other") {
    static constexpr char kText[] = "Hi Priya,\0 I enjoyed your talk\0 at the Leeds Data "
                                    "Meetup.\0\0 I'd like to add you to my professional "
                                    "network on LinkedIn.\0";
    const std::string text(kText, sizeof kText - 1);
    REQUIRE(text.size() == 120);
    const Report report = lint(text, priya());
    checkSane(report, text);
    CHECK(report.stats.characters == 120);
    CHECK(report.stats.words >= 20);
    // The stock sentence after the NULs is still found, at its real offset.
    const auto stock = test::findingsOf(report, "default-text");
    REQUIRE(stock.size() == 1);
    CHECK(test::covered(text, *stock.front()).substr(0, 4) == "I'd ");
    CHECK(stock.front()->span.begin == text.find("I'd like"));
}

TEST_CASE("hostile: invalid UTF-8 is found at its exact byte offset") {
    // What the CLI and the editor check before linting (text::findInvalidUtf8).
    struct Case {
        const char* what;
        std::string bytes;
        std::size_t offset;
    };
    const std::vector<Case> cases = {
        {"stray continuation byte", "Hi Priya \x80 there", 9},
        {"0xFF", "Hello\xFF", 5},
        {"0xFE", "\xFE", 0},
        {"lead byte at the very end", "Thanks \xE2\x80", 7},
        {"two-byte lead then ASCII",
         "caf\xC3"
         "e au lait",
         3},
        {"overlong '/' (C0 AF)", "a/b \xC0\xAF", 4},
        {"overlong NUL (C0 80, Java's modified UTF-8)", "x\xC0\x80y", 1},
        {"overlong three-byte (E0 80 AF)", "ok \xE0\x80\xAF", 3},
        {"overlong four-byte (F0 80 80 AF)", "ok \xF0\x80\x80\xAF", 3},
        {"high surrogate U+D800 (ED A0 80)", "ab\xED\xA0\x80", 2},
        {"low surrogate U+DFFF (ED BF BF)", "ab\xED\xBF\xBF", 2},
        {"CESU-8 surrogate pair for U+1F600", "smile \xED\xA0\xBD\xED\xB8\x80", 6},
        {"past U+10FFFF (F4 90 80 80)", "\xF4\x90\x80\x80", 0},
        {"five-byte form (F8 88 80 80 80)", "\xF8\x88\x80\x80\x80", 0},
        {"Latin-1 text (a PDF's broken copy)", "Caf\xE9 cr\xE8me", 3},
        {"UTF-16LE with BOM", std::string("\xFF\xFEH\0i\0", 6), 0},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.what));
        const auto bad = text::findInvalidUtf8(c.bytes);
        REQUIRE(bad.has_value());
        CHECK(*bad == c.offset);
    }
    // The valid neighbours of those: the largest code points of each length, U+FFFD,
    // U+D7FF and U+E000 (around the surrogates), U+10FFFF, a BOM.
    for (const std::string_view ok :
         {"\x7F", "\xDF\xBF", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF", "\xEF\xBF\xBD", "\xED\x9F\xBF",
          "\xEE\x80\x80", "\xEF\xBB\xBFHi"}) {
        CHECK_FALSE(text::findInvalidUtf8(ok).has_value());
        checkSane(lint(ok, priya()), ok);
    }
}

TEST_CASE("hostile: emoji with skin tones, joiners and flags count as LinkedIn counts them") {
    const std::string wave = "\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD"; // U+1F44B U+1F3FD: 4 units
    const std::string family =
        "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"; // 8 units
    const std::string flag = "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7";                    // GB: 4 units
    const std::string heart = "\xE2\x9D\xA4\xEF\xB8\x8F"; // U+2764 U+FE0F: 2 units

    SUBCASE("counts") {
        const std::string text = "Hi Priya " + wave + " great talk " + family + flag + heart;
        const Report report = lint(text, priya());
        checkSane(report, text);
        CHECK(report.stats.characters == 9 + 4 + 12 + 8 + 4 + 2);
        CHECK(report.stats.words == 4);
        CHECK_FALSE(has(report, "spelling"));
    }
    SUBCASE("an emoji that crosses the limit is cut whole") {
        // 299 characters, then a two-unit emoji: 301 > 300, over by one.
        std::string text = "Hi Priya, ";
        while (text.size() < 299)
            text += "a";
        text += "\xF0\x9F\x98\x80";
        const Report report = lint(text, priya());
        checkSane(report, text);
        CHECK(report.stats.characters == 301);
        const auto length = test::findingsOf(report, "length");
        REQUIRE(length.size() == 1);
        CHECK(length.front()->span == Span{299, text.size()});
        CHECK(length.front()->message.find("1 over") != std::string::npos);
    }
    SUBCASE("a finding after emoji lands on its words") {
        const std::string text = wave + family +
                                 " I'd like to add you to my professional "
                                 "network on LinkedIn.";
        const Report report = lint(text, priya());
        checkSane(report, text);
        const auto stock = test::findingsOf(report, "default-text");
        REQUIRE(stock.size() == 1);
        CHECK(stock.front()->span.begin == text.find("I'd"));
    }
}

TEST_CASE("hostile: combining accents stay on their letters") {
    // "Café" and "naïve" written with combining marks (U+0301, U+0308): one word each.
    const std::string cafe = "Cafe\xCC\x81";
    const std::string naive = "nai\xCC\x88ve";
    const std::string text = "Hi Priya, the " + cafe + " Noir meetup was " + naive +
                             " fun. Zalgo: Z\xCC\x8D\xCC\x8E\xCC\x8F\xCC\x90o\xCC\x91\xCC\x92.";
    const Report report = lint(text, priya());
    checkSane(report, text);
    CHECK(report.stats.characters == utf16Units(text));
    // Hi Priya the Café Noir meetup was naïve fun Zalgo Zo: eleven words, no more.
    CHECK(report.stats.words == 11);
    for (const Finding& f : report.findings) {
        // No finding starts on a combining mark (it would underline half a letter).
        const std::string_view at = std::string_view(text).substr(f.span.begin);
        CHECK_FALSE(at.substr(0, 1) == "\xCC");
    }
}

TEST_CASE("hostile: right-to-left text and bidi controls") {
    const std::string hebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";         // shalom
    const std::string arabic = "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7"; // marhaba
    const std::string rlo = "\xE2\x80\xAE";                                // U+202E
    const std::string pdf = "\xE2\x80\xAC";                                // U+202C
    const std::string rlm = "\xE2\x80\x8F";                                // U+200F
    const std::string text = hebrew + " Priya, " + arabic + "! " + rlo +
                             "I'd like to add you to my professional network on LinkedIn." + pdf +
                             " " + rlm + hebrew + ".";
    const Report report = lint(text, priya());
    checkSane(report, text);
    CHECK(report.stats.characters == utf16Units(text));
    CHECK(report.stats.words >= 14);
    // The stock sentence inside an override is still the stock sentence.
    CHECK(has(report, "default-text"));
    // Hebrew and Arabic words are not English misspellings to flag as errors.
    for (const auto* f : test::findingsOf(report, "spelling"))
        CHECK(f->severity != Severity::Error);
}

TEST_CASE("hostile: Windows line endings lint like Unix ones") {
    const std::string unix = "Hi Priya,\n\nI'd like to add you to my professional network on "
                             "LinkedIn.\nI enjoyed your talk at the Leeds Data Meetup.\n\n"
                             "Would you be open to a quick call?\n";
    std::string windows;
    for (const char c : unix)
        windows += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const Report u = lint(unix, priya());
    const Report w = lint(windows, priya());
    checkSane(u, unix);
    checkSane(w, windows);
    CHECK(allRules(w) == allRules(u));
    CHECK(w.stats.words == u.stats.words);
    CHECK(w.stats.sentences == u.stats.sentences);
    CHECK(w.findings.size() == u.findings.size());
    // No finding ends on a stray carriage return.
    for (const Finding& f : w.findings)
        if (f.span.end > f.span.begin)
            CHECK(windows[f.span.end - 1] != '\r');
    // Old Mac line ends (CR only) are not one long line of run-on words either.
    std::string mac;
    for (const char c : unix)
        mac += c == '\n' ? '\r' : c;
    const Report m = lint(mac, priya());
    checkSane(m, mac);
    CHECK(m.stats.words == u.stats.words);
}

TEST_CASE("hostile: tabs separate words like spaces") {
    const std::string spaces = "Hi Priya, I enjoyed your talk at the Leeds Data Meetup.";
    std::string tabs = spaces;
    std::replace(tabs.begin(), tabs.end(), ' ', '\t');
    const Report s = lint(spaces, priya());
    const Report t = lint(tabs, priya());
    checkSane(t, tabs);
    CHECK(t.stats.words == s.stats.words);
    CHECK(t.stats.characters == s.stats.characters);
    CHECK(allRules(t) == allRules(s));
}

TEST_CASE("hostile: a hostile recipient card does not break the lint") {
    Recipient card = priya();
    SUBCASE("invalid UTF-8 in every field") {
        card.name = "Pri\xFFya \xC3";
        card.company = "\xED\xA0\x80";
        card.context = "\x80\x80";
        card.role = std::string("\0", 1);
    }
    SUBCASE("a 1 MB context") {
        card.context = prose(1U << 20U);
    }
    SUBCASE("placeholders as values") {
        card.name = "{first_name}";
        card.company = "[Company]";
    }
    SUBCASE("limits out of range") {
        for (const int limit :
             {0, -1, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), 1}) {
            card.limit = limit;
            const Report report = lint(kGoodNote, card);
            checkSane(report, kGoodNote);
            CHECK(report.stats.limit == limit);
        }
    }
    const Report report = lint(kGoodNote, card);
    checkSane(report, kGoodNote);
}

// ---------------------------------------------------------------------------------------
// Data files

TEST_CASE("hostile: a broken file of the language pack falls back to the built-in copy, names "
          "the file and is left untouched") {
    struct File {
        std::string relative;
        bool json;
    };
    const std::string pack = languagePackDir("en");
    for (const File& file :
         {File{pack + "/" + kLanguageManifest, true}, File{pack + "/classes.json", true},
          File{pack + "/messages.json", true}, File{pack + "/patterns/default-text.json", true},
          File{pack + "/patterns/false-relationship.json", true},
          File{pack + "/words.txt", false}}) {
        const std::string shipped(embeddedFile(file.relative));
        std::vector<Broken> cases = brokenJsonFiles(shipped);
        if (!file.json)
            cases = {{"missing", std::nullopt},
                     {"invalid UTF-8", "LinkedIn\nSaaS\nCaf\xE9\n"},
                     {"two words on a line", "LinkedIn\nSaaS\nDev Ops\n"},
                     {"truncated in a character", "LinkedIn\nZo\xC3"},
                     {"a word over 100 bytes", std::string(101, 'x') + "\n"}};
        for (const Broken& broken : cases) {
            INFO((std::string(file.relative) + ": " + broken.what));
            TempDir dir;
            copyShippedData(dir.path);
            const fs::path path = dir.path / file.relative;
            if (broken.contents)
                writeFile(path, *broken.contents);
            else
                fs::remove(path);

            const LoadedLintData loaded = loadLintData(dir.path);
            REQUIRE(loaded.data != nullptr);
            REQUIRE(loaded.problems.size() == 1);
            const std::string& problem = loaded.problems.front();
            INFO(problem);
            CHECK(problem.rfind(path.string(), 0) == 0); // starts with the file's path
            CHECK(problem.find('\n') == std::string::npos);
            CHECK(problem.find("using the built-in copy") != std::string::npos);
            // A syntax problem names the line and column.
            if (broken.contents && file.json && std::string(broken.what) != "wrong shape")
                CHECK(problem.find(path.string() + ":") == 0);
            if (std::string(broken.what) == "malformed")
                CHECK(problem.find(path.string() + ":3:") == 0);
            if (std::string(broken.what) == "number out of range")
                CHECK(problem.find(path.string() + ":2:14:") == 0);
            if (std::string(broken.what) == "two words on a line")
                CHECK(problem.find(path.string() + ":3:") == 0);

            // The built-in copy works: the stock text is still found.
            const Linter linter(loaded.data);
            const std::string stock = "I'd like to add you to my professional network on LinkedIn.";
            CHECK(has(linter.lint(stock, priya()), "default-text"));

            // The person's file is exactly as it was (or still missing).
            if (broken.contents)
                CHECK(test::readFile(path) == *broken.contents);
            else
                CHECK_FALSE(fs::exists(path));
        }
    }
}

TEST_CASE("hostile: a data file over the size limit is refused, not parsed") {
    TempDir dir;
    copyShippedData(dir.path);
    const fs::path path = dir.path / languagePackDir("en") / "classes.json";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        const std::string chunk(1 << 20, ' ');
        for (std::size_t i = 0; i <= kMaxDataFileBytes / chunk.size(); ++i)
            out << chunk;
        out << "{}";
    }
    const auto size = fs::file_size(path);
    const LoadedLintData loaded = loadLintData(dir.path);
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems.front().rfind(path.string() + ": file is", 0) == 0);
    CHECK(fs::file_size(path) == size);
}

TEST_CASE("hostile: deeply nested JSON is an error, not a stack overflow") {
    const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
    LanguagePack pack;
    CHECK_THROWS_AS(parsePatternFile(deep, "patterns/x.json", pack), DataError);
    CHECK_THROWS_AS(parseClasses(deep, "classes.json", pack), DataError);
    CHECK_THROWS_AS(OpenerLibrary::fromJson(deep, "openers.json"), DataError);
    const std::string unclosed = "{\"openers\":" + std::string(200'000, '[');
    CHECK_THROWS_AS(OpenerLibrary::fromJson(unclosed, "openers.json"), DataError);
}

TEST_CASE("hostile: a broken openers.json is one line naming the file and the place") {
    const std::string shipped(embeddedFile(kOpenersFile));
    REQUIRE_FALSE(shipped.empty());
    struct Case {
        const char* what;
        std::string contents;
        std::string expected; // the start of the message after "openers.json"
    };
    const std::vector<Case> cases = {
        {"empty", "", ":1:1: the file is empty"},
        {"truncated", shipped.substr(0, 200), ":"},
        {"malformed", "{\n  \"openers\": [\n    {\"id\": \"a\" \"title\": \"b\"}\n", ":3:"},
        {"no openers", "{\"version\": 1}", ": openers: missing"},
        {"opener without text", "{\"openers\": [{\"id\": \"a\", \"title\": \"b\"}]}",
         ": openers[0].text: missing"},
        {"unknown relationship",
         "{\"openers\": [{\"id\": \"a\", \"title\": \"b\", \"text\": \"c\", \"relationships\": "
         "[\"friend\"]}]}",
         ": openers[0].relationships: unknown relationship \"friend\""},
        {"number out of range", "{\"openers\": [], \"version\": 1e400}", ":1:28: "},
        {"invalid UTF-8", "{\"openers\": [\"\xFF\"]}", ":1:15: invalid UTF-8"},
        {"a key with a newline and an escape sequence",
         "{\"openers\": [{\"id\": \"a\", \"title\": \"b\", \"text\": \"c\", \"example\": "
         "{\"x\\ny\\u001b[31m\": 1}}]}",
         ": openers[0].example.x\\ny\\x1B[31m: expected a string"},
        {"a relationship with a newline",
         "{\"openers\": [{\"id\": \"a\", \"title\": \"b\", \"text\": \"c\", "
         "\"relationships\": [\"friend\\nmet-in-person\"]}]}",
         ": openers[0].relationships: unknown relationship \"friend\\nmet-in-person\""},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.what));
        try {
            (void)OpenerLibrary::fromJson(c.contents, "/home/p/openers.json");
            FAIL("no error for " << c.what);
        } catch (const DataError& e) {
            const std::string message = e.what();
            INFO(message);
            CHECK(message.rfind("/home/p/openers.json" + c.expected, 0) == 0);
            CHECK(message.find('\n') == std::string::npos);
        }
    }
    // The built-in copy always loads.
    CHECK_FALSE(OpenerLibrary::fromJson(shipped, "built-in").all().empty());
}

TEST_CASE("hostile: a huge openers file loads and merges about linearly") {
    // A duplicate-id check and merge() once scanned every opener for each one added.
    auto file = [](std::size_t n) {
        std::string json = "{\"openers\": [";
        for (std::size_t i = 0; i < n; ++i)
            json += std::string(i == 0 ? "" : ",") + "{\"id\": \"own-" + std::to_string(i) +
                    "\", \"title\": \"t\", \"text\": \"Hi {first_name}, " + std::to_string(i) +
                    "\"}";
        return json + "]}";
    };
    const OpenerLibrary shipped =
        OpenerLibrary::fromJson(embeddedFile(kOpenersFile), "built-in openers.json");
    auto seconds = [&](const std::string& json) {
        const std::clock_t start = std::clock();
        OpenerLibrary library = shipped;
        library.merge(OpenerLibrary::fromJson(json, "openers.json", true));
        const std::clock_t stop = std::clock();
        CHECK(library.all().size() > shipped.all().size());
        return static_cast<double>(stop - start) / CLOCKS_PER_SEC;
    };
    const std::string small = file(5'000);
    const std::string big = file(50'000);
    const double tSmall = seconds(small);
    const double tBig = seconds(big);
    MESSAGE("5 000 openers: " << tSmall << " s, 50 000: " << tBig << " s");
    CHECK(tBig / std::max(tSmall, 0.02) < 25.0);
}

TEST_CASE("hostile: a broken personal dictionary is reported and never overwritten") {
    TempDir dir;
    const fs::path path = dir.path / "personal.dic";
    struct Case {
        const char* what;
        std::string contents;
        std::string where; // "<path>:<line>"
    };
    const std::vector<Case> cases = {
        {"invalid UTF-8", "Northwind\nKubernetes\nCaf\xE9\n", ":3:4: invalid UTF-8"},
        {"two words on a line", "Northwind\nPriya Shah\n", ":2: expected one word"},
        {"truncated in a character", "Northwind\nZo\xC3", ":2:3: invalid UTF-8"},
        {"binary",
         std::string("\x7F"
                     "ELF\x02\x01\x01\0\0\0 \x90",
                     12),
         ":1:"},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.what));
        writeFile(path, c.contents);
        PersonalDictionary dict(path);
        std::string error;
        CHECK_FALSE(dict.load(error));
        INFO(error);
        CHECK(error.rfind(path.string() + c.where, 0) == 0);
        CHECK(error.find('\n') == std::string::npos);
        CHECK_FALSE(dict.writable());
        // "Add to dictionary" keeps the word for the session but does not touch the file.
        std::string addError;
        CHECK_FALSE(dict.add("Overture", addError));
        CHECK(addError.find(path.string()) != std::string::npos);
        CHECK(std::find(dict.words().begin(), dict.words().end(), "Overture") !=
              dict.words().end());
        CHECK(test::readFile(path) == c.contents);
        // No temporary file left beside it either.
        std::size_t files = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path))
            ++files;
        CHECK(files == 1);
    }
    SUBCASE("a folder or a named pipe where the file should be: reported, never waited on") {
        for (const bool fifo : {false, true}) {
            const fs::path odd = dir.path / (fifo ? "pipe.dic" : "folder.dic");
            if (fifo)
                REQUIRE(::mkfifo(odd.c_str(), 0600) == 0);
            else
                fs::create_directory(odd);
            PersonalDictionary dict(odd);
            std::string error;
            CHECK_FALSE(dict.load(error));
            CHECK(error.rfind(odd.string() + ": cannot read: ", 0) == 0);
            CHECK_FALSE(dict.add("Overture", error));
            CHECK(fifo ? fs::is_fifo(odd) : fs::is_directory(odd));
        }
    }
    SUBCASE("missing or empty: an empty dictionary that can be written") {
        for (const bool exists : {false, true}) {
            fs::remove(path);
            if (exists)
                writeFile(path, "");
            PersonalDictionary dict(path);
            std::string error;
            CHECK(dict.load(error));
            CHECK(dict.words().empty());
            CHECK(dict.add("Northwind", error));
            CHECK(test::readFile(path) == "Northwind\n");
        }
    }
    SUBCASE("hostile words are refused, the file is unchanged") {
        writeFile(path, "Northwind\n");
        PersonalDictionary dict(path);
        std::string error;
        REQUIRE(dict.load(error));
        for (const std::string& bad :
             {std::string(), std::string("two words"), std::string("new\nline"),
              std::string("#comment"), std::string(101, 'x'), std::string("\xC3"),
              std::string("tab\there")}) {
            CHECK_FALSE(dict.add(bad, error));
            CHECK(test::readFile(path) == "Northwind\n");
        }
    }
}

TEST_CASE("hostile: a paste of one placeholder repeated keeps the report bounded") {
    // 1 MB of "{name} ": every word is a placeholder. A user sees the first thousand
    // cards of a rule at most, and no fix copies the whole paste (the no-ask fix would
    // have repeated the megabyte).
    std::string text;
    for (int i = 0; i < 150'000; ++i)
        text += "{name} ";
    const Report r = lint(text);
    std::size_t placeholders = 0;
    std::size_t longestFix = 0;
    for (const Finding& f : r.findings) {
        placeholders += f.rule == "placeholder" ? 1 : 0;
        for (const std::string& fix : f.replacements)
            longestFix = std::max(longestFix, fix.size());
    }
    CHECK(placeholders == Rule::kMaxFindingsPerRule);
    CHECK(longestFix < 2100);
    CHECK_FALSE(r.ready);
}
