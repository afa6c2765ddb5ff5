// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line, grown up: every mistake is exit 2 with one line of our own
// words, `--` ends the options, and the help's relationships come from the model's list.
// Each case here exited 0, hung, or printed a library's text before.
#include "cli_support.hpp"
#include "model/relationship.hpp"

#include <chrono>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>

using namespace overture::clitest;

namespace {

// Exit 2, nothing on stdout, one line on stderr that is exactly `line`.
void expectOneLine(const Run& r, const std::string& line) {
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK(r.errLine() == "overture-lint: " + line);
    CHECK(r.errLine().find('\n') == std::string::npos);
}

const std::string kNote = "Hi Ana, I read your post on the Leeds meetup.";

} // namespace

TEST_CASE("cli mistakes: -- ends the options, so a file may be called --name or -note.txt") {
    const auto dashFile = writeFile("-note.txt", kGoodNote);
    const auto cwd = std::filesystem::current_path();
    std::filesystem::current_path(dashFile.parent_path());
    std::vector<std::string> args = kGoodCard;
    args.insert(args.end(), {"--format", "json", "--", "-note.txt"});
    const Run r = lint(args);
    std::filesystem::current_path(cwd);
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.json()["stats"]["characters"] == kGoodNote.size());

    // Without --, the same name is an unknown option.
    const Run unknown = lint({"-note.txt"});
    expectOneLine(unknown, "unknown option \"-note.txt\" (see --help)");

    // After --, a second name is a second input, not an option.
    const Run two = lint({"--", "a.txt", "--name"});
    expectOneLine(two, "more than one input file (\"a.txt\" and \"--name\")");
}

