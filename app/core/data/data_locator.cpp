// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/data_locator.hpp"

#include "data/diagnostics.hpp"
#include "data/embedded_data.hpp"
#include "data/json_file.hpp"

#include <cstdlib>

#ifndef OVERTURE_SOURCE_DATA_DIR
#define OVERTURE_SOURCE_DATA_DIR ""
#endif

namespace fs = std::filesystem;

namespace overture {

namespace {
bool hasData(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / languagePackDir(kDefaultLanguage) / kLanguageManifest, ec);
}
} // namespace

fs::path executablePath() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe;
}

std::optional<fs::path> findDataDir() {
    if (const char* env = std::getenv("OVERTURE_DATA_DIR"); env != nullptr && *env != '\0') {
        if (hasData(env))
            return fs::path(env);
    }
    if (const fs::path exe = executablePath(); !exe.empty()) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "overture";
        if (hasData(installed))
            return installed;
    }
    if (const fs::path source(OVERTURE_SOURCE_DATA_DIR); !source.empty() && hasData(source))
        return source;
    return std::nullopt;
}

fs::path userDataDir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/')
        return fs::path(xdg) / "overture";
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        return fs::path(home) / ".local" / "share" / "overture";
    return fs::temp_directory_path() / "overture";
}

DataText readData(const std::optional<fs::path>& dataDir, const std::string& relative,
                  std::vector<std::string>& problems) {
    if (dataDir) {
        const fs::path path = *dataDir / relative;
        try {
            return DataText{readDataFile(path), path.string(), false};
        } catch (const DataError& e) {
            problems.push_back(diagnostics::usingBuiltInCopy(e.what()));
        }
    }
    return DataText{std::string(embeddedFile(relative)), diagnostics::builtInSource(relative),
                    true};
}

} // namespace overture
