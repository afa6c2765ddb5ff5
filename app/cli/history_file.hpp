// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reads the notes already sent for --history: either the app's JSON export or the app's
// SQLite database itself (recognised by its header), so a person can check a batch of
// templates against what they really sent.
#pragma once

#include "data/io_result.hpp"
#include "history/note_history.hpp"

#include <string>

namespace overture::cli {

// A JSON export is read as a stream of notes (no document in memory), so this bound is
// for the file, not for a DOM: about 1 000 000 notes.
inline constexpr std::size_t kMaxHistoryBytes = std::size_t{256} * 1024U * 1024U;

// The notes, or one line naming the file: it is missing, not a regular file, too large,
// not valid JSON (line and column), a note's field is wrong, or the database is busy,
// damaged or not Overture's. Never SQLite's own words.
IoResult<NoteHistory> readHistoryFile(const std::string& path);

} // namespace overture::cli
