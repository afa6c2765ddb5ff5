// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rows of a batch file (overture-lint --batch FILE): one note with its recipient card
// per row, as JSON Lines or as CSV with a header, the columns
//   text,name,company,role,relationship,context,reason,limit
// (any order, any subset that includes text). A row that cannot be used is kept as an
// error with its row and line number, so the run reports it and goes on with the next.
#pragma once

#include "model/recipient.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overture::cli {

enum class BatchFormat { JsonLines, Csv };

struct BatchRow {
    std::size_t row = 0;  // 1-based, counting notes (a CSV header is not a row)
    std::size_t line = 0; // 1-based line of the file where the row starts
    std::string text;
    Recipient card;
    std::string error; // one line; when set, text and card are not to be used
};

struct BatchFile {
    BatchFormat format = BatchFormat::JsonLines;
    std::vector<BatchRow> rows;
    std::string error; // the file as a whole cannot be read (a CSV header without text)
};

// JSON Lines for *.jsonl, *.ndjson and *.json, CSV for *.csv; otherwise (standard input,
// another extension) JSON Lines when the first character that is not white space is '{'.
BatchFormat detectBatchFormat(const std::string& name, std::string_view contents);

// Parses `contents`; `defaults` is the card from the command line, which each row's
// columns override. Messages name `name` ("notes.csv: row 4 (line 5): ...").
BatchFile parseBatch(const std::string& name, std::string_view contents, const Recipient& defaults);

} // namespace overture::cli
