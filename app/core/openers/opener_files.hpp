// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where the opener library comes from: the shipped templates/openers.json (or, when it
// is missing or broken, the copy compiled into the program) and the person's own
// openers.json. The editor and overture-lint --openers load it the same way.
#pragma once

#include "openers/opener_library.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace overture {

struct LoadedOpeners {
    OpenerLibrary shipped;
    OpenerLibrary own;
    // False when the person's file exists but could not be read: it must then be left
    // as it is on disk (saving would overwrite the openers it holds).
    bool ownWritable = true;
    std::vector<std::string> problems; // one line each, naming the file
};

// Never throws on bad data: a broken shipped file is reported and the built-in copy
// used; a broken own file is reported and left alone. A missing own file is no problem.
LoadedOpeners loadOpeners(const std::optional<std::filesystem::path>& dataDir,
                          const std::filesystem::path& ownFile);

} // namespace overture
