// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// overture-lint --batch FILE: many notes with their cards in one run, as JSON Lines or
// CSV; one result per row, bad rows reported by number without stopping, exit 1 when a
// row has a finding at warning or above, a progress line only on a terminal.
#include "cli_support.hpp"

#include <poll.h>
#include <pty.h>

using namespace overture::clitest;

namespace {

std::vector<nlohmann::json> jsonLines(const std::string& out) {
    std::vector<nlohmann::json> rows;
    std::size_t start = 0;
    while (start < out.size()) {
        const auto end = out.find('\n', start);
        const std::string line = out.substr(start, end - start);
        INFO("line: " << line);
        REQUIRE(nlohmann::json::accept(line));
        rows.push_back(nlohmann::json::parse(line));
        start = end == std::string::npos ? out.size() : end + 1;
    }
    return rows;
}

std::vector<std::string> stderrLines(const std::string& err) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < err.size()) {
        const auto end = err.find('\n', start);
        lines.push_back(err.substr(start, end - start));
        start = end == std::string::npos ? err.size() : end + 1;
    }
    return lines;
}

const std::string kStock = "I'd like to add you to my professional network on LinkedIn.";

} // namespace

TEST_CASE("cli --batch: JSON Lines, one result per row with its row number and its own card") {
    nlohmann::json good = {
        {"text", kGoodNote}, {"name", "Hannah"}, {"relationship", "met-in-person"}};
    nlohmann::json stock = {{"text", kStock}, {"name", "Priya Shah"}};
    nlohmann::json friendClaim = {{"text", "Hi Tom, great to see you again at the meetup!"},
                                  {"name", "Tom"},
                                  {"relationship", "never-interacted"},
                                  {"limit", 200}};
    const auto file = writeFile("notes.jsonl", good.dump() + "\n" + stock.dump() + "\n\n" +
                                                   friendClaim.dump() + "\n");
    const Run r = lint({"--no-spell", "--format", "json", "--batch", file.string()});
    INFO(r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.err.empty());
    const auto rows = jsonLines(r.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0]["row"] == 1);
    CHECK(rows[0]["ready"] == true);
    CHECK(rows[1]["row"] == 2);
    CHECK(hasRule(rows[1], "default-text"));
    CHECK(rows[2]["row"] == 3);
    CHECK(rows[2]["stats"]["limit"] == 200);
    CHECK(hasRule(rows[2], "false-relationship")); // the row's relationship, not a default
}

TEST_CASE("cli --batch: CSV with a header, quoted commas, line breaks and CRLF") {
    const std::string csv = "name,relationship,text\r\n"
                            "Hannah,met-in-person,\"" +
                            kGoodNote +
                            "\"\r\n"
                            "Priya Shah,,\"Hi Priya,\nI'd like to add you to my professional "
                            "network on LinkedIn.\"\r\n";
    const auto file = writeFile("notes.csv", csv);
    const Run r = lint({"--no-spell", "--format", "json", "--batch", file.string()});
    INFO(r.err);
    CHECK(r.exitCode == 1);
    const auto rows = jsonLines(r.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0]["ready"] == true);
    CHECK(hasRule(rows[1], "default-text"));
    // The quoted line break is part of the note: 9 + 1 + 59 characters.
    CHECK(rows[1]["stats"]["characters"] == 69);
}

TEST_CASE("cli --batch: bad rows are reported by row number and the rest is still checked") {
    const std::string csv = "text,relationship,limit\n"
                            "\"" +
                            kGoodNote +
                            "\",met-in-person,300\n"
                            "Hello there,friend,300\n"         // unknown relationship
                            "Hello again,met-in-person,lots\n" // limit not a number
                            "only,two\n"                       // wrong number of fields
                            "\"" +
                            kStock + "\",,\n"; // still checked
    const auto file = writeFile("bad-rows.csv", csv);
    const Run r = lint({"--no-spell", "--format", "json", "--batch", file.string()});
    CHECK(r.exitCode == 2); // an input error, after every row was looked at
    const auto rows = jsonLines(r.out);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].contains("findings"));
    CHECK(rows[1]["error"].get<std::string>().find("row 2 (line 3): relationship: unknown "
                                                   "relationship \"friend\"") != std::string::npos);
    CHECK(rows[2]["error"].get<std::string>().find("row 3 (line 4): limit: expected a number") !=
          std::string::npos);
    CHECK(rows[3]["error"].get<std::string>().find("row 4 (line 5): has 2 fields; the header "
                                                   "has 3") != std::string::npos);
    CHECK(hasRule(rows[4], "default-text"));
    const auto err = stderrLines(r.err);
    REQUIRE(err.size() == 3);
    CHECK(err[0] == "overture-lint: " + file.string() +
                        ": row 2 (line 3): relationship: unknown relationship \"friend\" "
                        "(expected met-in-person, worked-together, studied-together, "
                        "did-business, shared-group, mutual-connection, follows-their-work or "
                        "never-interacted)");
}

TEST_CASE("cli --batch: JSON Lines rows that are not notes") {
    const auto file = writeFile("odd.jsonl", "{\"text\": \"Hi Ana.\"}\n"
                                             "not json\n"
                                             "[1, 2]\n"
                                             "{\"note\": \"Hi\"}\n"
                                             "{\"name\": \"Ana\"}\n"
                                             "{\"text\": 5}\n"
                                             "{\"text\": \"Hi Ana.\", \"limit\": \"200\"}\n");
    const Run r = lint({"--no-spell", "--format", "json", "--batch", file.string()});
    CHECK(r.exitCode == 2);
    const auto err = stderrLines(r.err);
    REQUIRE(err.size() == 5);
    const std::string at = "overture-lint: " + file.string() + ": ";
    CHECK(err[0] == at + "row 2 (line 2): not valid JSON");
    CHECK(err[1].rfind(at + "row 3 (line 3): expected an object", 0) == 0);
    CHECK(err[2] == at + "row 4 (line 4): unknown field \"note\" (expected text, name, company, "
                         "role, relationship, context, reason, limit)");
    CHECK(err[3] == at + "row 5 (line 5): text: missing; every row needs the note's text");
    CHECK(err[4] == at + "row 6 (line 6): text: expected a string");
    const auto rows = jsonLines(r.out);
    REQUIRE(rows.size() == 7);
    CHECK(rows[6]["stats"]["limit"] == 200);
}

