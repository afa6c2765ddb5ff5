// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Usage and input errors: exit 2 with one line on stderr that says what was wrong, and
// nothing on stdout a script could mistake for a report.
#include "cli_support.hpp"

#include <fstream>

using namespace overture::clitest;

namespace {

void expectUsageError(const std::vector<std::string>& args, const std::string& needle,
                      const std::string& input = "Hi Ana, I read your post.") {
    const Run r = lint(args, input);
    std::string shown;
    for (const auto& a : args)
        shown += a + " ";
    INFO("args: " << shown << "\nstderr: " << r.err << "\nstdout: " << r.out);
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK(r.errLine().rfind("overture-lint: ", 0) == 0);
    CHECK(r.errLine().find('\n') == std::string::npos);
    CHECK(r.err.find(needle) != std::string::npos);
}

} // namespace

TEST_CASE("cli errors: unknown and malformed options") {
    expectUsageError({"--frobnicate", "-"}, "unknown option \"--frobnicate\"");
    expectUsageError({"-x", "-"}, "unknown option \"-x\"");
    expectUsageError({"--name"}, "--name needs a value");
    expectUsageError({"--format", "xml", "-"}, "--format: expected text or json, got \"xml\"");
    expectUsageError({"--format"}, "--format needs a value");
    expectUsageError({"a.txt", "b.txt"}, "more than one input file");
    expectUsageError({"--disable", "placeholder,no-such-rule", "-"},
                     "--disable: unknown rule \"no-such-rule\"");
}

TEST_CASE("cli errors: an unknown relationship names the ones that exist") {
    expectUsageError({"--relationship", "friend", "-"}, "unknown relationship \"friend\"");
    const Run r = lint({"--relationship", "friend", "-"});
    for (const char* rel :
         {"met-in-person", "worked-together", "studied-together", "did-business", "shared-group",
          "mutual-connection", "follows-their-work", "never-interacted"})
        CHECK_MESSAGE(r.err.find(rel) != std::string::npos, rel);
}

TEST_CASE("cli errors: a limit must be a positive number") {
    for (const char* bad : {"abc", "0", "-5", "300x", "", "1000001"}) {
        CAPTURE(bad);
        expectUsageError({"--limit", bad, "-"}, "--limit: expected a number of characters");
    }
    expectUsageError({"--limit=", "-"}, "--limit: expected a number");
}

TEST_CASE("cli errors: an unreadable input file") {
    const std::string missing = (scratchDir() / "no-such-note.txt").string();
    expectUsageError({missing}, missing + ": cannot read: No such file or directory");
    // A folder is not a note either.
    const Run dir = lint({scratchDir().string()});
    CHECK(dir.exitCode == 2);
    CHECK(dir.out.empty());
    CHECK(dir.err.find(scratchDir().string()) != std::string::npos);
    if (::geteuid() != 0) { // root reads anything
        const auto locked = writeFile("locked.txt", "Hi Ana.");
        std::filesystem::permissions(locked, std::filesystem::perms::none);
        expectUsageError({locked.string()}, locked.string() + ": cannot read");
    }
}

TEST_CASE("cli errors: invalid UTF-8 gives the byte offset") {
    expectUsageError({"-"}, "standard input: invalid UTF-8 at byte 3", "Hi \xC3 there");
    expectUsageError({"-"}, "standard input: invalid UTF-8 at byte 0", "\xFF");
    expectUsageError({"-"}, "invalid UTF-8 at byte 7", "Hi Zo\xC3\xA9\xED\xA0\x80"); // surrogate
    expectUsageError({"-"}, "invalid UTF-8 at byte 5", "caf\xC3\xA9\xC0\xAF");       // overlong
    const auto file = writeFile("latin1.txt", "Hi Zo\xEB, I read your post.");
    expectUsageError({file.string()}, file.string() + ": invalid UTF-8 at byte 5");
}

TEST_CASE("cli errors: a broken history file names the file and the field") {
    const std::string bad = (dataDir() / "broken" / "history_bad_date.json").string();
    expectUsageError({"--no-spell", "--history", bad, "-"},
                     bad + ": [1].sent_at: expected an ISO 8601 date");
    const std::string syntax = (dataDir() / "broken" / "history_syntax.json").string();
    expectUsageError({"--no-spell", "--history", syntax, "-"}, syntax + ":2:45: syntax error");
    const std::string missing = (scratchDir() / "no-history.json").string();
    expectUsageError({"--no-spell", "--history", missing, "-"}, missing + ": cannot read");
}

TEST_CASE("cli errors: broken data files are reported, and the built-in copies used") {
    // A data folder whose stock-text patterns have a syntax error: one line naming
    // file:line:col on stderr, then the lint runs with the built-in language pack.
    const auto dir = scratchDir() / "data";
    const auto patterns = dir / "dictionaries" / "en" / "patterns";
    std::filesystem::create_directories(patterns);
    std::filesystem::create_directories(dir / "templates");
    std::filesystem::copy(std::filesystem::path(OVERTURE_SOURCE_DIR) / "dictionaries",
                          dir / "dictionaries",
                          std::filesystem::copy_options::recursive |
                              std::filesystem::copy_options::overwrite_existing);
    {
        std::ofstream broken(patterns / "default-text.json");
        broken << "{\n  \"rule\": \"default-text\",\n  \"groups\": [\n    {\"patterns\": "
                  "[\"a\"],}\n  ]\n}\n";
    }
    const Run r = lint({"--format", "json", "-"},
                       "I'd like to add you to my professional network on LinkedIn.",
                       {{"OVERTURE_DATA_DIR", dir.string()}});
    INFO(r.err);
    CHECK(r.exitCode == 1);
    const std::string file = (patterns / "default-text.json").string();
    CHECK(r.err.find("overture-lint: " + file + ":4:") != std::string::npos);
    CHECK(r.err.find("syntax error") != std::string::npos);
    CHECK(hasRule(r.json(), "default-text"));
}
