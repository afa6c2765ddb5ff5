// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Loads a language pack (dictionaries/<lang>/) and compiles it into LintData, the way a
// person's edits to the data can never stop Overture from starting: every file is read
// from the data folder first, and a file that cannot be read or parsed is reported in
// one line and replaced by its built-in copy; if the pack as a whole then fails to
// compile (a pattern naming a class another file no longer has), the whole built-in pack
// is used, with one more line.
#pragma once

#include "data/data_locator.hpp"
#include "rules/lint_data.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overture {

struct LoadedLintData {
    std::shared_ptr<const LintData> data;
    std::vector<std::string> problems; // one line per file that could not be used
    std::optional<std::filesystem::path> dataDir;
};

// `language`: a pack folder name ("en"), or a Hunspell name ("en_US": its language is used).
LoadedLintData loadLintData(const std::optional<std::filesystem::path>& dataDir,
                            std::string_view language = kDefaultLanguage);

// The pack of a Hunspell dictionary name or language tag: "en_US" -> "en", "de-DE" -> "de".
std::string packLanguage(std::string_view language);

// The languages whose pack is built in ("en", ...), sorted.
std::vector<std::string> builtInLanguages();

} // namespace overture
