// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile input for overture-lint, run as a user or a script runs it: the real binary,
// the draft on standard input or in a file, the exit status, standard output and the
// one line on standard error. Each test asserts what a person at a terminal needs.
#include "data/data_error.hpp"

#include <chrono>
#include <cstdlib>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Run {
    int status = -1; // exit status, or 128 + signal
    std::string out;
    std::string err;
    double seconds = 0; // CPU time
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const fs::path& path, std::string_view contents) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    REQUIRE(out.good());
}

// A scratch folder, removed at the end of the test; also the HOME and XDG_DATA_HOME of
// every run, so no test reads or writes the real personal dictionary.
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() /
               ("overture-hostile-cli-" + std::to_string(::getpid()) + "-" +
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

// Runs overture-lint with `args`, `input` on standard input, and extra environment.
Run lintCli(const std::vector<std::string>& args, std::string_view input,
            const std::vector<std::pair<std::string, std::string>>& env = {}) {
    TempDir dir;
    const fs::path in = dir.path / "stdin";
    const fs::path out = dir.path / "stdout";
    const fs::path err = dir.path / "stderr";
    writeFile(in, input);
    std::vector<std::string> argv{OVERTURE_LINT_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int fdIn = ::open(in.c_str(), O_RDONLY);
        const int fdOut = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int fdErr = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fdIn < 0 || fdOut < 0 || fdErr < 0)
            ::_exit(127);
        ::dup2(fdIn, 0);
        ::dup2(fdOut, 1);
        ::dup2(fdErr, 2);
        const fs::path home = dir.path / "home";
        ::setenv("HOME", home.c_str(), 1);
        ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
        ::setenv("OVERTURE_DATA_DIR", OVERTURE_SOURCE_DIR, 1);
        for (const auto& [k, v] : env)
            ::setenv(k.c_str(), v.c_str(), 1);
        std::vector<char*> cargv;
        for (auto& a : argv)
            cargv.push_back(a.data());
        cargv.push_back(nullptr);
        ::execv(cargv[0], cargv.data());
        ::_exit(127);
    }
    int wstatus = 0;
    struct rusage usage {};
    REQUIRE(::wait4(pid, &wstatus, 0, &usage) == pid);
    Run r;
    // CPU seconds of the child (not wall time: the machine may be busy with other builds).
    r.seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    r.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

// Standard error's lines.
std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

// UTF-16 units of valid UTF-8.
std::size_t utf16Units(std::string_view s) {
    std::size_t units = 0;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0U) != 0x80U)
            units += b >= 0xF0 ? 2 : 1;
    }
    return units;
}

// The byte offset of UTF-16 unit `unit` of valid UTF-8 `s`.
std::size_t byteOfUnit(std::string_view s, std::size_t unit) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xC0U) == 0x80U)
            continue;
        if (units >= unit)
            return i;
        units += b >= 0xF0 ? 2 : 1;
    }
    return s.size();
}

