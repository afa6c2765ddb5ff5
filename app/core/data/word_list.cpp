// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/word_list.hpp"

#include "data/data_error.hpp"
#include "data/json_file.hpp"
#include "text/utf8.hpp"

namespace overture {

std::vector<std::string> parseWordList(std::string_view text, const std::string& source) {
    std::vector<std::string> words;
    if (const auto bad = text::findInvalidUtf8(text)) {
        const auto [line, col] = lineAndColumn(text, *bad);
        throw DataError(source + ":" + std::to_string(line) + ":" + std::to_string(col) +
                        ": invalid UTF-8 (byte " + std::to_string(*bad) + ")");
    }
    std::size_t lineNo = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        ++lineNo;
        std::string_view line = text.substr(start, end - start);
        if (const auto hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (!line.empty()) {
            if (line.find_first_of(" \t") != std::string_view::npos)
                throw DataError(source + ":" + std::to_string(lineNo) +
                                ": expected one word per line, found \"" + std::string(line) +
                                "\"");
            if (line.size() > 100)
                throw DataError(source + ":" + std::to_string(lineNo) +
                                ": word longer than 100 bytes");
            words.emplace_back(line);
        }
        if (end == text.size())
            break;
        start = end + 1;
    }
    return words;
}

} // namespace overture
