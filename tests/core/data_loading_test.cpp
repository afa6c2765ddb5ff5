// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Data files that fail to load give one line naming the file and the line and column
// (syntax errors), the field (schema errors) or the pattern and its column (a pattern
// that does not parse), and nothing crashes: a broken file of the language pack on disk
// is replaced by the copy built into the program. Fixtures: tests/data/broken/.
#include "data/data_locator.hpp"
#include "data/embedded_data.hpp"
#include "data/json_file.hpp"
#include "data/word_list.hpp"
#include "history/note_history.hpp"
#include "openers/opener_library.hpp"
#include "phrases/language_pack.hpp"
#include "test_support.hpp"

#include <chrono>
#include <functional>
#include <unistd.h>

using namespace overture;
namespace fs = std::filesystem;

namespace {

fs::path broken(const std::string& name) {
    return test::testDataDir() / "broken" / name;
}

// Loads a fixture with `parse` and returns the DataError's message (fails if none).
std::string errorOf(const std::string& fixture,
                    const std::function<void(const std::string&, const std::string&)>& parse) {
    const auto path = broken(fixture);
    const std::string text = test::readFile(path);
    try {
        parse(text, path.string());
    } catch (const DataError& e) {
        const std::string message = e.what();
        CHECK_MESSAGE(message.find('\n') == std::string::npos, "not one line: " << message);
        CHECK_MESSAGE(message.rfind(path.string(), 0) == 0, "does not name the file: " << message);
        return message;
    }
    FAIL("no DataError for " << fixture);
    return {};
}

void patternFile(const std::string& t, const std::string& s) {
    LanguagePack pack;
    parsePatternFile(t, s, pack);
}
void classes(const std::string& t, const std::string& s) {
    LanguagePack pack;
    parseClasses(t, s, pack);
}
void messages(const std::string& t, const std::string& s) {
    LanguagePack pack;
    parseMessages(t, s, pack);
}
void manifest(const std::string& t, const std::string& s) {
    LanguagePack pack;
    std::vector<std::string> files;
    parseLanguageManifest(t, s, pack, files);
}
void openers(const std::string& t, const std::string& s) {
    (void)OpenerLibrary::fromJson(t, s);
}
void words(const std::string& t, const std::string& s) {
    (void)parseWordList(t, s);
}
void history(const std::string& t, const std::string& s) {
    (void)NoteHistory::fromJson(t, s);
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// The message with the fixture's path replaced by its file name, for readable checks.
std::string shortMessage(const std::string& message, const std::string& fixture) {
    const std::string path = broken(fixture).string();
    return message.rfind(path, 0) == 0 ? fixture + message.substr(path.size()) : message;
}

// A scratch data folder holding a copy of the shipped dictionaries/ and templates/,
// removed at the end of the test.
struct DataCopy {
    fs::path dir;
    DataCopy() {
        dir = fs::temp_directory_path() /
              ("overture-test-data-" + std::to_string(::getpid()) + "-" +
               std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directories(dir);
        for (const char* sub : {"dictionaries", "templates"})
            fs::copy(test::sourceDir() / sub, dir / sub, fs::copy_options::recursive);
    }
    ~DataCopy() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    DataCopy(const DataCopy&) = delete;
    DataCopy& operator=(const DataCopy&) = delete;
};

const std::string kPack = languagePackDir("en");

// A note that reaches into every file of the pack: a greeting and a sign-off
// (greetings.json), an apology, a claim the card contradicts, the stock text, a meeting
// request, words from classes.json and lemmas from the manifest's morphology, and code
// rules whose messages come from messages.json (no-ask, no-specifics).
const std::string kProbeNote =
    "Hi Ana, sorry to bother you. My good friend, we met at the summit. I'd like to add you "
    "to my professional network on LinkedIn. Do you have 15 minutes for a quick call? Best, Sam";

// Every finding of a lint, in order, with its span, severity and message: two loads give
// the same engine when they give the same string for the probe note.
std::string fingerprint(const Linter& linter) {
    const Report r =
        linter.lint(kProbeNote, test::card(Relationship::NeverInteracted, "Ana Lima", "Acme"));
    return test::describe(r, kProbeNote);
}

} // namespace

TEST_CASE("data: syntax errors give the file, line and column") {
    auto check = [](const std::string& fixture, auto parse, const std::string& at) {
        const std::string m = shortMessage(errorOf(fixture, parse), fixture);
        CAPTURE(m);
        CHECK(m.rfind(fixture + ":" + at + ": ", 0) == 0);
        CHECK(contains(m, "syntax error"));
        CHECK_FALSE(contains(m, "[json.exception")); // nlohmann's prefix is cut
    };
    check("patterns_syntax.json", patternFile, "7:37");
    check("openers_syntax.json", openers, "4:3");
    check("history_syntax.json", history, "2:45");
}

TEST_CASE("data: an empty file and invalid UTF-8 are reported with a position") {
    const std::string empty = shortMessage(errorOf("empty.json", patternFile), "empty.json");
    CHECK(empty.rfind("empty.json:1:1: ", 0) == 0);
    CHECK(contains(empty, "empty"));
    // "caf\xE9" in Latin-1: the line and the column of the stray byte.
    const std::string latin1 =
        shortMessage(errorOf("patterns_latin1.json", patternFile), "patterns_latin1.json");
    CHECK(latin1.rfind("patterns_latin1.json:4:43: invalid UTF-8", 0) == 0);
}

TEST_CASE("data: a pattern that does not parse names the field, the pattern and its column") {
    auto field = [](const std::string& fixture) {
        return shortMessage(errorOf(fixture, patternFile), fixture);
    };
    // The '(' at column 11 of the second pattern is never closed.
    CHECK(field("patterns_unclosed_group.json") ==
          "patterns_unclosed_group.json: groups[0].patterns[1]: \"sorry for (the intrusion|the "
          "cold message\" at column 11: '(' is never closed");
    // A pattern that starts with a gap would match at every word.
    const std::string gap = field("patterns_leading_gap.json");
    CHECK(gap.rfind("patterns_leading_gap.json: groups[0].patterns[1]: \"* to bother you\" at "
                    "column 1: ",
                    0) == 0);
}

TEST_CASE("data: schema errors in a pattern file name the field") {
    auto field = [](const std::string& fixture) {
        return shortMessage(errorOf(fixture, patternFile), fixture);
    };
    CHECK(field("patterns_bad_relationship.json") ==
          "patterns_bad_relationship.json: groups[0].permitted_by: unknown relationship "
          "\"best-friends\"");
    CHECK(field("patterns_bad_level.json") ==
          "patterns_bad_level.json: groups[0].level: expected error, warning or hint");
    // A claim of a shared past must say which relationships make it honest.
    CHECK(field("patterns_claim_without_permitted.json")
              .rfind("patterns_claim_without_permitted.json: groups[0].permitted_by: missing", 0) ==
          0);
}

TEST_CASE("data: classes.json, messages.json and the manifest name the field") {
    CHECK(shortMessage(errorOf("classes_not_object.json", classes), "classes_not_object.json") ==
          "classes_not_object.json: (top level): expected an object");
    CHECK(shortMessage(errorOf("messages_not_object.json", messages), "messages_not_object.json") ==
          "messages_not_object.json: (top level): expected an object");
    CHECK(shortMessage(errorOf("language_no_pattern_files.json", manifest),
                       "language_no_pattern_files.json")
              .rfind("language_no_pattern_files.json: pattern_files: missing", 0) == 0);
}

TEST_CASE("data: schema errors in openers.json name the opener and field") {
    auto field = [](const std::string& fixture) {
        return shortMessage(errorOf(fixture, openers), fixture);
    };
    CHECK(field("openers_bad_relationship.json") ==
          "openers_bad_relationship.json: openers[1].relationships: unknown relationship "
          "\"friends\"");
    CHECK(field("openers_missing_text.json") ==
          "openers_missing_text.json: openers[0].text: missing; expected a string");
    CHECK(contains(field("openers_duplicate_id.json"), ": openers[2].id: duplicate id \"a\""));
    CHECK(contains(field("openers_bad_example.json"), ": openers[0].example.age: "));
    CHECK(contains(field("openers_no_list.json"), ": openers: missing"));
}

TEST_CASE("data: word lists name the line") {
    CHECK(shortMessage(errorOf("words_spaces.txt", words), "words_spaces.txt") ==
          "words_spaces.txt:4: expected one word per line, found \"Dev Ops\"");
    CHECK(shortMessage(errorOf("words_invalid_utf8.txt", words), "words_invalid_utf8.txt")
              .rfind("words_invalid_utf8.txt:2:4: invalid UTF-8", 0) == 0);
    // Comments, blank lines, CRLF and surrounding spaces are fine.
    CHECK(parseWordList("# c\r\n  SaaS \r\n\r\nDevOps # inline\n", "w") ==
          std::vector<std::string>{"SaaS", "DevOps"});
}

TEST_CASE("data: the sent-notes history names the note and field") {
    CHECK(shortMessage(errorOf("history_bad_date.json", history), "history_bad_date.json") ==
          "history_bad_date.json: [1].sent_at: expected an ISO 8601 date such as "
          "2026-11-22T09:30:00Z");
    CHECK(
        shortMessage(errorOf("history_missing_text.json", history), "history_missing_text.json") ==
        "history_missing_text.json: [0].text: missing; expected a string");
}

TEST_CASE("data: lineAndColumn counts characters, not bytes") {
    CHECK(lineAndColumn("abc", 0) == std::pair<std::size_t, std::size_t>{1, 1});
    CHECK(lineAndColumn("abc", 2) == std::pair<std::size_t, std::size_t>{1, 3});
    CHECK(lineAndColumn("a\nbc", 3) == std::pair<std::size_t, std::size_t>{2, 2});
    CHECK(lineAndColumn("\xC3\xA9\xC3\xA9x", 4) == std::pair<std::size_t, std::size_t>{1, 3});
    CHECK(lineAndColumn("ab", 99) == std::pair<std::size_t, std::size_t>{1, 3});
}

TEST_CASE("data: unreadable and oversized files") {
    try {
        (void)readDataFile(broken("no-such-file.json"));
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(contains(e.what(), "no-such-file.json: cannot read"));
    }
    try {
        (void)readDataFile(broken("patterns_syntax.json"), 10);
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(contains(e.what(), "the limit is 10"));
    }
}

TEST_CASE("data: the shipped language pack loads without problems and matches the built-in "
          "copies") {
    const LoadedLintData loaded = loadLintData(test::sourceDir(), "en");
    CHECK(loaded.problems.empty());
    const LanguagePack& pack = loaded.data->pack;
    CHECK(pack.code == "en");
    CHECK(pack.groups.size() >= 50);
    CHECK(pack.classes.size() >= 30);
    CHECK(loaded.data->matcher.patternCount() >= 500);

    // Every file of the pack (the manifest names the pattern files) and the openers.
    std::vector<std::string> files = {kPack + "/" + kLanguageManifest, kPack + "/classes.json",
                                      kPack + "/messages.json", kPack + "/words.txt", kOpenersFile};
    LanguagePack scratch;
    std::vector<std::string> patternFiles;
    parseLanguageManifest(test::readFile(test::sourceDir() / kPack / kLanguageManifest),
                          "language.json", scratch, patternFiles);
    CHECK(patternFiles.size() >= 10);
    for (const std::string& f : patternFiles)
        files.push_back(kPack + "/" + f);
    for (const std::string& file : files) {
        CAPTURE(file);
        CHECK(embeddedFile(file) == test::readFile(test::sourceDir() / file));
    }
    CHECK(embeddedFile("no/such/file.json").empty());

    // With no data folder at all, the built-in copies are used: the same engine.
    const LoadedLintData builtIn = loadLintData(std::nullopt, "en");
    CHECK(builtIn.problems.empty());
    CHECK(builtIn.data->pack.groups.size() == pack.groups.size());
    CHECK(builtIn.data->matcher.patternCount() == loaded.data->matcher.patternCount());
    CHECK(fingerprint(Linter(builtIn.data)) == fingerprint(Linter(loaded.data)));
}

TEST_CASE("data: a Hunspell name picks its language's pack; an unknown language is one line") {
    CHECK(packLanguage("en_US") == "en");
    CHECK(packLanguage("en-GB") == "en");
    CHECK(packLanguage("EN") == "en");
    const LoadedLintData us = loadLintData(test::sourceDir(), "en_US");
    CHECK(us.problems.empty());
    const LoadedLintData klingon = loadLintData(test::sourceDir(), "tlh");
    REQUIRE(klingon.problems.size() == 1);
    CHECK(contains(klingon.problems.front(), "\"tlh\""));
    REQUIRE(klingon.data != nullptr);
    CHECK(fingerprint(Linter(klingon.data)) == fingerprint(Linter(us.data)));
}

TEST_CASE("data: each broken pack file on disk is one line naming the file and the place, and "
          "the built-in copy is used") {
    const std::string shipped = fingerprint(test::plainLinter());
    REQUIRE(contains(shipped, "apology"));
    REQUIRE(contains(shipped, "false-relationship"));
    REQUIRE(contains(shipped, "default-text"));
    REQUIRE(contains(shipped, "meeting-request"));

    struct Case {
        const char* fixture;
        const char* replaces; // the pack file it stands in for
        std::string place;    // what follows the path in the problem
        bool wholePack;       // each file parses, the pack does not compile
    };
    const std::vector<Case> cases = {
        {"patterns_syntax.json", "patterns/apology.json", ":7:37: syntax error", false},
        {"patterns_unclosed_group.json", "patterns/apology.json",
         ": groups[0].patterns[1]: \"sorry for (the intrusion|the cold message\" at column 11: ",
         false},
        {"patterns_leading_gap.json", "patterns/apology.json",
         ": groups[0].patterns[1]: \"* to bother you\" at column 1: ", false},
        {"patterns_bad_relationship.json", "patterns/false-relationship.json",
         ": groups[0].permitted_by: unknown relationship \"best-friends\"", false},
        {"patterns_bad_level.json", "patterns/apology.json", ": groups[0].level: ", false},
        {"patterns_claim_without_permitted.json", "patterns/false-relationship.json",
         ": groups[0].permitted_by: missing", false},
        {"patterns_latin1.json", "patterns/apology.json", ":4:43: invalid UTF-8", false},
        {"classes_not_object.json", "classes.json", ": (top level): expected an object", false},
        {"messages_not_object.json", "messages.json", ": (top level): expected an object", false},
        {"language_no_pattern_files.json", "language.json", ": pattern_files: missing", false},
        // A pattern that parses but names a class no file defines, or a rule that takes no
        // patterns: found when the pack is compiled, reported with the group and the
        // pattern, and the whole built-in pack is used.
        {"patterns_unknown_class.json", "patterns/apology.json",
         ": apology/sorry: \"sorry for @no-such-class\": unknown word class @no-such-class", true},
        {"patterns_code_rule.json", "patterns/apology.json", ": apology/long: \"length\" ", true},
        {"patterns_unknown_rule.json", "patterns/apology.json", ": apology/sorry: \"apologies\" ",
         true},
    };
    for (const Case& c : cases) {
        CAPTURE(c.fixture);
        DataCopy copy;
        const fs::path path = copy.dir / kPack / c.replaces;
        fs::copy_file(broken(c.fixture), path, fs::copy_options::overwrite_existing);
        const std::string before = test::readFile(path);

        const LoadedLintData loaded = loadLintData(copy.dir, "en");
        REQUIRE(loaded.data != nullptr);
        REQUIRE(loaded.problems.size() == 1);
        const std::string& problem = loaded.problems.front();
        CAPTURE(problem);
        CHECK(problem.find('\n') == std::string::npos);
        CHECK(problem.rfind(path.string() + c.place, 0) == 0);
        const std::string suffix = c.wholePack ? "(using the built-in " + kPack + ")"
                                               : std::string("(using the built-in copy)");
        CHECK(problem.ends_with(suffix));
        // The built-in copy stands in: the engine is the shipped one.
        CHECK(fingerprint(Linter(loaded.data)) == shipped);
        // The person's file is left exactly as it was.
        CHECK(test::readFile(path) == before);
    }
}

TEST_CASE("data: several broken files are one line each, in the order they are read") {
    DataCopy copy;
    const fs::path classesPath = copy.dir / kPack / "classes.json";
    const fs::path apologyPath = copy.dir / kPack / "patterns/apology.json";
    const fs::path wordsPath = copy.dir / kPack / "words.txt";
    fs::remove(classesPath);
    fs::copy_file(broken("patterns_syntax.json"), apologyPath,
                  fs::copy_options::overwrite_existing);
    fs::copy_file(broken("words_spaces.txt"), wordsPath, fs::copy_options::overwrite_existing);

    const LoadedLintData loaded = loadLintData(copy.dir, "en");
    REQUIRE(loaded.problems.size() == 3);
    CHECK(loaded.problems[0].rfind(classesPath.string() + ": cannot read", 0) == 0);
    CHECK(loaded.problems[1].rfind(apologyPath.string() + ":7:37: ", 0) == 0);
    CHECK(loaded.problems[2].rfind(wordsPath.string() + ":4: ", 0) == 0);
    for (const auto& p : loaded.problems) {
        CHECK(p.find('\n') == std::string::npos);
        CHECK(contains(p, "using the built-in copy"));
    }
    CHECK(fingerprint(Linter(loaded.data)) == fingerprint(test::plainLinter()));
}

TEST_CASE("data: findDataDir honours OVERTURE_DATA_DIR when it holds the data") {
    const char* old = std::getenv("OVERTURE_DATA_DIR");
    const std::string saved = old != nullptr ? old : "";
    ::setenv("OVERTURE_DATA_DIR", test::sourceDir().c_str(), 1);
    const auto found = findDataDir();
    REQUIRE(found.has_value());
    CHECK(fs::equivalent(*found, test::sourceDir()));
    // A folder without the data is skipped, not trusted.
    ::setenv("OVERTURE_DATA_DIR", (test::testDataDir() / "broken").c_str(), 1);
    const auto fallback = findDataDir();
    if (fallback)
        CHECK_FALSE(fs::equivalent(*fallback, test::testDataDir() / "broken"));
    if (old != nullptr)
        ::setenv("OVERTURE_DATA_DIR", saved.c_str(), 1);
    else
        ::unsetenv("OVERTURE_DATA_DIR");
}
