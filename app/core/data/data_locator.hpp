// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where Overture's data (dictionaries/, templates/) is read from, first match wins:
//   1. $OVERTURE_DATA_DIR                       (an explicit override)
//   2. <executable>/../share/overture           (an installed copy)
//   3. the source tree the binary was built from (running from a build folder)
//   4. the copies compiled into the binary      (always there)
// and where the person's own files live ($XDG_DATA_HOME/overture, ~/.local/share/overture).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace overture {

// A language pack is the folder dictionaries/<lang>/ (phrases/language_pack.hpp); its
// manifest names the rest of its files.
inline constexpr const char* kDefaultLanguage = "en";
inline constexpr const char* kLanguageManifest = "language.json";
inline constexpr const char* kClassesFile = "classes.json";
inline constexpr const char* kMessagesFile = "messages.json";
inline constexpr const char* kWordsFile = "words.txt";
inline std::string languagePackDir(std::string_view lang) {
    return "dictionaries/" + std::string(lang);
}
inline constexpr const char* kOpenersFile = "templates/openers.json";

// The folder holding dictionaries/ and templates/, or nullopt (use the embedded copies).
std::optional<std::filesystem::path> findDataDir();

// The running executable's path (from /proc/self/exe), empty when unknown.
std::filesystem::path executablePath();

// The person's data folder for personal dictionary, own openers and history.
std::filesystem::path userDataDir();

// Reads `relative` from `dataDir`, or the embedded copy when the folder has none or the
// file cannot be read; a problem is appended to `problems` (one line each).
struct DataText {
    std::string text;
    std::string source; // the path, or "built-in <relative>"
    bool embedded = false;
};
DataText readData(const std::optional<std::filesystem::path>& dataDir, const std::string& relative,
                  std::vector<std::string>& problems);

} // namespace overture
