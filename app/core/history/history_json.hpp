// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The history's JSON export, read and written a note at a time: an array of
// {"text","name","company","relationship","sent_at"}. A 200 000-note export is about
// 60 MB; nlohmann's DOM of it took several hundred MB, so the reader is a SAX handler that
// builds the notes directly and the writer streams them.
#pragma once

#include "history/note_history.hpp"

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace overture {

// Calls `add` with each note of `json`, in order. Throws DataError naming `source` and
// the line and column (syntax) or the note's field ("[3].sent_at: expected an ISO 8601
// date ...").
void readHistoryJson(std::string_view json, const std::string& source,
                     const std::function<void(PastNote&&)>& add);

// Writes `notes` as the export's JSON, one note per line, without building a document.
// `progress` (may be empty) is called every 1000 notes with the number written so far;
// returning false stops the export early (a cancelled export).
bool writeHistoryJson(std::ostream& out, const std::vector<PastNote>& notes,
                      const std::function<bool(std::size_t)>& progress = {});

} // namespace overture
