// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Errors in data files (phrase lists, openers, dictionaries, settings). The message is
// always one line that names the file and, where known, the line and column or the
// JSON field, so a person can open the file and fix it.
#pragma once

#include <cstdio>
#include <stdexcept>
#include <string>

namespace overture {

class DataError : public std::runtime_error {
public:
    explicit DataError(const std::string& message) : std::runtime_error(oneLine(message)) {}
    explicit DataError(const char* message) : DataError(std::string(message)) {}

    // The message quotes what it found in the file ("unknown relationship \"...\"", a JSON
    // key, the path itself): control characters are written as escapes, so it stays one
    // line and cannot move a terminal's cursor or colours.
    static std::string oneLine(const std::string& message) {
        std::string out;
        out.reserve(message.size());
        for (const char c : message) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c == '\t') {
                out += "\\t";
            } else if (u < 0x20 || u == 0x7F) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\x%02X", u);
                out += escaped;
            } else {
                out += c;
            }
        }
        return out;
    }
};

} // namespace overture