// The JSON report of a successful run, checked for what every consumer relies on: each
// finding's UTF-16 start/end inside the text and its "match" exactly the text there.
nlohmann::json checkedJson(const Run& r, std::string_view text) {
    INFO("stderr: " << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    const auto json = nlohmann::json::parse(r.out);
    const std::size_t units = utf16Units(text);
    CHECK(json.at("stats").at("characters").get<std::size_t>() == units);
    for (const auto& f : json.at("findings")) {
        const auto start = f.at("start").get<std::size_t>();
        const auto end = f.at("end").get<std::size_t>();
        CHECK(start <= end);
        CHECK(end <= units);
        const std::size_t b = byteOfUnit(text, start);
        const std::size_t e = byteOfUnit(text, end);
        CHECK(f.at("match").get<std::string>() == text.substr(b, e - b));
    }
    CHECK(json.at("ready").get<bool>() == (r.status == 0));
    return json;
}

std::vector<std::string> rulesOf(const nlohmann::json& json) {
    std::vector<std::string> out;
    for (const auto& f : json.at("findings"))
        out.push_back(f.at("rule").get<std::string>());
    return out;
}

bool hasRule(const nlohmann::json& json, const std::string& rule) {
    const auto rules = rulesOf(json);
    return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

const std::vector<std::string> kCard = {"--name",    "Priya Shah",           "--company",
                                        "Northwind", "--relationship",       "met-in-person",
                                        "--context", "the Leeds Data Meetup"};

std::vector<std::string> withCard(std::vector<std::string> args) {
    std::vector<std::string> out = kCard;
    out.insert(out.end(), args.begin(), args.end());
    return out;
}

const std::string kStock = "I'd like to add you to my professional network on LinkedIn.";

std::string prose(std::size_t bytes) {
    static const char* const kWords[] = {"the",    "talk",  "about", "streaming", "pipelines",
                                         "was",    "clear", "and",   "useful",    "Northwind",
                                         "team",   "data",  "we",    "built",     "a",
                                         "system", "three", "Leeds", "meetup",    "queue"};
    std::mt19937 rng(5);
    std::string out;
    out.reserve(bytes + 64);
    while (out.size() < bytes) {
        out += "I";
        for (int i = 0, n = 6 + static_cast<int>(rng() % 12); i < n; ++i)
            out += std::string(" ") + kWords[rng() % std::size(kWords)];
        out += rng() % 4 == 0 ? ".\n\n" : ". ";
    }
    out.resize(bytes);
    return out;
}

// A copy of the shipped data to break one file in (the CLI reads OVERTURE_DATA_DIR).
void copyShippedData(const fs::path& to) {
    for (const char* sub : {"dictionaries", "templates"})
        fs::copy(fs::path(OVERTURE_SOURCE_DIR) / sub, to / sub, fs::copy_options::recursive);
}

} // namespace

TEST_CASE("hostile cli: empty input and white space only") {
    for (const std::string& input : {std::string(), std::string(" \n\t\r\n  \n")}) {
        INFO("input of " << input.size() << " bytes");
        const Run r = lintCli(withCard({"--format", "json", "--no-spell"}), input);
        CHECK(r.status == 1); // not ready: the note is empty
        CHECK(r.err.empty());
        const auto json = checkedJson(r, input);
        CHECK(json["stats"]["words"] == 0);
        CHECK(json["stats"]["sentences"] == 0);
        CHECK(hasRule(json, "sentence-count"));
        // The text report says so too.
        const Run t = lintCli(withCard({"--no-spell"}), input);
        CHECK(t.status == 1);
        CHECK(t.out.find("The note is empty") != std::string::npos);
    }
}

TEST_CASE("hostile cli: a 10 MB paste finishes, about linearly") {
    TempDir dir;
    const std::string small = prose(1U << 20U);
    const std::string big = prose(10U << 20U);
    writeFile(dir.path / "small.txt", small);
    writeFile(dir.path / "big.txt", big);
    const auto args = [&](const char* file) {
        return withCard({"--format", "json", (dir.path / file).string()});
    };
    (void)lintCli(args("small.txt"), ""); // warm the page cache
    const Run s = lintCli(args("small.txt"), "");
    const Run b = lintCli(args("big.txt"), "");
    MESSAGE("1 MB: " << s.seconds << " s, 10 MB: " << b.seconds << " s, ratio "
                     << b.seconds / s.seconds);
    CHECK(b.status == 1);
    const auto json = checkedJson(b, big);
    CHECK(json["stats"]["characters"] == big.size());
    CHECK(hasRule(json, "length"));
    CHECK(b.seconds / s.seconds < 25.0);
    // Over the CLI's 64 MiB input limit: refused with a reason, not read forever.
    const Run huge = lintCli({"-"}, std::string(65U << 20U, 'a'));
    CHECK(huge.status == 2);
    CHECK(huge.err == "overture-lint: standard input: input is over 64 MiB\n");
}

TEST_CASE("hostile cli: the text report of a paste with many findings stays linear") {
    // Placing each finding at line:column once walked from the start of the text for every
    // finding: a 1 MB paste of placeholders took minutes.
    TempDir dir;
    auto repeat = [](const std::string& unit, std::size_t bytes) {
        std::string out;
        while (out.size() < bytes)
            out += unit;
        return out;
    };
    for (const std::string& unit : {std::string("[Name] qwrtz "), std::string("SORRY\n")}) {
        INFO(unit);
        writeFile(dir.path / "small.txt", repeat(unit, 100'000));
        writeFile(dir.path / "big.txt", repeat(unit, 1'000'000));
        const Run s = lintCli({"--no-suggest", (dir.path / "small.txt").string()}, "");
        const Run b = lintCli({"--no-suggest", (dir.path / "big.txt").string()}, "");
        MESSAGE("100 KB: " << s.seconds << " s, 1 MB: " << b.seconds << " s");
        CHECK(b.status == 1);
        CHECK(b.seconds / std::max(s.seconds, 0.05) < 25.0);
        CHECK(b.out.find("ready") != std::string::npos);
    }
}

TEST_CASE("hostile cli: a single word of 100 000 characters") {
    const std::string word(100'000, 'x');
    const Run r = lintCli(withCard({"--format", "json"}), word);
    CHECK(r.status == 1);
    const auto json = checkedJson(r, word);
    CHECK(json["stats"]["words"] == 1);
    CHECK(hasRule(json, "length"));
    CHECK_FALSE(hasRule(json, "spelling"));
    // The text report names the length finding at line 1, column 301.
    const Run t = lintCli(withCard({}), word);
    CHECK(t.out.find("<stdin>:1:301: ") != std::string::npos);
}

TEST_CASE("hostile cli: NUL bytes are linted, and escaped in the JSON") {
    const std::string text = std::string("Hi Priya,\0 ", 11) + kStock + std::string("\0", 1);
    const Run r = lintCli(withCard({"--format", "json", "--no-spell"}), text);
    CHECK(r.status == 1);
    CHECK(r.out.find('\0') == std::string::npos); // "\u0000" in the JSON, never a raw NUL
    const auto json = checkedJson(r, text);
    CHECK(hasRule(json, "default-text"));
    for (const auto& f : json["findings"])
        if (f["rule"] == "default-text")
            CHECK(f["start"] == 11);
}

TEST_CASE("hostile cli: invalid UTF-8 is exit 2 with the byte offset") {
    struct Case {
        const char* what;
        std::string bytes;
        std::size_t offset;
    };
    const std::vector<Case> cases = {
        {"stray continuation byte", "Hi Priya \x80 there", 9},
        {"Latin-1 (a PDF's broken copy)", "Caf\xE9 cr\xE8me", 3},
        {"truncated at the end", "Thanks \xF0\x9F\x91", 7},
        {"overlong '/'", "a/b \xC0\xAF", 4},
        {"overlong NUL", "x\xC0\x80y", 1},
        {"overlong three-byte", "ok \xE0\x80\xAF", 3},
        {"surrogate U+D800", "ab\xED\xA0\x80", 2},
        {"CESU-8 pair", "smile \xED\xA0\xBD\xED\xB8\x80", 6},
        {"past U+10FFFF", "x\xF4\x90\x80\x80", 1},
        {"UTF-16 with BOM", std::string("\xFF\xFEH\0i\0", 6), 0},
        {"after 1 MB of good text", prose(1U << 20U) + "\xFF", (1U << 20U)},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.what));
        const Run r = lintCli({"--format", "json"}, c.bytes);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err == "overture-lint: standard input: invalid UTF-8 at byte " +
                           std::to_string(c.offset) + "\n");
    }
    // A file is named by its path.
    TempDir dir;
    const fs::path file = dir.path / "note.txt";
    writeFile(file, "Hello \xC3\x28");
    const Run r = lintCli({file.string()}, "");
    CHECK(r.status == 2);
    CHECK(r.err == "overture-lint: " + file.string() + ": invalid UTF-8 at byte 6\n");
}

TEST_CASE("hostile cli: invalid UTF-8 in the recipient card is a usage error") {
    for (const char* option : {"--name", "--company", "--role", "--context", "--reason"}) {
        INFO(option);
        const Run r = lintCli({option, "Pri\xFFya", "--no-spell"}, "Hi there. Thanks.");
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err == std::string("overture-lint: ") + option + ": invalid UTF-8 at byte 3\n");
    }
}

