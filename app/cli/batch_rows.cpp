// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/batch_rows.hpp"

#include "cli/card_fields.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace overture::cli {

namespace {

std::string columnList() {
    std::string out = "text";
    for (const auto field : kCardFields)
        out += ", " + std::string(field);
    return out;
}

bool isColumn(std::string_view name) {
    return name == "text" ||
           std::find(kCardFields.begin(), kCardFields.end(), name) != kCardFields.end();
}

std::string where(const std::string& name, const BatchRow& row) {
    return name + ": row " + std::to_string(row.row) + " (line " + std::to_string(row.line) + "): ";
}

// Sets one column of `row`; false with row.error set when the value is wrong.
bool setColumn(const std::string& name, BatchRow& row, std::string_view column,
               const std::string& value) {
    if (column == "text") {
        if (const auto bad = text::findInvalidUtf8(value)) {
            row.error = where(name, row) + "text: invalid UTF-8 at byte " + std::to_string(*bad);
            return false;
        }
        row.text = value;
        return true;
    }
    if (value.empty())
        return true; // an empty cell: the command line's card (or the default) stands
    if (const auto problem = setCardField(row.card, column, value)) {
        row.error = where(name, row) + std::string(column) + ": " + *problem;
        return false;
    }
    return true;
}

void parseJsonLines(const std::string& name, std::string_view contents, const Recipient& defaults,
                    BatchFile& out) {
    std::size_t line = 0;
    std::size_t start = 0;
    while (start < contents.size()) {
        std::size_t end = contents.find('\n', start);
        if (end == std::string_view::npos)
            end = contents.size();
        std::string_view text = contents.substr(start, end - start);
        start = end + 1;
        ++line;
        if (line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF")
            text.remove_prefix(3); // a byte order mark
        if (text.find_first_not_of(" \t\r") == std::string_view::npos)
            continue; // blank lines separate nothing
        BatchRow row;
        row.row = out.rows.size() + 1;
        row.line = line;
        row.card = defaults;
        if (const auto bad = text::findInvalidUtf8(text)) {
            row.error = where(name, row) + "invalid UTF-8 at byte " + std::to_string(*bad);
            out.rows.push_back(std::move(row));
            continue;
        }
        const nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
        if (object.is_discarded() || !object.is_object()) {
            row.error = where(name, row) + (object.is_discarded()
                                                ? "not valid JSON"
                                                : "expected an object such as {\"text\": \"Hi "
                                                  "Ana, ...\", \"name\": \"Ana\"}");
            out.rows.push_back(std::move(row));
            continue;
        }
        bool hasText = false;
        for (const auto& [key, value] : object.items()) {
            if (!isColumn(key)) {
                row.error = where(name, row) + "unknown field \"" + key + "\" (expected " +
                            columnList() + ")";
                break;
            }
            if (value.is_null())
                continue;
            std::string textValue;
            if (value.is_string())
                textValue = value.get<std::string>();
            else if (key == "limit" && value.is_number_integer())
                textValue = std::to_string(value.get<long long>());
            else {
                row.error = where(name, row) + key + ": expected " +
                            (key == "limit" ? "a number" : "a string");
                break;
            }
            if (!setColumn(name, row, key, textValue))
                break;
            hasText = hasText || key == "text";
        }
        if (row.error.empty() && !hasText)
            row.error = where(name, row) + "text: missing; every row needs the note's text";
        out.rows.push_back(std::move(row));
    }
}

// RFC 4180: fields separated by commas, records by LF or CRLF; a field in double quotes
// may hold commas, line breaks and "" for a quote.
class CsvReader {
public:
    explicit CsvReader(std::string_view text) : text_(text) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF")
            text_.remove_prefix(3);
    }

    [[nodiscard]] bool done() const { return pos_ >= text_.size(); }
    [[nodiscard]] std::size_t line() const { return line_; }

    // The next record's fields; `error` set (and the rest of the record skipped) when a
    // quote is misplaced or never closed.
    std::vector<std::string> next(std::string& error) {
        std::vector<std::string> fields;
        std::string field;
        bool quoted = false;
        bool wasQuoted = false;
        while (pos_ < text_.size()) {
            const char c = text_[pos_++];
            if (quoted) {
                if (c == '"') {
                    if (pos_ < text_.size() && text_[pos_] == '"') {
                        field += '"';
                        ++pos_;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++line_;
                    field += c;
                }
                continue;
            }
            if (c == '"' && field.empty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.push_back(std::move(field));
                field.clear();
                wasQuoted = false;
            } else if (c == '\n' || (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n')) {
                if (c == '\r')
                    ++pos_;
                ++line_;
                fields.push_back(std::move(field));
                return fields;
            } else if (wasQuoted) {
                error = "text after a closing quote in field " + std::to_string(fields.size() + 1);
                skipRecord();
                return fields;
            } else {
                field += c;
            }
        }
        if (quoted) {
            error = "a quoted field is not closed before the end of the file";
            return fields;
        }
        fields.push_back(std::move(field));
        return fields;
    }

private:
    void skipRecord() {
        while (pos_ < text_.size() && text_[pos_] != '\n')
            ++pos_;
        if (pos_ < text_.size()) {
            ++pos_;
            ++line_;
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

bool blank(const std::vector<std::string>& fields) {
    return fields.size() == 1 && fields[0].find_first_not_of(" \t\r") == std::string::npos;
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

void parseCsv(const std::string& name, std::string_view contents, const Recipient& defaults,
              BatchFile& out) {
    CsvReader reader(contents);
    std::vector<std::string> header;
    std::string error;
    while (!reader.done() && (header.empty() || blank(header))) {
        error.clear();
        header = reader.next(error);
    }
    if (header.empty() || blank(header)) {
        out.error =
            name + ": the file is empty; expected a header line such as " + "text,name,company";
        return;
    }
    if (!error.empty()) {
        out.error = name + ":1: the header line: " + error;
        return;
    }
    for (auto& column : header) {
        column = trimmed(column);
        if (!isColumn(column)) {
            out.error =
                name + ":1: unknown column \"" + column + "\" (expected " + columnList() + ")";
            return;
        }
        if (std::count(header.begin(), header.end(), column) > 1) {
            out.error = name + ":1: the column \"" + column + "\" is there twice";
            return;
        }
    }
    if (std::find(header.begin(), header.end(), "text") == header.end()) {
        out.error = name + ":1: no \"text\" column (expected " + columnList() + ")";
        return;
    }
    while (!reader.done()) {
        BatchRow row;
        row.line = reader.line();
        error.clear();
        const std::vector<std::string> fields = reader.next(error);
        if (blank(fields) && error.empty())
            continue;
        row.row = out.rows.size() + 1;
        row.card = defaults;
        if (!error.empty()) {
            row.error = where(name, row) + error;
        } else if (fields.size() != header.size()) {
            row.error = where(name, row) + "has " + std::to_string(fields.size()) +
                        (fields.size() == 1 ? " field" : " fields") + "; the header has " +
                        std::to_string(header.size()) + " (a comma in a note needs quotes)";
        } else {
            for (std::size_t i = 0; i < fields.size(); ++i)
                if (!setColumn(name, row, header[i], fields[i]))
                    break;
        }
        out.rows.push_back(std::move(row));
    }
}

bool endsWith(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

BatchFormat detectBatchFormat(const std::string& name, std::string_view contents) {
    if (endsWith(name, ".csv"))
        return BatchFormat::Csv;
    if (endsWith(name, ".jsonl") || endsWith(name, ".ndjson") || endsWith(name, ".json"))
        return BatchFormat::JsonLines;
    if (contents.substr(0, 3) == "\xEF\xBB\xBF")
        contents.remove_prefix(3);
    const auto first = contents.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && contents[first] == '{' ? BatchFormat::JsonLines
                                                                     : BatchFormat::Csv;
}

BatchFile parseBatch(const std::string& name, std::string_view contents,
                     const Recipient& defaults) {
    BatchFile out;
    out.format = detectBatchFormat(name, contents);
    if (out.format == BatchFormat::Csv)
        parseCsv(name, contents, defaults, out);
    else
        parseJsonLines(name, contents, defaults, out);
    return out;
}

} // namespace overture::cli
