// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/history_file.hpp"

#include "data/file_io.hpp"

#include <chrono>
#include <memory>
#include <sqlite3.h>
#include <string_view>
#include <thread>

namespace overture::cli {

namespace {

// How long a read waits for the app to finish writing: SQLite's busy handler waits up
// to kBusyTimeoutMs per statement, and a statement that still finds the database busy
// is tried again, kAttempts times in all.
constexpr int kBusyTimeoutMs = 1000;
constexpr int kAttempts = 3;

bool looksLikeSqlite(std::string_view bytes) {
    return bytes.size() >= 16 && bytes.substr(0, 15) == "SQLite format 3";
}

std::string column(sqlite3_stmt* stmt, int i) {
    const auto* text = sqlite3_column_text(stmt, i);
    return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text));
}

bool isBusy(int rc) {
    return (rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_LOCKED;
}

// Our words for SQLite's result codes (its own text, "database is locked", is not a
// sentence a person can act on).
std::string describe(int rc) {
    switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the database is busy (Overture is writing to it); try again in a moment";
    case SQLITE_NOTADB:
        return "not an SQLite database";
    case SQLITE_CORRUPT:
        return "the database is damaged";
    case SQLITE_CANTOPEN:
        return "cannot open the database";
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_READONLY:
        return "permission denied";
    case SQLITE_IOERR:
        return "a read error";
    case SQLITE_NOMEM:
        return "out of memory";
    default:
        return "cannot read the database (SQLite error " + std::to_string(rc & 0xFF) + ")";
    }
}

using Db = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;
using Stmt = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// One attempt at reading every note; returns SQLITE_DONE or the failing result code.
int readNotes(sqlite3* db, NoteHistory& history, bool& noTable) {
    sqlite3_stmt* raw = nullptr;
    const char* sql =
        "SELECT text, name, company, relationship, sent_at FROM sent_notes ORDER BY id";
    int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    const Stmt stmt(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK) {
        // A prepare that fails with a plain error on a readable file: no such table.
        noTable = rc == SQLITE_ERROR;
        return rc;
    }
    NoteHistory notes;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
        notes.add(PastNote{column(stmt.get(), 0), column(stmt.get(), 1), column(stmt.get(), 2),
                           column(stmt.get(), 3), column(stmt.get(), 4)});
    if (rc == SQLITE_DONE)
        history = std::move(notes);
    return rc;
}

IoResult<NoteHistory> readDatabase(const std::string& path) {
    sqlite3* raw = nullptr;
    // Read-only: the CLI must never change (or lock for writing) the app's history.
    int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const Db db(raw, &sqlite3_close);
    if (rc != SQLITE_OK)
        return ioError(path + ": cannot open the history database: " + describe(rc));
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
    NoteHistory history;
    for (int attempt = 1;; ++attempt) {
        bool noTable = false;
        rc = readNotes(db.get(), history, noTable);
        if (rc == SQLITE_DONE)
            return history;
        if (noTable)
            return ioError(path + ": not an Overture history database (it has no sent notes)");
        if (!isBusy(rc) || attempt == kAttempts)
            return ioError(path + ": cannot read the history database: " + describe(rc));
        std::this_thread::sleep_for(std::chrono::milliseconds(100 * attempt));
    }
}

} // namespace

IoResult<NoteHistory> readHistoryFile(const std::string& path) {
    if (path.empty())
        return ioError("--history: expected a file name, got an empty one");
    // Only a regular file: a FIFO nobody writes to would block for ever.
    const IoResult<std::string> header = readFileStart(path, 16);
    if (!header)
        return IoError{header.error()};
    if (looksLikeSqlite(header.value()))
        return readDatabase(path);
    const IoResult<std::string> bytes = readRegularFile(path, kMaxHistoryBytes);
    if (!bytes)
        return IoError{bytes.error()};
    try { // the parser throws; this is its loader's boundary
        return NoteHistory::fromJson(bytes.value(), path);
    } catch (const DataError& e) {
        return ioError(e.what());
    }
}

} // namespace overture::cli
