// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Word lists (the language pack's words.txt, the personal dictionary): one word per line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace overture {

// Parses a word list: one word per line, '#' starts a comment, blank lines ignored.
// Throws DataError("<source>:<line>: ...") on invalid UTF-8 or a line with inner spaces.
std::vector<std::string> parseWordList(std::string_view text, const std::string& source);

} // namespace overture
