// Data files that fail to load give one line naming the file and the line and column
// (syntax errors) or the field (schema errors), and nothing crashes: a broken file on disk
// is replaced by the copy built into the program. Fixtures: tests/data/broken/.
#include "data/data_locator.hpp"
#include "data/embedded_data.hpp"
#include "data/json_file.hpp"
#include "history/note_history.hpp"
#include "openers/opener_library.hpp"
#include "phrases/phrase_book.hpp"
#include "phrases/signals.hpp"
#include "test_support.hpp"

#include <functional>
#include <unistd.h>

using namespace overture;

namespace {

std::filesystem::path broken(const std::string& name) {
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

void phrases(const std::string& t, const std::string& s) {
    (void)PhraseBook::fromJson(t, s);
}
void signalLists(const std::string& t, const std::string& s) {
    (void)Signals::fromJson(t, s);
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

} // namespace

TEST_CASE("data: syntax errors give the file, line and column") {
    auto check = [](const std::string& fixture, auto parse, const std::string& at) {
        const std::string m = shortMessage(errorOf(fixture, parse), fixture);
        CAPTURE(m);
        CHECK(m.rfind(fixture + ":" + at + ": ", 0) == 0);
        CHECK(contains(m, "syntax error"));
        CHECK_FALSE(contains(m, "[json.exception")); // nlohmann's prefix is cut
    };
    check("phrases_syntax.json", phrases, "5:5");
    check("phrases_trailing_comma.json", phrases, "5:3");
    check("signals_syntax.json", signalLists, "3:16");
    check("openers_syntax.json", openers, "4:3");
    check("history_syntax.json", history, "2:45");
}

TEST_CASE("data: an empty file and invalid UTF-8 are reported with a position") {
    const std::string empty = shortMessage(errorOf("empty.json", phrases), "empty.json");
    CHECK(empty.rfind("empty.json:1:1: ", 0) == 0);
    CHECK(contains(empty, "empty"));
    const std::string latin1 =
        shortMessage(errorOf("phrases_latin1.json", phrases), "phrases_latin1.json");
    CHECK(latin1.rfind("phrases_latin1.json:3:20: invalid UTF-8", 0) == 0);
}

TEST_CASE("data: schema errors in phrases.json name the field") {
    auto field = [](const std::string& fixture) {
        return shortMessage(errorOf(fixture, phrases), fixture);
    };
    CHECK(field("phrases_missing_message.json") ==
          "phrases_missing_message.json: entries[1].message: missing; expected a string");
    CHECK(contains(field("phrases_unknown_rule.json"),
                   ": entries[0].rule: \"meeting-requests\" is not a rule that takes phrases"));
    CHECK(contains(field("phrases_code_rule.json"), ": entries[0].rule: \"length\""));
    CHECK(contains(field("phrases_claim_without_permitted.json"), ": entries[0].permitted_by: "));
    CHECK(contains(field("phrases_bad_relationship.json"),
                   ": entries[0].permitted_by: unknown relationship \"best-friends\""));
    CHECK(contains(field("phrases_bad_severity.json"),
                   ": entries[0].severity: expected error, warning or hint"));
    CHECK(contains(field("phrases_bad_replacements.json"), ": entries[0].replacements[1]: "));
    CHECK(contains(field("phrases_leading_wildcard.json"), ": entries[0].phrase: "));
    CHECK(contains(field("phrases_not_object.json"), ": (top level): "));
}

TEST_CASE("data: schema errors in signals.json name the list") {
    CHECK(shortMessage(errorOf("signals_missing_list.json", signalLists),
                       "signals_missing_list.json") ==
          "signals_missing_list.json: acronyms: missing; expected an array of strings");
    CHECK(
        shortMessage(errorOf("signals_not_string.json", signalLists), "signals_not_string.json") ==
        "signals_not_string.json: acronyms[2]: expected a string");
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
        (void)readDataFile(broken("phrases_syntax.json"), 10);
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(contains(e.what(), "the limit is 10"));
    }
}

TEST_CASE("data: the shipped files load without problems and match the built-in copies") {
    const LoadedLintData loaded = loadLintData(test::sourceDir());
    CHECK(loaded.problems.empty());
    CHECK(loaded.data->phrases.entries().size() >= 150);
    for (const char* file : {kPhrasesFile, kSignalsFile, kWordsFile, kOpenersFile}) {
        CAPTURE(file);
        CHECK(embeddedFile(file) == test::readFile(test::sourceDir() / file));
    }
    CHECK(embeddedFile("no/such/file.json").empty());
    // With no data folder at all, the built-in copies are used.
    const LoadedLintData builtIn = loadLintData(std::nullopt);
    CHECK(builtIn.problems.empty());
    CHECK(builtIn.data->phrases.entries().size() == loaded.data->phrases.entries().size());
}

TEST_CASE("data: a broken file on disk is reported in one line and the built-in copy used") {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("overture-test-data-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "dictionaries");
    std::filesystem::create_directories(dir / "templates");
    std::filesystem::copy_file(broken("phrases_syntax.json"), dir / kPhrasesFile);
    std::filesystem::copy_file(broken("words_spaces.txt"), dir / kWordsFile);
    // signals.json is missing altogether.

    const LoadedLintData loaded = loadLintData(dir);
    REQUIRE(loaded.problems.size() == 3);
    const std::string phrasesPath = (dir / kPhrasesFile).string();
    const std::string signalsPath = (dir / kSignalsFile).string();
    const std::string wordsPath = (dir / kWordsFile).string();
    CHECK(loaded.problems[0].rfind(phrasesPath + ":5:5: ", 0) == 0);
    CHECK(loaded.problems[1].rfind(signalsPath + ": cannot read", 0) == 0);
    CHECK(loaded.problems[2].rfind(wordsPath + ":4: ", 0) == 0);
    for (const auto& p : loaded.problems) {
        CHECK(p.find('\n') == std::string::npos);
        CHECK(contains(p, "using the built-in copy"));
    }
    // The engine still works with the built-in phrase list.
    const Linter linter(loaded.data);
    const Report r = linter.lint("I'd like to add you to my professional network on LinkedIn.",
                                 test::card(Relationship::NeverInteracted));
    CHECK(test::has(r, "default-text"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("data: findDataDir honours OVERTURE_DATA_DIR when it holds the data") {
    const char* old = std::getenv("OVERTURE_DATA_DIR");
    const std::string saved = old != nullptr ? old : "";
    ::setenv("OVERTURE_DATA_DIR", test::sourceDir().c_str(), 1);
    const auto found = findDataDir();
    REQUIRE(found.has_value());
    CHECK(std::filesystem::equivalent(*found, test::sourceDir()));
    // A folder without the data is skipped, not trusted.
    ::setenv("OVERTURE_DATA_DIR", (test::testDataDir() / "broken").c_str(), 1);
    const auto fallback = findDataDir();
    if (fallback)
        CHECK_FALSE(std::filesystem::equivalent(*fallback, test::testDataDir() / "broken"));
    if (old != nullptr)
        ::setenv("OVERTURE_DATA_DIR", saved.c_str(), 1);
    else
        ::unsetenv("OVERTURE_DATA_DIR");
}
