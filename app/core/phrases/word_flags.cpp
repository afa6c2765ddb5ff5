// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phrases/word_flags.hpp"

#include <array>
#include <utility>

namespace overture {

std::optional<WordFlags> parseWordFlag(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, WordFlags>, 7> kNames = {{
        {"cap", kFlagCapitalised},
        {"name", kFlagName},
        {"recipient", kFlagRecipient},
        {"number", kFlagNumber},
        {"card", kFlagCard},
        {"first", kFlagFirst},
        {"money", kFlagMoney},
    }};
    for (const auto& [id, flag] : kNames)
        if (id == name)
            return flag;
    return std::nullopt;
}

} // namespace overture
