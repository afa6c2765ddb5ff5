// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/json_file.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace overture {

std::string readDataFile(const std::filesystem::path& path, std::size_t maxBytes) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        throw DataError(path.string() + ": cannot read: " + ec.message());
    if (size > maxBytes)
        throw DataError(path.string() + ": file is " + std::to_string(size) +
                        " bytes; the limit is " + std::to_string(maxBytes));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(path.string() + ": cannot read: cannot open the file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
            ++column;
        }
    }
    return {line, column};
}

nlohmann::json parseJson(std::string_view text, const std::string& source) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw DataError(source + ":1:1: the file is empty; expected a JSON object");
    if (const auto bad = text::findInvalidUtf8(text)) {
        const auto [line, col] = lineAndColumn(text, *bad);
        throw DataError(source + ":" + std::to_string(line) + ":" + std::to_string(col) +
                        ": invalid UTF-8 (byte " + std::to_string(*bad) + ")");
    }
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        const auto [line, col] = lineAndColumn(text, at);
        std::string what = e.what();
        // nlohmann's text is "[json.exception.parse_error.101] parse error at line 1, column 2:
        // ..."; keep only the part after the last ": " that names what was expected.
        const auto cut = what.find("syntax error");
        if (cut != std::string::npos)
            what = what.substr(cut);
        throw DataError(source + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " +
                        what);
    } catch (const nlohmann::json::exception& e) {
        // Well-formed but unrepresentable, e.g. out_of_range.406 "number overflow parsing
        // '1e999'": nlohmann gives no position, so find the quoted token in the text.
        const std::string what = e.what();
        const auto open = what.find('\'');
        const auto close = open == std::string::npos ? open : what.find('\'', open + 1);
        std::size_t at = 0;
        std::string token;
        if (close != std::string::npos) {
            token = what.substr(open + 1, close - open - 1);
            at = std::min(text.find(token), text.size());
        }
        const auto [line, col] = lineAndColumn(text, at);
        throw DataError(source + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " +
                        (token.empty() ? std::string("cannot read the value")
                                       : "number out of range: " + token));
    }
}

std::vector<std::string> stringListField(const nlohmann::json& obj, const char* key,
                                         const std::string& source, const std::string& path) {
    std::vector<std::string> out;
    const auto it = obj.find(key);
    if (it == obj.end())
        return out;
    const std::string field = path.empty() ? std::string(key) : path + "." + key;
    if (!it->is_array())
        throw fieldError(source, field, "expected an array of strings");
    for (std::size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_string())
            throw fieldError(source, field + "[" + std::to_string(i) + "]", "expected a string");
        out.push_back((*it)[i].get<std::string>());
    }
    return out;
}

DataError fieldError(const std::string& source, const std::string& field,
                     const std::string& message) {
    return DataError(source + ": " + field + ": " + message);
}

} // namespace overture
