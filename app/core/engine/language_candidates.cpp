// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engine/language_candidates.hpp"

#include "data/data_locator.hpp"
#include "engine/load_lint_data.hpp"

#include <nlohmann/json.hpp>

namespace overture {

std::vector<LanguageCandidate> otherLanguages(const std::optional<std::filesystem::path>& dataDir,
                                              std::string_view chosen) {
    std::vector<LanguageCandidate> out;
    const std::string chosenPack = packLanguage(chosen);
    for (const std::string& lang : builtInLanguages()) {
        if (lang == chosenPack)
            continue;
        std::vector<std::string> ignored;
        const DataText manifest =
            readData(dataDir, languagePackDir(lang) + "/" + kLanguageManifest, ignored);
        const auto json = nlohmann::json::parse(manifest.text, nullptr, false);
        if (!json.is_object() || !json.contains("name") || !json["name"].is_string() ||
            !json.contains("spelling") || !json["spelling"].is_array() ||
            json["spelling"].empty() || !json["spelling"][0].is_string())
            continue;
        out.push_back({json["name"].get<std::string>(), json["spelling"][0].get<std::string>()});
    }
    return out;
}

} // namespace overture
