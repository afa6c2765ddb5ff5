// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// --history also takes the app's SQLite database itself (not only its JSON export), read
// only, so a person can check a batch of templates against what they really sent.
#include "cli_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace overture::clitest;

namespace {
// A database with the app's schema (app/gui/history_store.cpp, schema version 1).
std::string makeDatabase(const std::string& name) {
    const auto path = (scratchDir() / name).string();
    std::filesystem::remove(path);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    const char* sql =
        "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES "
        "(1);"
        "CREATE TABLE sent_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL,"
        " name TEXT NOT NULL DEFAULT '', company TEXT NOT NULL DEFAULT '', relationship TEXT NOT "
        "NULL DEFAULT '',"
        " note_limit INTEGER NOT NULL DEFAULT 300, sent_at TEXT NOT NULL);"
        "INSERT INTO sent_notes (text, name, company, relationship, sent_at) VALUES"
        " ('Hi Priya, I enjoyed your talk on data contracts at the Leeds meetup. I am building "
        "something similar and would like to connect.',"
        "  'Priya Shah', 'Northwind', 'met-in-person', '2026-11-20T10:00:00Z'),"
        " ('Hi Ana, I enjoyed your talk on data contracts at the Leeds meetup. I am building "
        "something similar and would like to connect.',"
        "  'Ana Lopez', 'Contoso', 'met-in-person', '2026-11-22T10:00:00Z');";
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const std::string why = error != nullptr ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE_MESSAGE(rc == SQLITE_OK, why);
    return path;
}
} // namespace

TEST_CASE(
    "cli --history reads the app's database: the same note to a third person is repeated-note") {
    const std::string db = makeDatabase("history.sqlite");
    const Run r =
        lint({"--no-spell", "--format", "json", "--name", "Tom Berg", "--history", db, "-"},
             "Hi Tom, I enjoyed your talk on data contracts at the Leeds meetup. I am building "
             "something "
             "similar and would like to connect.");
    CHECK(r.exitCode == 1);
    const auto report = nlohmann::json::parse(r.out);
    REQUIRE(hasRule(report, "repeated-note"));
    std::string message;
    for (const auto& f : report["findings"])
        if (f["rule"] == "repeated-note")
            message = f["message"];
    CHECK(message.find("2 people") != std::string::npos);
    CHECK(message.find("Ana Lopez") != std::string::npos); // the latest of them
}

TEST_CASE("cli --history on the database: writing to the same person again is already-invited") {
    const std::string db = makeDatabase("history-again.sqlite");
    const Run r = lint(
        {"--no-spell", "--format", "json", "--name", "Priya Shah", "--company", "Northwind",
         "--history", db, "-"},
        "Hi Priya, we spoke about schema registries after your Leeds talk; I would value your view "
        "on our rollout. Would you be open to connecting?");
    const auto report = nlohmann::json::parse(r.out);
    CHECK(hasRule(report, "already-invited"));
    CHECK_FALSE(hasRule(report, "repeated-note"));
}

TEST_CASE("cli --history on a file that only looks like a database is an input error") {
    const auto path =
        writeFile("fake.sqlite", std::string("SQLite format 3") + '\0' + std::string(200, 'x'));
    const Run r = lint({"--no-spell", "--history", path.string(), "-"}, "Hello there.");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find(path.string()) != std::string::npos);
}
