// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "openers/opener_files.hpp"

#include "data/data_locator.hpp"
#include "data/embedded_data.hpp"
#include "data/json_file.hpp"

namespace overture {

LoadedOpeners loadOpeners(const std::optional<std::filesystem::path>& dataDir,
                          const std::filesystem::path& ownFile) {
    LoadedOpeners out;
    const DataText shipped = readData(dataDir, kOpenersFile, out.problems);
    try {
        out.shipped = OpenerLibrary::fromJson(shipped.text, shipped.source);
    } catch (const DataError& e) {
        out.problems.push_back(std::string(e.what()) + " (using the built-in copy)");
        out.shipped = OpenerLibrary::fromJson(embeddedFile(kOpenersFile),
                                              std::string("built-in ") + kOpenersFile);
    }
    if (std::error_code ec; std::filesystem::exists(ownFile, ec)) {
        try {
            out.own = OpenerLibrary::fromJson(readDataFile(ownFile), ownFile.string(), true);
        } catch (const DataError& e) {
            out.problems.push_back(std::string(e.what()) + " (your openers file is left as it is)");
            out.ownWritable = false;
        }
    }
    return out;
}

} // namespace overture