TEST_CASE("hostile cli: emoji, combining accents and right-to-left text: offsets in UTF-16") {
    const std::string wave = "\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD"; // 4 units
    const std::string family =
        "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"; // 8 units
    const std::string cafe = "Cafe\xCC\x81";                                        // 5 units
    const std::string hebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";
    const std::string rlo = "\xE2\x80\xAE";
    struct Case {
        const char* what;
        std::string text;
        std::size_t stockStart; // UTF-16 offset of the stock sentence
    };
    const std::vector<Case> cases = {
        {"skin tone and ZWJ family", "Hi Priya " + wave + family + " " + kStock, 9 + 4 + 8 + 1},
        {"combining accent", "Hi Priya, the " + cafe + " was great. " + kStock, 14 + 5 + 12},
        {"right-to-left", hebrew + " Priya! " + rlo + kStock, 4 + 8 + 1},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.what));
        const Run r = lintCli(withCard({"--format", "json"}), c.text);
        const auto json = checkedJson(r, c.text);
        bool found = false;
        for (const auto& f : json["findings"])
            if (f["rule"] == "default-text") {
                found = true;
                CHECK(f["start"] == c.stockStart);
                CHECK(f["match"].get<std::string>().rfind("I'd like", 0) == 0);
            }
        CHECK(found);
        // The text report names a line and column and prints the text unharmed.
        const Run t = lintCli(withCard({"--no-suggest"}), c.text);
        CHECK(t.status == 1);
        CHECK(t.out.find("<stdin>:1:") != std::string::npos);
    }
}