TEST_CASE("cli --batch: the command line's card is the default for every row") {
    const auto file = writeFile(
        "defaults.jsonl", nlohmann::json{{"text", kGoodNote}}.dump() + "\n" +
                              nlohmann::json{{"text", kGoodNote}, {"limit", 100}}.dump() + "\n");
    std::vector<std::string> args = kGoodCard;
    args.insert(args.end(), {"--no-spell", "--format", "json", "--batch", file.string()});
    const Run r = lint(args);
    const auto rows = jsonLines(r.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0]["ready"] == true);
    CHECK(rows[1]["stats"]["limit"] == 100); // the row's own limit wins
    CHECK(hasRule(rows[1], "length"));
    CHECK(r.exitCode == 1);
}

TEST_CASE("cli --batch: exit 0 when every row is ready; a summary table in text") {
    const auto file = writeFile("clean.csv", "text,name,relationship\n\"" + kGoodNote +
                                                 "\",Hannah,met-in-person\n\"" + kGoodNote +
                                                 "\",Hannah,met-in-person\n");
    const Run r = lint({"--no-spell", "--batch", file.string()});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.rfind("   row  chars/limit  errors  warnings  hints  status", 0) == 0);
    CHECK(r.out.find("\n     1    ") != std::string::npos);
    CHECK(r.out.find("ready") != std::string::npos);
    CHECK(r.out.find("2 notes: 2 ready, 0 not ready, 0 bad rows\n") != std::string::npos);

    const auto mixed = writeFile("mixed.csv", "text\n\"" + kStock + "\"\n");
    const Run m = lint({"--no-spell", "--batch", mixed.string()});
    CHECK(m.exitCode == 1);
    CHECK(m.out.find("not ready  ") != std::string::npos);
    CHECK(m.out.find("default-text") != std::string::npos);
}

TEST_CASE("cli --batch: from standard input, and what the whole file can get wrong") {
    const Run in = lint({"--no-spell", "--format", "json", "--batch", "-"},
                        nlohmann::json{{"text", kStock}}.dump() + "\n");
    CHECK(in.exitCode == 1);
    CHECK(jsonLines(in.out).size() == 1);

    const auto unknownColumn = writeFile("columns.csv", "text,nmae\nHi,Ana\n");
    const Run u = lint({"--batch", unknownColumn.string()});
    CHECK(u.exitCode == 2);
    CHECK(u.out.empty());
    CHECK(u.errLine() == "overture-lint: " + unknownColumn.string() +
                             ":1: unknown column \"nmae\" (expected text, name, company, role, "
                             "relationship, context, reason, limit)");
    const auto noText = writeFile("notext.csv", "name\nAna\n");
    CHECK(lint({"--batch", noText.string()}).errLine() ==
          "overture-lint: " + noText.string() +
              ":1: no \"text\" column (expected text, name, company, role, relationship, "
              "context, reason, limit)");
    const Run missing = lint({"--batch", (scratchDir() / "nope.csv").string()});
    CHECK(missing.exitCode == 2);
    CHECK(missing.errLine() == "overture-lint: " + (scratchDir() / "nope.csv").string() +
                                   ": cannot read: No such file or directory");
    const Run both = lint({"--batch", unknownColumn.string(), "note.txt"});
    CHECK(both.exitCode == 2);
    CHECK(both.errLine().find("--batch reads the notes from its FILE") != std::string::npos);
}

TEST_CASE("cli --batch: a progress line on standard error only when it is a terminal") {
    std::string lines;
    for (int i = 0; i < 600; ++i)
        lines += nlohmann::json{{"text", kGoodNote}, {"name", "Hannah"}}.dump() + "\n";
    const auto file = writeFile("progress.jsonl", lines);
    // Not a terminal (a file): no progress, nothing on stderr.
    const Run plain = lint({"--no-spell", "--format", "json", "--batch", file.string()});
    CHECK(plain.err.empty());
    CHECK(jsonLines(plain.out).size() == 600);

    // A terminal: run with stderr on a pseudo-terminal, stdout to a file.
    const auto outPath = scratchDir() / "progress-out";
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, 1);
        ::setenv("XDG_DATA_HOME", (scratchDir() / "xdg").c_str(), 1);
        ::execl(OVERTURE_LINT_BINARY, OVERTURE_LINT_BINARY, "--no-spell", "--format", "json",
                "--batch", file.c_str(), static_cast<char*>(nullptr));
        ::_exit(126);
    }
    std::string terminal;
    char buffer[4096];
    for (;;) {
        pollfd p{master, POLLIN, 0};
        if (::poll(&p, 1, 20000) <= 0)
            break;
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO once the child has exited
        terminal.append(buffer, static_cast<std::size_t>(n));
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(master);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(terminal.find("overture-lint: 256 of 600 notes") != std::string::npos);
    CHECK(terminal.find("\n") == std::string::npos); // one line, rewritten in place
    CHECK(jsonLines(slurp(outPath)).size() == 600);
}