TEST_CASE("cli mistakes: the help lists every relationship of the model, and nothing raw") {
    const Run help = lint({"--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.rfind("usage: overture-lint", 0) == 0);
    // The text between "how you know them:" and the next option, unwrapped.
    const auto from = help.out.find("how you know them:");
    REQUIRE(from != std::string::npos);
    std::string listed = help.out.substr(from, help.out.find("--context", from) - from);
    std::string flat;
    for (const char c : listed)
        if (c != '\n' && (c != ' ' || (!flat.empty() && flat.back() != ' ')))
            flat += c;
    for (const auto rel : overture::kAllRelationships)
        CHECK_MESSAGE(flat.find(std::string(overture::relationshipId(rel))) != std::string::npos,
                      overture::relationshipId(rel));
    CHECK(help.out.find("--batch") != std::string::npos);
    CHECK(help.out.find("--") != std::string::npos);
    // The error for a wrong relationship names the same list, in the same order.
    const Run wrong = lint({"--relationship", "friend", "-"}, kNote);
    std::string expected = "--relationship: unknown relationship \"friend\" (expected ";
    for (std::size_t i = 0; i < overture::kAllRelationships.size(); ++i)
        expected += std::string(i == 0                                        ? ""
                                : i + 1 == overture::kAllRelationships.size() ? " or "
                                                                              : ", ") +
                    std::string(overture::relationshipId(overture::kAllRelationships[i]));
    expectOneLine(wrong, expected + ")");
}

TEST_CASE("cli mistakes: an empty file name is named as such, never \"overture-lint: : ...\"") {
    expectOneLine(lint({"--history", "", "-"}, kNote),
                  "--history: expected a file name, got an empty one");
    expectOneLine(lint({"--history=", "-"}, kNote),
                  "--history: expected a file name, got an empty one");
    expectOneLine(lint({"--personal-dict", "", "-"}, kNote),
                  "--personal-dict: expected a file name, got an empty one");
    expectOneLine(lint({"--batch", ""}), "--batch: expected a file name, got an empty one");
    expectOneLine(lint({""}), "the input file name is empty (use - for standard input)");
}

TEST_CASE("cli mistakes: a closed standard input is exit 2, not an empty note") {
    const Run r = lint({"--no-spell", "-"}, kNote, {}, Streams{.closeInput = true});
    expectOneLine(r, "standard input is closed (give a FILE, or - with input)");
    // A batch read from the closed standard input too.
    expectOneLine(lint({"--batch", "-"}, "", {}, Streams{.closeInput = true}),
                  "standard input is closed (give a FILE, or - with input)");
    // A FILE still works with standard input closed.
    const auto file = writeFile("closed-stdin.txt", kGoodNote);
    std::vector<std::string> args = kGoodCard;
    args.push_back(file.string());
    CHECK(lint(args, "", {}, Streams{.closeInput = true}).exitCode == 0);
}

TEST_CASE("cli mistakes: output that cannot be written is exit 2 for every command") {
    if (!std::filesystem::exists("/dev/full"))
        return;
    const std::vector<std::vector<std::string>> commands = {
        {"--help"},          {"--version"},
        {"--list-rules"},    {"--list-rules", "--format", "json"},
        {"--openers"},       {"--openers", "--format", "json"},
        {"--no-spell", "-"}, {"--no-spell", "--format", "json", "-"},
    };
    for (const auto& command : commands) {
        CAPTURE(command.front());
        CAPTURE(command.back());
        const Run r = lint(command, kNote, {}, Streams{.outputPath = "/dev/full"});
        CHECK(r.exitCode == 2);
        CHECK(r.errLine() ==
              "overture-lint: standard output: cannot write: No space left on device");
    }
    // Standard output closed altogether: nothing could be written either.
    const Run closed = lint({"--version"}, "", {}, Streams{.closeOutput = true});
    CHECK(closed.exitCode == 2);
    CHECK(closed.errLine() == "overture-lint: standard output is closed; nothing could be written");
}

TEST_CASE("cli mistakes: a flag given a value, an option missing its value") {
    expectOneLine(lint({"--no-spell=yes", "-"}, kNote), "--no-spell takes no value");
    expectOneLine(lint({"--version=2"}), "--version takes no value");
    expectOneLine(lint({"--history"}), "--history needs a value");
    expectOneLine(lint({"--batch"}), "--batch needs a value");
    expectOneLine(lint({"--frob=3", "-"}, kNote), "unknown option \"--frob\" (see --help)");
    // The last of a repeated option wins, as before.
    const Run twice = lint({"--format", "text", "--format", "json", "--no-spell", "-"}, kNote);
    CHECK(twice.json().contains("findings"));
}

TEST_CASE("cli mistakes: --history that is a FIFO is refused at once instead of waiting") {
    const auto fifo = scratchDir() / "history.fifo";
    std::filesystem::remove(fifo);
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto start = std::chrono::steady_clock::now();
    const Run r = lint({"--no-spell", "--history", fifo.string(), "-"}, kNote);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
    expectOneLine(r, fifo.string() + ": cannot read: it is a FIFO, not a regular file");
    std::filesystem::remove(fifo);
}

namespace {

std::filesystem::path makeHistoryDatabase(const std::string& name) {
    const auto path = scratchDir() / name;
    std::filesystem::remove(path);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "CREATE TABLE sent_notes (id INTEGER PRIMARY KEY, text TEXT, name TEXT, "
                         "company TEXT, relationship TEXT, note_limit INTEGER, sent_at TEXT);"
                         "INSERT INTO sent_notes (text, name, company, relationship, note_limit, "
                         "sent_at) VALUES ('Hi Ana, I read your post on the Leeds meetup.', "
                         "'Ana', '', '', 300, '2026-11-20T10:00:00Z');",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    return path;
}

} // namespace

TEST_CASE("cli mistakes: a history database locked by the app: waited for, then our own words") {
    const auto path = makeHistoryDatabase("locked.sqlite");
    sqlite3* holder = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &holder) == SQLITE_OK);
    // An exclusive transaction, as the app holds while it writes: readers get SQLITE_BUSY.
    REQUIRE(sqlite3_exec(holder, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);

    SUBCASE("released within a second: the run waits and sees the note") {
        std::thread release([holder] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
        });
        const Run r = lint(
            {"--no-spell", "--name", "Ana", "--history", path.string(), "--format", "json", "-"},
            "Hi Ana, I read your post on the Leeds meetup and would like to connect.");
        release.join();
        INFO(r.err);
        CHECK(r.err.empty());
        CHECK(hasRule(r.json(), "already-invited"));
    }
    SUBCASE("held throughout: exit 2 with a sentence, not SQLite's \"database is locked\"") {
        const Run r = lint({"--no-spell", "--history", path.string(), "-"}, kNote);
        expectOneLine(r, path.string() + ": cannot read the history database: the database is busy "
                                         "(Overture is writing to it); try again in a moment");
        CHECK(r.err.find("database is locked") == std::string::npos);
        sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_close(holder);
}

TEST_CASE("cli mistakes: a database that is not Overture's, in our words") {
    const auto path = scratchDir() / "other.sqlite";
    std::filesystem::remove(path);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const Run r = lint({"--no-spell", "--history", path.string(), "-"}, kNote);
    expectOneLine(r, path.string() + ": not an Overture history database (it has no sent notes)");
    CHECK(r.err.find("no such table") == std::string::npos);
}