TEST_CASE("hostile cli: Windows line endings and tabs") {
    const std::string unix =
        "Hi Priya,\n\nI enjoyed your talk at the Leeds Data Meetup.\n" + kStock + "\n";
    std::string windows;
    for (const char c : unix)
        windows += c == '\n' ? std::string("\r\n") : std::string(1, c);
    std::string tabs = unix;
    std::replace(tabs.begin(), tabs.end(), ' ', '\t');
    const Run u = lintCli(withCard({"--format", "json"}), unix);
    const Run w = lintCli(withCard({"--format", "json"}), windows);
    const Run t = lintCli(withCard({"--format", "json"}), tabs);
    const auto ju = checkedJson(u, unix);
    const auto jw = checkedJson(w, windows);
    const auto jt = checkedJson(t, tabs);
    CHECK(rulesOf(jw) == rulesOf(ju));
    CHECK(rulesOf(jt) == rulesOf(ju));
    CHECK(jw["stats"]["words"] == ju["stats"]["words"]);
    CHECK(jw["stats"]["sentences"] == ju["stats"]["sentences"]);
    CHECK(jt["stats"]["words"] == ju["stats"]["words"]);
    // The text report puts the stock sentence on line 4, column 1, with CRLF too.
    const Run text = lintCli(withCard({"--no-spell"}), windows);
    CHECK(text.out.find("<stdin>:4:1: error: ") != std::string::npos);
}

// (A folder without dictionaries/phrases.json is not a data folder at all: findDataDir
// skips it, see tests/core/data_loading_test.cpp, so "phrases.json missing" is an engine
// test in tests/core/hostile_input_test.cpp.)
TEST_CASE("hostile cli: a broken data file is one line on stderr, the built-in copy is used "
          "and the file is left as it was") {
    struct Case {
        const char* relative;
        const char* what;
        std::optional<std::string> contents; // nullopt: missing
        std::string where;                   // expected right after the path
    };
    const std::vector<Case> cases = {
        {"dictionaries/en/patterns/default-text.json", "empty", "", ":1:1: the file is empty"},
        {"dictionaries/en/patterns/default-text.json", "truncated",
         "{\n  \"groups\": [\n    {\"patterns\": [\"a", ":3:"},
        {"dictionaries/en/patterns/default-text.json", "malformed", "{\"groups\": [}", ":1:13: "},
        {"dictionaries/en/patterns/default-text.json", "a pattern that does not parse",
         "{\"rule\": \"default-text\", \"groups\": [{\"patterns\": [\"(add you\"]}]}",
         ": groups[0].patterns[0]: "},
        {"dictionaries/en/classes.json", "missing", std::nullopt, ": cannot read: "},
        {"dictionaries/en/classes.json", "empty", "", ":1:1: the file is empty"},
        {"dictionaries/en/messages.json", "a list missing", "{\"about\": \"x\"}",
         ": rules: missing"},
        {"dictionaries/en/classes.json", "number out of range", "{\"x\": 1e999}", ":1:7: "},
        {"dictionaries/en/words.txt", "missing", std::nullopt, ": cannot read: "},
        {"dictionaries/en/words.txt", "two words on a line", "SaaS\nDev Ops\n", ":2: "},
        {"dictionaries/en/words.txt", "invalid UTF-8", "SaaS\n\xFF\n", ":2:1: invalid UTF-8"},
    };
    for (const Case& c : cases) {
        INFO((std::string(c.relative) + ": " + c.what));
        TempDir data;
        copyShippedData(data.path);
        const fs::path path = data.path / c.relative;
        if (c.contents)
            writeFile(path, *c.contents);
        else
            fs::remove(path);
        const Run r = lintCli(withCard({"--format", "json", "--no-spell"}), kStock,
                              {{"OVERTURE_DATA_DIR", data.path.string()}});
        const auto err = lines(r.err);
        REQUIRE(err.size() == 1);
        CHECK(err[0].rfind("overture-lint: " + path.string() + c.where, 0) == 0);
        CHECK(err[0].find("(using the built-in copy)") != std::string::npos);
        // The lint itself works with the built-in copy.
        CHECK(r.status == 1);
        CHECK(hasRule(checkedJson(r, kStock), "default-text"));
        if (c.contents)
            CHECK(slurp(path) == *c.contents);
        else
            CHECK_FALSE(fs::exists(path));
    }
}

