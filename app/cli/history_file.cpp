#include "cli/history_file.hpp"

#include "data/json_file.hpp"

#include <array>
#include <fstream>
#include <sqlite3.h>
#include <string_view>

namespace overture::cli {

namespace {

// A JSON export of 64 MiB holds about 200 000 notes; nlohmann's DOM of it already takes
// several hundred MB, so a larger file is refused with one line instead.
constexpr std::size_t kMaxHistoryBytes = std::size_t{64} * 1024U * 1024U;

bool isSqliteFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::array<char, 16> header{};
    in.read(header.data(), header.size());
    return in.gcount() == 16 && std::string_view(header.data(), 15) == "SQLite format 3";
}

std::string column(sqlite3_stmt* stmt, int i) {
    const auto* text = sqlite3_column_text(stmt, i);
    return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text));
}

NoteHistory readDatabase(const std::string& path) {
    sqlite3* db = nullptr;
    // Read-only: the CLI must never change (or lock for writing) the app's history.
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const std::string why = db != nullptr ? sqlite3_errmsg(db) : "cannot open";
        sqlite3_close(db);
        throw DataError(path + ": cannot open the history database: " + why);
    }
    sqlite3_stmt* stmt = nullptr;
    const char* sql =
        "SELECT text, name, company, relationship, sent_at FROM sent_notes ORDER BY id";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        const std::string why = sqlite3_errmsg(db);
        sqlite3_close(db);
        throw DataError(path + ": not an Overture history database: " + why);
    }
    NoteHistory history;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        history.add(PastNote{column(stmt, 0), column(stmt, 1), column(stmt, 2), column(stmt, 3),
                             column(stmt, 4)});
    const std::string why = rc == SQLITE_DONE ? std::string() : sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    if (!why.empty())
        throw DataError(path + ": cannot read the history database: " + why);
    return history;
}

} // namespace

NoteHistory readHistoryFile(const std::string& path) {
    if (isSqliteFile(path))
        return readDatabase(path);
    return NoteHistory::fromJson(readDataFile(path, kMaxHistoryBytes), path);
}

} // namespace overture::cli
