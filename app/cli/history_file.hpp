// Reads the notes already sent for --history: either the app's JSON export or the app's
// SQLite database itself (recognised by its header), so a person can check a batch of
// templates against what they really sent.
#pragma once

#include "history/note_history.hpp"

#include <string>

namespace overture::cli {

// Throws DataError with a one-line message naming the file.
NoteHistory readHistoryFile(const std::string& path);

} // namespace overture::cli
