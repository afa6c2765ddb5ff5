// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/rule_docs.hpp"

#include "data/data_locator.hpp"

#include <algorithm>
#include <string>

#ifndef OVERTURE_SOURCE_DATA_DIR
#define OVERTURE_SOURCE_DATA_DIR ""
#endif

namespace fs = std::filesystem;

namespace overture {

namespace {
// Rule ids are lower case words joined by hyphens ("default-text"); anything else, such
// as "../x", would name a file outside the pages.
bool looksLikeRuleId(std::string_view id) {
    return !id.empty() && id.front() != '-' && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::optional<fs::path> existing(const fs::path& page) {
    std::error_code ec;
    if (fs::is_regular_file(page, ec))
        return page;
    return std::nullopt;
}
} // namespace

std::optional<fs::path> ruleDocPath(std::string_view id) {
    if (!looksLikeRuleId(id))
        return std::nullopt;
    const std::string file = std::string(id) + ".md";
    if (const fs::path exe = executablePath(); !exe.empty())
        if (auto page = existing(exe.parent_path().parent_path() / kRuleDocsInstallDir / file))
            return page;
    if (const fs::path source(OVERTURE_SOURCE_DATA_DIR); !source.empty())
        if (auto page = existing(source / "docs" / "rules" / file))
            return page;
    return std::nullopt;
}

} // namespace overture