TEST_CASE("hostile cli: a broken openers.json still lists the built-in openers") {
    for (const std::optional<std::string>& contents :
         {std::optional<std::string>(), std::optional<std::string>(""),
          std::optional<std::string>("{\"openers\": [{\"id\": \"a\","),
          std::optional<std::string>("{\"openers\": [{\"id\": \"a\", \"title\": \"t\"}]}")}) {
        INFO((contents ? "\"" + *contents + "\"" : std::string("missing")));
        TempDir data;
        copyShippedData(data.path);
        const fs::path path = data.path / "templates/openers.json";
        if (contents)
            writeFile(path, *contents);
        else
            fs::remove(path);
        const Run r = lintCli({"--openers", "--format", "json"}, "",
                              {{"OVERTURE_DATA_DIR", data.path.string()}});
        CHECK(r.status == 0);
        const auto err = lines(r.err);
        REQUIRE(err.size() == 1);
        CHECK(err[0].rfind("overture-lint: " + path.string() + ":", 0) == 0);
        CHECK(err[0].find("(using the built-in copy)") != std::string::npos);
        CHECK(nlohmann::json::parse(r.out).size() > 5);
        if (contents)
            CHECK(slurp(path) == *contents);
    }
}

TEST_CASE("hostile cli: a broken personal dictionary is reported and not overwritten") {
    TempDir dir;
    const fs::path dict = dir.path / "personal.dic";
    const std::string broken = "Northwind\nPriya Shah\n";
    writeFile(dict, broken);
    const Run r = lintCli(withCard({"--personal-dict", dict.string(), "--format", "json"}),
                          "Hi Priya, I enjoyed your talk. Would you like to stay in touch?");
    const auto err = lines(r.err);
    REQUIRE(err.size() == 1);
    CHECK(err[0].rfind("overture-lint: " + dict.string() + ":2: ", 0) == 0);
    CHECK((r.status == 0 || r.status == 1));
    CHECK(slurp(dict) == broken);
}

TEST_CASE("hostile cli: a broken history file is an input error naming the file") {
    TempDir dir;
    const fs::path history = dir.path / "history.json";
    for (const std::string& contents :
         {std::string(""), std::string("[{\"text\": 1}]"), std::string("[{\"text\": \"a\""),
          std::string("[{\"text\": \"a\", \"sent_at\": \"yesterday\"}]"),
          std::string("[{\"text\": \"a\", \"n\": 1e999}]")}) {
        INFO(contents);
        writeFile(history, contents);
        const Run r = lintCli({"--history", history.string(), "--no-spell"}, kStock);
        CHECK(r.status == 2);
        CHECK(r.err.rfind("overture-lint: " + history.string(), 0) == 0);
        CHECK(lines(r.err).size() == 1);
        CHECK(slurp(history) == contents);
    }
}

TEST_CASE("hostile cli: a --lang with no dictionary is exit 2 with one line, never a run "
          "without spelling") {
    // Before: spelling was quietly turned off and the run exited 0 or 1, so a typo in a
    // script's --lang passed unnoticed.
    for (const std::string& lang : {std::string("xx_XX"), std::string("../../etc/passwd"),
                                    std::string(""), std::string("en\nUS\x1b[2J")}) {
        INFO("--lang " << lang);
        const Run r = lintCli(withCard({"--lang", lang, "--format", "json"}),
                              "Hi Priya, I'd like to add you to my professional network on "
                              "LinkedIn. Thsi is mispelt.",
                              {{"DICPATH", "/nonexistent"}});
        const auto err = lines(r.err);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        REQUIRE(err.size() == 1);
        CHECK(err[0].rfind("overture-lint: --lang: ", 0) == 0);
        CHECK(err[0].find('\x1b') == std::string::npos); // no terminal escapes either
        CHECK((err[0].find("no Hunspell dictionary for " + overture::DataError::oneLine(lang)) !=
                   std::string::npos ||
               err[0].find("expected a dictionary name such as en_US") != std::string::npos));
    }
    // The same with --no-spell: the option is still checked.
    const Run r = lintCli(withCard({"--lang", "xx_XX", "--no-spell"}), "Hi Priya.");
    CHECK(r.status == 2);
}

TEST_CASE("hostile cli: an input that is a folder or missing is exit 2 with the reason") {
    TempDir dir;
    const Run folder = lintCli({dir.path.string()}, "");
    CHECK(folder.status == 2);
    CHECK(folder.err == "overture-lint: " + dir.path.string() + ": cannot read: Is a directory\n");
    const Run missing = lintCli({(dir.path / "nope.txt").string()}, "");
    CHECK(missing.status == 2);
    CHECK(missing.err == "overture-lint: " + (dir.path / "nope.txt").string() +
                             ": cannot read: No such file or directory\n");
}
